import { createHash, randomBytes } from 'node:crypto';
import { AwsError, type OperationContext } from '../../types';
import { accessDenied, noSuchBucket } from './errors';
import { applyLifecycle } from './lifecycle';
import type { Bucket, S3State } from './state';

/** What every S3 handler works with: the state plus the request context. */
export interface S3Env {
  state: S3State;
}

export type Handler<I, O> = (env: S3Env, input: I, ctx: OperationContext) => O;

/** The canonical user id S3 shows as Owner.ID, stable per account. */
export const canonicalUserId = (accountId: string) => createHash('sha256').update(`sagedeck-sandbox:${accountId}`).digest('hex');

export const ownerOf = (accountId: string) => ({ ID: canonicalUserId(accountId) });

/** Opaque ids in S3's alphabet: version ids and upload ids. */
export const opaqueId = (bytes = 24) => randomBytes(bytes).toString('base64url').replace(/-/g, '.');

export interface BucketLookup {
  /** GetBucketLocation answers from any region; everything else is regional. */
  anyRegion?: boolean;
  expectedOwner?: string;
}

/**
 * The bucket a request addresses, with S3's answers for the three ways that goes wrong: it does
 * not exist, another account owns it, or it lives in another region (301 with its region).
 */
export function requireBucket(env: S3Env, name: string, ctx: OperationContext, lookup: BucketLookup = {}): Bucket {
  const bucket = env.state.buckets.get(name);
  if (!bucket) throw noSuchBucket(name);
  if (bucket.accountId !== ctx.accountId) throw accessDenied();
  if (lookup.expectedOwner !== undefined && lookup.expectedOwner !== bucket.accountId) throw accessDenied();
  if (!lookup.anyRegion && bucket.region !== ctx.region) {
    throw new AwsError(
      'PermanentRedirect',
      'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
      301,
      'Sender',
      { Bucket: name, Endpoint: `s3.${bucket.region}.amazonaws.com`, BucketRegion: bucket.region },
    );
  }
  applyLifecycle(bucket, ctx.clock.now());
  return bucket;
}

/** The bucket a bucket-level operation addresses (`Bucket` and `ExpectedBucketOwner` members). */
export const bucketFor = (env: S3Env, input: { Bucket?: string; ExpectedBucketOwner?: string }, ctx: OperationContext) =>
  requireBucket(env, input.Bucket ?? '', ctx, { expectedOwner: input.ExpectedBucketOwner });

/** A bucket subresource that was never set (NoSuchTagSet, NoSuchBucketPolicy ...): 404 naming the bucket. */
export const missingConfiguration = (code: string, message: string, bucket: string) =>
  new AwsError(code, message, 404, 'Sender', { BucketName: bucket });

export const bucketArn = (name: string) => `arn:aws:s3:::${name}`;
