import { GetObjectTaggingCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ObjectDetail } from '../../../../../shared/domain/data';
import { SageDeckError } from '../../../../../shared/errors';
import { checksumOf } from './object-checksum';
import { unquote } from './object-listing';
import { accessDenied, s3Call, s3Code, s3OperationMissing } from './s3-errors';

interface ObjectRef {
  bucket: string;
  key: string;
  versionId?: string | undefined;
}

function notFound(ref: ObjectRef, error: unknown): SageDeckError | undefined {
  const code = s3Code(error);
  if (code !== 'NotFound' && code !== 'NoSuchKey' && code !== 'MethodNotAllowed') return undefined;
  const where = `s3://${ref.bucket}/${ref.key}`;
  const message = ref.versionId
    ? `${where} has no version ${ref.versionId} that can be read (it may be a delete marker or deleted for good).`
    : `${where} does not exist now. On a versioned bucket it may be hidden by a delete marker: open its versions to undelete it.`;
  return new SageDeckError({ code: 'NoSuchKey', message, retryable: false });
}

/** The object's tags; an endpoint without object tagging has none to show. */
async function objectTags(s3: S3Client, ref: ObjectRef, signal: AbortSignal): Promise<Record<string, string>> {
  try {
    const answer = await s3.send(
      new GetObjectTaggingCommand({
        Bucket: ref.bucket,
        Key: ref.key,
        ...(ref.versionId ? { VersionId: ref.versionId } : {}),
      }),
      { abortSignal: signal },
    );
    return Object.fromEntries((answer.TagSet ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
  } catch (error) {
    if (s3OperationMissing(error)) return {};
    if (accessDenied(error)) {
      throw new SageDeckError({
        code: 'AccessDenied',
        message: `Could not read the tags of s3://${ref.bucket}/${ref.key}: access denied (s3:GetObjectTagging${ref.versionId ? ', s3:GetObjectVersionTagging' : ''}).`,
        retryable: false,
      });
    }
    throw error;
  }
}

/** Size, storage class, encryption, version, checksum, metadata and tags of an object (or one of its versions). */
export async function describeObject(s3: S3Client, ref: ObjectRef, signal: AbortSignal): Promise<ObjectDetail> {
  try {
    const [head, tags] = await Promise.all([
      s3Call(ref.bucket, 'HeadObject', 'read objects', () =>
        s3.send(
          new HeadObjectCommand({
            Bucket: ref.bucket,
            Key: ref.key,
            ChecksumMode: 'ENABLED',
            ...(ref.versionId ? { VersionId: ref.versionId } : {}),
          }),
          { abortSignal: signal },
        ),
      ),
      objectTags(s3, ref, signal),
    ]);
    const checksum = checksumOf(head);
    return {
      bucket: ref.bucket,
      key: ref.key,
      size: head.ContentLength ?? 0,
      lastModified: (head.LastModified ?? new Date(0)).toISOString(),
      ...(head.ContentType ? { contentType: head.ContentType } : {}),
      // S3 leaves the header out for STANDARD.
      storageClass: head.StorageClass ?? 'STANDARD',
      ...(head.ServerSideEncryption
        ? {
            encryption: {
              algorithm: head.ServerSideEncryption,
              ...(head.SSEKMSKeyId ? { kmsKeyId: head.SSEKMSKeyId } : {}),
              ...(head.BucketKeyEnabled !== undefined ? { bucketKey: head.BucketKeyEnabled } : {}),
            },
          }
        : {}),
      ...(head.VersionId ? { versionId: head.VersionId } : {}),
      ...(head.ETag ? { etag: unquote(head.ETag)! } : {}),
      ...(checksum ? { checksum } : {}),
      metadata: head.Metadata ?? {},
      tags,
    };
  } catch (error) {
    throw notFound(ref, error) ?? error;
  }
}
