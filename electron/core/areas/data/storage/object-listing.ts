import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { ObjectListing } from '../../../../../shared/domain/data';
import { s3Call } from './s3-errors';

export const OBJECTS_PER_PAGE = 200;

export const unquote = (etag: string | undefined) => etag?.replace(/^"|"$/g, '');

/** One page of a prefix: its folders (common prefixes under `/`) and its objects. */
export async function listObjects(
  s3: S3Client,
  input: { bucket: string; prefix: string; nextToken?: string | undefined },
  signal: AbortSignal,
): Promise<ObjectListing> {
  const answer = await s3Call(input.bucket, 'ListObjectsV2', 'list objects', () =>
    s3.send(
      new ListObjectsV2Command({
        Bucket: input.bucket,
        Prefix: input.prefix,
        Delimiter: '/',
        MaxKeys: OBJECTS_PER_PAGE,
        ...(input.nextToken ? { ContinuationToken: input.nextToken } : {}),
      }),
      { abortSignal: signal },
    ),
  );
  return {
    bucket: input.bucket,
    prefix: input.prefix,
    folders: (answer.CommonPrefixes ?? []).flatMap((p) => (p.Prefix ? [p.Prefix] : [])),
    // The console's "Create folder" writes an empty `prefix/` object: it is the folder itself, not a file in it.
    objects: (answer.Contents ?? [])
      .filter((o) => o.Key && !(o.Key === input.prefix && o.Key.endsWith('/')))
      .map((o) => ({
        key: o.Key!,
        size: o.Size ?? 0,
        lastModified: (o.LastModified ?? new Date(0)).toISOString(),
        ...(o.StorageClass ? { storageClass: o.StorageClass } : {}),
        ...(o.ETag ? { etag: unquote(o.ETag)! } : {}),
      })),
    ...(answer.IsTruncated && answer.NextContinuationToken ? { nextToken: answer.NextContinuationToken } : {}),
  };
}
