import { randomUUID } from 'node:crypto';
import type {
  DeleteBucketLifecycleRequest,
  DeleteBucketTaggingRequest,
  GetBucketLifecycleConfigurationOutput,
  GetBucketLifecycleConfigurationRequest,
  GetBucketLoggingOutput,
  GetBucketLoggingRequest,
  GetBucketTaggingOutput,
  GetBucketTaggingRequest,
  GetBucketVersioningOutput,
  GetBucketVersioningRequest,
  LifecycleRule,
  PutBucketLifecycleConfigurationOutput,
  PutBucketLifecycleConfigurationRequest,
  PutBucketLoggingRequest,
  PutBucketTaggingRequest,
  PutBucketVersioningRequest,
} from '@aws-sdk/client-s3';
import { AwsError } from '../../types';
import { bucketFor, missingConfiguration, type Handler } from './context';
import { invalidArgument, invalidRequest, malformedXml, notImplemented } from './errors';
import { assertTags } from './naming';
import { assertVersioningChangeAllowed } from './object-lock';

/** Bucket subresources that shape how a bucket behaves: versioning, access logging, tags, lifecycle. */

// -- versioning ---------------------------------------------------------------------------------

export const putBucketVersioning: Handler<PutBucketVersioningRequest, object> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  const config = input.VersioningConfiguration;
  if (!config || (config.Status !== 'Enabled' && config.Status !== 'Suspended')) throw malformedXml();
  if (config.MFADelete === 'Enabled') throw notImplemented('The sandbox does not emulate MFA delete.');
  if (config.MFADelete !== undefined && config.MFADelete !== 'Disabled') throw malformedXml();
  assertVersioningChangeAllowed(bucket.objectLock !== undefined, config.Status);
  bucket.versioning = config.Status;
  if (config.MFADelete) bucket.mfaDelete = config.MFADelete;
  return {};
};

export const getBucketVersioning: Handler<GetBucketVersioningRequest, GetBucketVersioningOutput> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  return { Status: bucket.versioning, MFADelete: bucket.mfaDelete };
};

// -- access logging -----------------------------------------------------------------------------

export const putBucketLogging: Handler<PutBucketLoggingRequest, object> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  const status = input.BucketLoggingStatus;
  if (!status) throw malformedXml();
  const enabled = status.LoggingEnabled;
  if (!enabled) {
    bucket.logging = undefined;
    return {};
  }
  if (!enabled.TargetBucket) throw malformedXml();
  const target = env.state.buckets.get(enabled.TargetBucket);
  const invalidTarget = (message: string) =>
    new AwsError('InvalidTargetBucketForLogging', message, 400, 'Sender', { TargetBucket: enabled.TargetBucket ?? '' });
  if (!target) throw invalidTarget('The target bucket for logging does not exist');
  if (target.accountId !== bucket.accountId) throw invalidTarget('The owner for the bucket to be logged and the target bucket must be the same.');
  if (target.region !== bucket.region) throw invalidTarget('The target bucket for logging must be in the same region as the source bucket.');
  bucket.logging = { TargetBucket: enabled.TargetBucket, TargetPrefix: enabled.TargetPrefix ?? '', TargetObjectKeyFormat: enabled.TargetObjectKeyFormat };
  return {};
};

export const getBucketLogging: Handler<GetBucketLoggingRequest, GetBucketLoggingOutput> = (env, input, ctx) => ({
  LoggingEnabled: bucketFor(env, input, ctx).logging,
});

// -- tags ---------------------------------------------------------------------------------------

export const putBucketTagging: Handler<PutBucketTaggingRequest, object> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  const tags = input.Tagging?.TagSet;
  if (!tags) throw malformedXml();
  assertTags(tags, 'bucket');
  bucket.tags = tags.map((t) => ({ Key: t.Key, Value: t.Value ?? '' }));
  return {};
};

export const getBucketTagging: Handler<GetBucketTaggingRequest, GetBucketTaggingOutput> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  if (!bucket.tags || bucket.tags.length === 0) throw missingConfiguration('NoSuchTagSet', 'The TagSet does not exist', bucket.name);
  return { TagSet: bucket.tags };
};

export const deleteBucketTagging: Handler<DeleteBucketTaggingRequest, object> = (env, input, ctx) => {
  bucketFor(env, input, ctx).tags = undefined;
  return {};
};

// -- lifecycle ----------------------------------------------------------------------------------

const LIFECYCLE_MINIMUM_SIZE = 'all_storage_classes_128K';

function checkRule(rule: LifecycleRule) {
  if (rule.Status !== 'Enabled' && rule.Status !== 'Disabled') throw malformedXml();
  if (rule.Filter !== undefined && rule.Prefix !== undefined) throw malformedXml();
  if ((rule.ID ?? '').length > 255) throw invalidArgument('ID length should not exceed allowed limit of 255', 'ID', rule.ID);
  const hasAction =
    rule.Expiration || rule.Transitions?.length || rule.NoncurrentVersionExpiration || rule.NoncurrentVersionTransitions?.length || rule.AbortIncompleteMultipartUpload;
  if (!hasAction) throw invalidRequest('At least one action needs to be specified in a rule');
  if (rule.Expiration?.Days !== undefined && rule.Expiration.Days <= 0) {
    throw invalidArgument("'Days' for Expiration action must be a positive integer", 'Days', String(rule.Expiration.Days));
  }
  const noncurrentDays = rule.NoncurrentVersionExpiration?.NoncurrentDays;
  if (rule.NoncurrentVersionExpiration && (noncurrentDays === undefined || noncurrentDays <= 0)) {
    throw invalidArgument("'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer", 'NoncurrentDays', String(noncurrentDays));
  }
  const abortDays = rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation;
  if (rule.AbortIncompleteMultipartUpload && (abortDays === undefined || abortDays <= 0)) {
    throw invalidArgument("'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive integer", 'DaysAfterInitiation', String(abortDays));
  }
}

export const putBucketLifecycleConfiguration: Handler<PutBucketLifecycleConfigurationRequest, PutBucketLifecycleConfigurationOutput> = (
  env,
  input,
  ctx,
) => {
  const bucket = bucketFor(env, input, ctx);
  const rules = input.LifecycleConfiguration?.Rules ?? [];
  if (rules.length === 0 || rules.length > 1000) throw malformedXml();
  rules.forEach(checkRule);
  const ids = new Set<string>();
  const stored = rules.map((rule) => ({ ...rule, ID: rule.ID ?? randomUUID().replace(/-/g, '').slice(0, 24) }));
  for (const rule of stored) {
    if (ids.has(rule.ID)) throw invalidArgument('Rule ID must be unique. Found same ID for more than one rule', 'ID', rule.ID);
    ids.add(rule.ID);
  }
  bucket.lifecycle = stored;
  return { TransitionDefaultMinimumObjectSize: LIFECYCLE_MINIMUM_SIZE };
};

export const getBucketLifecycleConfiguration: Handler<GetBucketLifecycleConfigurationRequest, GetBucketLifecycleConfigurationOutput> = (
  env,
  input,
  ctx,
) => {
  const bucket = bucketFor(env, input, ctx);
  if (!bucket.lifecycle) throw missingConfiguration('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist', bucket.name);
  return { Rules: bucket.lifecycle, TransitionDefaultMinimumObjectSize: LIFECYCLE_MINIMUM_SIZE };
};

export const deleteBucketLifecycle: Handler<DeleteBucketLifecycleRequest, object> = (env, input, ctx) => {
  bucketFor(env, input, ctx).lifecycle = undefined;
  return {};
};
