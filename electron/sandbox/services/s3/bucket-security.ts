import type {
  DeleteBucketEncryptionRequest,
  DeleteBucketOwnershipControlsRequest,
  DeleteBucketPolicyRequest,
  DeletePublicAccessBlockRequest,
  GetBucketEncryptionOutput,
  GetBucketEncryptionRequest,
  GetBucketOwnershipControlsOutput,
  GetBucketOwnershipControlsRequest,
  GetBucketPolicyOutput,
  GetBucketPolicyRequest,
  GetBucketPolicyStatusOutput,
  GetBucketPolicyStatusRequest,
  GetPublicAccessBlockOutput,
  GetPublicAccessBlockRequest,
  PutBucketEncryptionRequest,
  PutBucketOwnershipControlsRequest,
  PutBucketPolicyRequest,
  PutPublicAccessBlockRequest,
  ServerSideEncryptionRule,
} from '@aws-sdk/client-s3';
import { AwsError } from '../../types';
import { bucketFor, missingConfiguration, type Handler } from './context';
import { accessDenied, invalidArgument, malformedXml } from './errors';
import { OWNERSHIPS } from './naming';
import { isPublicPolicy, policyProblem } from './policy';

/** Bucket subresources a security review reads: default encryption, public access block, policy, ownership. */

// -- default encryption -------------------------------------------------------------------------

/** What a bucket with no configuration reports: since 2023 every bucket encrypts with SSE-S3. */
export const DEFAULT_ENCRYPTION: ServerSideEncryptionRule[] = [
  { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false },
];

export const putBucketEncryption: Handler<PutBucketEncryptionRequest, object> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  const rules = input.ServerSideEncryptionConfiguration?.Rules ?? [];
  if (rules.length !== 1) throw malformedXml();
  const [rule] = rules as [ServerSideEncryptionRule];
  const byDefault = rule.ApplyServerSideEncryptionByDefault;
  if (!byDefault || !['AES256', 'aws:kms', 'aws:kms:dsse'].includes(byDefault.SSEAlgorithm ?? '')) throw malformedXml();
  if (byDefault.KMSMasterKeyID !== undefined && byDefault.SSEAlgorithm === 'AES256') {
    throw invalidArgument('a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or aws:kms:dsse', 'ApplyServerSideEncryptionByDefault');
  }
  bucket.encryption = [{ ApplyServerSideEncryptionByDefault: { ...byDefault }, BucketKeyEnabled: rule.BucketKeyEnabled ?? false }];
  return {};
};

export const getBucketEncryption: Handler<GetBucketEncryptionRequest, GetBucketEncryptionOutput> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  return { ServerSideEncryptionConfiguration: { Rules: bucket.encryption ?? DEFAULT_ENCRYPTION } };
};

export const deleteBucketEncryption: Handler<DeleteBucketEncryptionRequest, object> = (env, input, ctx) => {
  bucketFor(env, input, ctx).encryption = undefined;
  return {};
};

// -- public access block ------------------------------------------------------------------------

export const putPublicAccessBlock: Handler<PutPublicAccessBlockRequest, object> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  const config = input.PublicAccessBlockConfiguration;
  if (!config) throw malformedXml();
  bucket.publicAccessBlock = {
    BlockPublicAcls: config.BlockPublicAcls ?? false,
    IgnorePublicAcls: config.IgnorePublicAcls ?? false,
    BlockPublicPolicy: config.BlockPublicPolicy ?? false,
    RestrictPublicBuckets: config.RestrictPublicBuckets ?? false,
  };
  return {};
};

export const getPublicAccessBlock: Handler<GetPublicAccessBlockRequest, GetPublicAccessBlockOutput> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  if (!bucket.publicAccessBlock) {
    throw missingConfiguration('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', bucket.name);
  }
  return { PublicAccessBlockConfiguration: bucket.publicAccessBlock };
};

export const deletePublicAccessBlock: Handler<DeletePublicAccessBlockRequest, object> = (env, input, ctx) => {
  bucketFor(env, input, ctx).publicAccessBlock = undefined;
  return {};
};

// -- policy -------------------------------------------------------------------------------------

export const putBucketPolicy: Handler<PutBucketPolicyRequest, object> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  const text = input.Policy ?? '';
  const problem = policyProblem(text, bucket.name);
  if (problem) throw new AwsError('MalformedPolicy', problem, 400);
  if (bucket.publicAccessBlock?.BlockPublicPolicy && isPublicPolicy(text)) throw accessDenied();
  bucket.policy = text;
  return {};
};

export const getBucketPolicy: Handler<GetBucketPolicyRequest, GetBucketPolicyOutput> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  if (bucket.policy === undefined) throw missingConfiguration('NoSuchBucketPolicy', 'The bucket policy does not exist', bucket.name);
  return { Policy: bucket.policy };
};

export const deleteBucketPolicy: Handler<DeleteBucketPolicyRequest, object> = (env, input, ctx) => {
  bucketFor(env, input, ctx).policy = undefined;
  return {};
};

// -- policy status and object ownership (what a security review reads) --------------------------

export const getBucketPolicyStatus: Handler<GetBucketPolicyStatusRequest, GetBucketPolicyStatusOutput> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  if (bucket.policy === undefined) throw missingConfiguration('NoSuchBucketPolicy', 'The bucket policy does not exist', bucket.name);
  return { PolicyStatus: { IsPublic: isPublicPolicy(bucket.policy) } };
};

export const putBucketOwnershipControls: Handler<PutBucketOwnershipControlsRequest, object> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  const rules = input.OwnershipControls?.Rules ?? [];
  const [rule] = rules;
  if (rules.length !== 1 || !rule || !OWNERSHIPS.includes(rule.ObjectOwnership ?? '')) throw malformedXml();
  bucket.ownership = rule.ObjectOwnership;
  return {};
};

export const getBucketOwnershipControls: Handler<GetBucketOwnershipControlsRequest, GetBucketOwnershipControlsOutput> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  if (!bucket.ownership) throw missingConfiguration('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found', bucket.name);
  return { OwnershipControls: { Rules: [{ ObjectOwnership: bucket.ownership }] } };
};

export const deleteBucketOwnershipControls: Handler<DeleteBucketOwnershipControlsRequest, object> = (env, input, ctx) => {
  bucketFor(env, input, ctx).ownership = undefined;
  return {};
};
