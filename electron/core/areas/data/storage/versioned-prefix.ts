import { GetBucketVersioningCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ObjectVersion } from '../../../../../shared/domain/data';
import { SageDeckError } from '../../../../../shared/errors';
import { s3Call } from './s3-errors';
import { versionsUnder } from './version-listing';

/** Keys one restore or drill handles: a dataset prefix, not a whole data lake. */
export const MAX_RESTORE_KEYS = 10_000;

/** Point-in-time work needs every overwrite and delete to have kept a version. */
async function requireVersioning(s3: S3Client, bucket: string, what: string, signal: AbortSignal): Promise<void> {
  const status = (
    await s3Call(bucket, 'GetBucketVersioning', 'read versioning', () =>
      s3.send(new GetBucketVersioningCommand({ Bucket: bucket }), { abortSignal: signal }),
    )
  ).Status;
  if (status === 'Enabled') return;
  throw new SageDeckError({
    code: 'VersioningRequired',
    message:
      status === 'Suspended'
        ? `Versioning of ${bucket} is suspended: objects written since then kept no older versions, so SageDeck cannot ${what}. Enable versioning first.`
        : `${bucket} is not versioned: S3 kept no older versions to ${what} from. Enable versioning so later changes can be undone.`,
    retryable: false,
  });
}

/**
 * The versions of every key under the prefix, after checking the bucket is versioned. More than
 * MAX_RESTORE_KEYS keys is refused before anything changes: half a point-in-time restore would
 * leave the prefix as it never was.
 */
export async function prefixVersions(
  s3: S3Client,
  bucket: string,
  prefix: string,
  what: string,
  signal: AbortSignal,
): Promise<Map<string, ObjectVersion[]>> {
  await requireVersioning(s3, bucket, what, signal);
  const { byKey, truncated } = await versionsUnder(s3, bucket, prefix, { maxKeys: MAX_RESTORE_KEYS }, signal);
  if (truncated) {
    throw new SageDeckError({
      code: 'TooManyKeys',
      message: `s3://${bucket}/${prefix} holds more than ${MAX_RESTORE_KEYS.toLocaleString('en-US')} keys; nothing was changed. Choose a narrower prefix (a folder inside it).`,
      retryable: false,
    });
  }
  return byKey;
}
