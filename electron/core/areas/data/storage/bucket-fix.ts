import { GetBucketEncryptionCommand, type S3Client } from '@aws-sdk/client-s3';
import type { BucketDetail, PostureFix } from '../../../../../shared/domain/data';
import { describeBucket } from './bucket-posture';
import { invalidField, s3Call, s3Code } from './s3-errors';
import { secureWrites, type SecureWrites } from './secure-settings';

export interface FixInput {
  bucket: string;
  fix: PostureFix;
  loggingTarget?: { targetBucket: string; targetPrefix: string } | undefined;
}

/** SSE-S3 only where there is no default encryption: never replace a KMS key someone chose. */
async function encryptIfNone(s3: S3Client, writes: SecureWrites, bucket: string, signal: AbortSignal): Promise<void> {
  try {
    const rules = (
      await s3Call(bucket, 'GetBucketEncryption', 'read default encryption', () =>
        s3.send(new GetBucketEncryptionCommand({ Bucket: bucket }), { abortSignal: signal }),
      )
    ).ServerSideEncryptionConfiguration?.Rules;
    if (rules?.length) return;
  } catch (error) {
    if (s3Code(error) !== 'ServerSideEncryptionConfigurationNotFoundError') throw error;
  }
  await writes.encrypt({ type: 'SSE-S3' });
}

/** One posture fix, then the bucket as it is now. */
export async function fixBucket(s3: S3Client, input: FixInput, signal: AbortSignal): Promise<BucketDetail> {
  const writes = secureWrites(s3, input.bucket, signal);
  switch (input.fix) {
    case 'enableVersioning':
      await writes.enableVersioning();
      break;
    case 'enableEncryption':
      await encryptIfNone(s3, writes, input.bucket, signal);
      break;
    case 'blockPublicAccess':
      await writes.blockPublicAccess();
      break;
    case 'requireHttps':
      await writes.requireHttps();
      break;
    case 'enforceBucketOwner':
      await writes.enforceBucketOwner();
      break;
    case 'enableLogging':
      if (!input.loggingTarget) throw invalidField('loggingTarget', 'Choose the bucket that receives the access logs.');
      if (input.loggingTarget.targetBucket === input.bucket && input.loggingTarget.targetPrefix === '') {
        // Logs of a bucket into its own root are themselves logged: an endless trickle of log objects.
        throw invalidField(
          'loggingTarget.targetPrefix',
          'Logging a bucket into itself needs a prefix (e.g. logs/), or choose another bucket.',
        );
      }
      await writes.enableLogging(input.loggingTarget);
      break;
  }
  return describeBucket(s3, input.bucket, signal);
}
