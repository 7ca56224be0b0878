import { randomUUID } from 'node:crypto';
import type {
  DeleteBucketReplicationRequest,
  GetBucketReplicationOutput,
  GetBucketReplicationRequest,
  PutBucketReplicationRequest,
  ReplicationRule,
} from '@aws-sdk/client-s3';
import { bucketFor, missingConfiguration, type Handler, type S3Env } from './context';
import { invalidArgument, invalidRequest, malformedXml } from './errors';

/**
 * A bucket's replication configuration, checked as S3 checks it (both buckets versioned, the
 * destination exists). Stored only: the sandbox does not copy objects to the destination.
 */

const MAX_RULES = 1000;
const BUCKET_ARN = /^arn:aws:s3:::([^/]+)$/;

function checkRule(env: S3Env, rule: ReplicationRule) {
  if (rule.Status !== 'Enabled' && rule.Status !== 'Disabled') throw malformedXml();
  if (rule.Filter !== undefined && rule.Prefix !== undefined) throw malformedXml();
  if ((rule.ID ?? '').length > 255) throw invalidArgument('ID length should not exceed allowed limit of 255', 'ID', rule.ID);
  if (rule.Filter !== undefined && rule.DeleteMarkerReplication === undefined) {
    throw invalidRequest('DeleteMarkerReplication must be specified for this version of Cross Region Replication configuration schema.');
  }
  const arn = rule.Destination?.Bucket;
  if (arn === undefined) throw malformedXml();
  const name = BUCKET_ARN.exec(arn)?.[1];
  if (name === undefined) throw invalidArgument('Invalid bucket ARN.', 'Bucket', arn);
  const destination = env.state.buckets.get(name);
  if (!destination) throw invalidRequest('Destination bucket must exist.');
  if (destination.versioning !== 'Enabled') throw invalidRequest('Destination bucket must have versioning enabled.');
}

export const putBucketReplication: Handler<PutBucketReplicationRequest, object> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  const config = input.ReplicationConfiguration;
  const rules = config?.Rules ?? [];
  if (!config?.Role || rules.length === 0 || rules.length > MAX_RULES) throw malformedXml();
  if (bucket.versioning !== 'Enabled') throw invalidRequest("Versioning must be 'Enabled' on the bucket to apply a replication configuration");
  rules.forEach((rule) => checkRule(env, rule));
  const ids = new Set<string>();
  const stored = rules.map((rule) => ({ ...rule, ID: rule.ID ?? randomUUID().replace(/-/g, '').slice(0, 24) }));
  for (const rule of stored) {
    if (ids.has(rule.ID)) throw invalidArgument('Rule ID must be unique. Found same ID for more than one rule', 'ID', rule.ID);
    ids.add(rule.ID);
  }
  bucket.replication = { Role: config.Role, Rules: stored };
  return {};
};

export const getBucketReplication: Handler<GetBucketReplicationRequest, GetBucketReplicationOutput> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  if (!bucket.replication) throw missingConfiguration('ReplicationConfigurationNotFoundError', 'The replication configuration was not found', bucket.name);
  return { ReplicationConfiguration: bucket.replication };
};

export const deleteBucketReplication: Handler<DeleteBucketReplicationRequest, object> = (env, input, ctx) => {
  bucketFor(env, input, ctx).replication = undefined;
  return {};
};
