import { DeleteBucketCommand, DeleteObjectsCommand, ListObjectVersionsCommand, type ObjectIdentifier, type S3Client } from '@aws-sdk/client-s3';
import { s3Call } from '../data/storage/s3-errors';

/** DeleteObjects takes 1,000 keys a call. */
const BATCH = 1_000;

/**
 * Empties a scratch bucket — every version and delete marker, as a restored bucket may be
 * versioned — then deletes it. Returns how many versions went.
 */
export async function deleteScratchBucket(s3: S3Client, bucket: string, signal: AbortSignal): Promise<number> {
  let removed = 0;
  for (;;) {
    const page = await s3Call(bucket, 'ListObjectVersions', 'empty the scratch bucket', () =>
      s3.send(new ListObjectVersionsCommand({ Bucket: bucket, MaxKeys: BATCH }), { abortSignal: signal }),
    );
    const objects: ObjectIdentifier[] = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].flatMap((v) =>
      v.Key ? [{ Key: v.Key, ...(v.VersionId ? { VersionId: v.VersionId } : {}) }] : [],
    );
    if (objects.length === 0) break;
    for (let start = 0; start < objects.length; start += BATCH) {
      const answer = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects.slice(start, start + BATCH), Quiet: true } }), { abortSignal: signal });
      const failed = answer.Errors ?? [];
      if (failed.length > 0) throw new Error(`S3 kept ${failed.length} objects of ${bucket} (${failed[0]?.Code ?? 'error'}: ${failed[0]?.Message ?? ''}); try again.`);
      removed += Math.min(BATCH, objects.length - start);
    }
  }
  await s3Call(bucket, 'DeleteBucket', 'delete the scratch bucket', () => s3.send(new DeleteBucketCommand({ Bucket: bucket }), { abortSignal: signal }));
  return removed;
}
