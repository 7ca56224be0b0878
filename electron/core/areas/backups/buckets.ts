import { GetBucketTaggingCommand, ListBucketsCommand, type S3Client } from '@aws-sdk/client-s3';
import { SCRATCH_BUCKET_PREFIX } from '../../../../shared/domain/backups';
import { s3Code } from '../data/storage/s3-errors';

export interface RegionBuckets {
  /** The pipeline's buckets, as the Data area lists them (the session region's). */
  buckets: string[];
  /** Restore tests' scratch buckets: not pipeline data, shown apart to be deleted. */
  scratch: string[];
}

/** The session region's buckets (ListBuckets, all pages), scratch buckets apart. */
export async function regionBuckets(s3: S3Client, region: string, signal: AbortSignal): Promise<RegionBuckets> {
  const names: string[] = [];
  let token: string | undefined;
  do {
    const answer = await s3.send(new ListBucketsCommand({ BucketRegion: region, MaxBuckets: 1000, ContinuationToken: token }), { abortSignal: signal });
    // An endpoint that ignores BucketRegion lists every region's buckets: keep this region's.
    for (const b of answer.Buckets ?? []) if (b.Name && (!b.BucketRegion || b.BucketRegion === region)) names.push(b.Name);
    token = answer.ContinuationToken;
  } while (token);
  const sorted = [...new Set(names)].sort();
  return { buckets: sorted.filter((n) => !n.startsWith(SCRATCH_BUCKET_PREFIX)), scratch: sorted.filter((n) => n.startsWith(SCRATCH_BUCKET_PREFIX)) };
}

export const bucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;

/** The bucket's tags ({} when it has none), for selections that assign by tag. */
export async function bucketTags(s3: S3Client, bucket: string, signal: AbortSignal): Promise<Record<string, string>> {
  try {
    const answer = await s3.send(new GetBucketTaggingCommand({ Bucket: bucket }), { abortSignal: signal });
    return Object.fromEntries((answer.TagSet ?? []).flatMap((t) => (t.Key ? [[t.Key, t.Value ?? '']] : [])));
  } catch (error) {
    if (s3Code(error) === 'NoSuchTagSet') return {};
    throw error;
  }
}
