import type { GetObjectLockConfigurationOutput, GetObjectLockConfigurationRequest, PutObjectLockConfigurationRequest } from '@aws-sdk/client-s3';
import { AwsError } from '../../types';
import { bucketFor, missingConfiguration, type Handler } from './context';
import { malformedXml } from './errors';

/**
 * Object Lock configuration: on at creation (`x-amz-bucket-object-lock-enabled`) or later on a
 * versioned bucket, never off again, with an optional default retention. Stored and reported;
 * retention is not enforced on deletes.
 */

const invalidBucketState = (message: string) => new AwsError('InvalidBucketState', message, 409);

export const putObjectLockConfiguration: Handler<PutObjectLockConfigurationRequest, object> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  const config = input.ObjectLockConfiguration;
  if (!config || config.ObjectLockEnabled !== 'Enabled') throw malformedXml();
  const retention = config.Rule?.DefaultRetention;
  if (config.Rule && !retention) throw malformedXml();
  if (retention) {
    const periods = [retention.Days, retention.Years].filter((n) => n !== undefined);
    if (retention.Mode !== 'GOVERNANCE' && retention.Mode !== 'COMPLIANCE') throw malformedXml();
    if (periods.length !== 1 || (periods[0] ?? 0) <= 0) throw malformedXml();
  }
  if (!bucket.objectLock && bucket.versioning !== 'Enabled') {
    throw invalidBucketState("Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration");
  }
  bucket.objectLock = { ObjectLockEnabled: 'Enabled', ...(retention ? { Rule: { DefaultRetention: { ...retention } } } : {}) };
  return {};
};

export const getObjectLockConfiguration: Handler<GetObjectLockConfigurationRequest, GetObjectLockConfigurationOutput> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  if (!bucket.objectLock) {
    throw missingConfiguration('ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket', bucket.name);
  }
  return { ObjectLockConfiguration: bucket.objectLock };
};

/** Versioning cannot be suspended while Object Lock is on. */
export function assertVersioningChangeAllowed(objectLockOn: boolean, status: string | undefined) {
  if (objectLockOn && status !== 'Enabled') {
    throw invalidBucketState('An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.');
  }
}
