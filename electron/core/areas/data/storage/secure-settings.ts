import {
  GetBucketPolicyCommand,
  PutBucketEncryptionCommand,
  PutBucketLoggingCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { CreateBucketInput } from '../../../../../shared/contract/data';
import { SageDeckError } from '../../../../../shared/errors';
import { withHttpsOnly } from './https-policy';
import { s3Call, s3Code } from './s3-errors';

/** The writes that make a bucket secure, shared by secure creation and the one-per-finding fixes. */
export interface SecureWrites {
  enableVersioning(): Promise<void>;
  encrypt(encryption: CreateBucketInput['encryption']): Promise<void>;
  blockPublicAccess(): Promise<void>;
  /** Adds the HTTPS-only Deny to the bucket policy, keeping every statement already there. */
  requireHttps(): Promise<void>;
  enforceBucketOwner(): Promise<void>;
  enableLogging(target: { targetBucket: string; targetPrefix: string }): Promise<void>;
  tag(tags: Record<string, string>): Promise<void>;
}

export function secureWrites(s3: S3Client, Bucket: string, signal: AbortSignal): SecureWrites {
  const options = { abortSignal: signal };
  const call = async (operation: string, what: string, send: () => Promise<unknown>) => {
    await s3Call(Bucket, operation, what, send);
  };
  return {
    enableVersioning: () =>
      call('PutBucketVersioning', 'turn on versioning', () =>
        s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }), options),
      ),
    encrypt: (encryption) =>
      call('PutBucketEncryption', 'set default encryption', () =>
        s3.send(
          new PutBucketEncryptionCommand({
            Bucket,
            ServerSideEncryptionConfiguration: {
              Rules: [
                encryption.type === 'SSE-KMS'
                  ? // The bucket key cuts KMS requests (and their cost) to one per bucket key period instead of one per object.
                    {
                      ApplyServerSideEncryptionByDefault: {
                        SSEAlgorithm: 'aws:kms',
                        ...(encryption.kmsKeyId ? { KMSMasterKeyID: encryption.kmsKeyId } : {}),
                      },
                      BucketKeyEnabled: true,
                    }
                  : { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
              ],
            },
          }),
          options,
        ),
      ),
    blockPublicAccess: () =>
      call('PutPublicAccessBlock', 'block public access', () =>
        s3.send(
          new PutPublicAccessBlockCommand({
            Bucket,
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: true,
              IgnorePublicAcls: true,
              BlockPublicPolicy: true,
              RestrictPublicBuckets: true,
            },
          }),
          options,
        ),
      ),
    async requireHttps() {
      let current: string | undefined;
      try {
        current = (
          await s3Call(Bucket, 'GetBucketPolicy', 'read the bucket policy', () =>
            s3.send(new GetBucketPolicyCommand({ Bucket }), options),
          )
        ).Policy;
      } catch (error) {
        if (s3Code(error) !== 'NoSuchBucketPolicy') throw error;
      }
      const merged = withHttpsOnly(current, Bucket);
      if (merged === undefined) {
        throw new SageDeckError({
          code: 'PolicyNotReadable',
          message: `The bucket policy of ${Bucket} is not JSON SageDeck can read, so it was left as it is. Add a Deny of s3:* when aws:SecureTransport is false by hand.`,
          retryable: false,
        });
      }
      if (merged !== current)
        await call('PutBucketPolicy', 'change the bucket policy', () =>
          s3.send(new PutBucketPolicyCommand({ Bucket, Policy: merged }), options),
        );
    },
    enforceBucketOwner: () =>
      call('PutBucketOwnershipControls', 'turn off ACLs', () =>
        s3.send(
          new PutBucketOwnershipControlsCommand({
            Bucket,
            OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
          }),
          options,
        ),
      ),
    enableLogging: (target) =>
      call('PutBucketLogging', 'turn on access logging', () =>
        s3.send(
          new PutBucketLoggingCommand({
            Bucket,
            BucketLoggingStatus: {
              LoggingEnabled: { TargetBucket: target.targetBucket, TargetPrefix: target.targetPrefix },
            },
          }),
          options,
        ),
      ),
    tag: (tags) =>
      call('PutBucketTagging', 'tag the bucket', () =>
        s3.send(
          new PutBucketTaggingCommand({
            Bucket,
            Tagging: { TagSet: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) },
          }),
          options,
        ),
      ),
  };
}
