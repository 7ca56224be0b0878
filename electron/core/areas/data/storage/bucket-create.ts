import {
  CreateBucketCommand,
  HeadBucketCommand,
  type BucketLocationConstraint,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { CreateBucketInput } from '../../../../../shared/contract/data';
import type { BucketDetail } from '../../../../../shared/domain/data';
import { SageDeckError } from '../../../../../shared/errors';
import { describeBucket } from './bucket-posture';
import { invalidField, s3Call, s3Code } from './s3-errors';
import { secureWrites } from './secure-settings';

function httpStatus(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

/**
 * S3 answers CreateBucket of a bucket you already own in us-east-1 with 200 (and resets its ACL),
 * so the secure steps would quietly rewrite an existing bucket's policy and tags: ask first.
 */
async function refuseExisting(s3: S3Client, name: string, signal: AbortSignal): Promise<void> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: name }), { abortSignal: signal });
  } catch (error) {
    if (httpStatus(error) === 404 || s3Code(error) === 'NotFound' || s3Code(error) === 'NoSuchBucket') return;
    if (httpStatus(error) === 403)
      throw invalidField('name', 'This name is taken by another AWS account: bucket names are global. Choose another.');
    if (httpStatus(error) !== 301) throw error;
  }
  throw invalidField(
    'name',
    "You already have a bucket with this name. Choose another, or fix that bucket's posture instead.",
  );
}

async function createEmpty(s3: S3Client, input: CreateBucketInput, region: string, signal: AbortSignal): Promise<void> {
  try {
    await s3.send(
      new CreateBucketCommand({
        Bucket: input.name,
        // us-east-1 takes no LocationConstraint (S3 refuses "us-east-1" as one).
        ...(region === 'us-east-1'
          ? {}
          : { CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint } }),
        ObjectOwnership: 'BucketOwnerEnforced',
      }),
      { abortSignal: signal },
    );
  } catch (error) {
    if (s3Code(error) === 'BucketAlreadyExists')
      throw invalidField('name', 'This name is taken by another AWS account: bucket names are global. Choose another.');
    if (s3Code(error) === 'BucketAlreadyOwnedByYou')
      throw invalidField('name', 'You already have a bucket with this name. Choose another.');
    if (s3Code(error) === 'InvalidBucketName')
      throw invalidField('name', error instanceof Error ? error.message : 'S3 refused this name.');
    throw error;
  }
}

interface Step {
  label: string;
  run: () => Promise<void>;
}

/**
 * CreateBucket (ACLs off), then each secure default in turn. A step that fails after the bucket
 * exists is said with what was done and what was not: the bucket is never left half-secure silently.
 */
export async function createSecureBucket(
  s3: S3Client,
  input: CreateBucketInput,
  region: string,
  signal: AbortSignal,
): Promise<BucketDetail> {
  await refuseExisting(s3, input.name, signal);
  await s3Call(input.name, 'CreateBucket', 'create buckets', () => createEmpty(s3, input, region, signal));
  const writes = secureWrites(s3, input.name, signal);
  const steps: Step[] = [
    ...(input.versioning ? [{ label: 'versioning', run: writes.enableVersioning }] : []),
    {
      label: input.encryption.type === 'SSE-KMS' ? 'default encryption (SSE-KMS)' : 'default encryption (SSE-S3)',
      run: () => writes.encrypt(input.encryption),
    },
    ...(input.blockPublicAccess ? [{ label: 'blocking all public access', run: writes.blockPublicAccess }] : []),
    ...(input.httpsOnly ? [{ label: 'the HTTPS-only policy', run: writes.requireHttps }] : []),
    ...(input.logging
      ? [
          {
            label: `access logging to s3://${input.logging.targetBucket}/${input.logging.targetPrefix}`,
            run: () => writes.enableLogging(input.logging!),
          },
        ]
      : []),
    ...(Object.keys(input.tags).length ? [{ label: 'tags', run: () => writes.tag(input.tags) }] : []),
  ];
  for (const [index, step] of steps.entries()) {
    try {
      await step.run();
    } catch (error) {
      const done = steps.slice(0, index).map((s) => s.label);
      const notDone = steps.slice(index + 1).map((s) => s.label);
      const why = error instanceof Error ? error.message : String(error);
      throw new SageDeckError({
        code: 'BucketPartlySecured',
        message:
          `Created ${input.name}${done.length ? ` and set ${done.join(', ')}` : ''}, but ${step.label} failed: ${why} ` +
          `${notDone.length ? `Not done: ${notDone.join(', ')}. ` : ''}The bucket exists: fix the rest from its posture, or delete it.`,
        retryable: false,
      });
    }
  }
  return describeBucket(s3, input.name, signal);
}
