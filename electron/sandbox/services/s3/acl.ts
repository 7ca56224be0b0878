import type { GetBucketAclOutput, GetBucketAclRequest, GetObjectAclOutput, GetObjectAclRequest, Grant, PutBucketAclRequest } from '@aws-sdk/client-s3';
import { AwsError } from '../../types';
import { bucketFor, canonicalUserId, ownerOf, requireBucket, type Handler } from './context';
import { accessDenied, invalidArgument, notImplemented } from './errors';
import { selectVersion } from './object-read';
import type { Bucket } from './state';

/**
 * ACLs as S3 has them since 2023: new buckets enforce bucket ownership, so ACLs are off and only
 * the owner's full control shows. With ownership relaxed, canned ACLs apply; public ones are
 * refused while the public access block says BlockPublicAcls.
 */

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';

const group = (URI: string, Permission: Grant['Permission']): Grant => ({ Grantee: { URI, Type: 'Group' }, Permission });

const CANNED: Record<string, Grant[]> = {
  private: [],
  'bucket-owner-full-control': [],
  'public-read': [group(ALL_USERS, 'READ')],
  'public-read-write': [group(ALL_USERS, 'READ'), group(ALL_USERS, 'WRITE')],
  'authenticated-read': [group(AUTHENTICATED_USERS, 'READ')],
  'log-delivery-write': [group(LOG_DELIVERY, 'WRITE'), group(LOG_DELIVERY, 'READ_ACP')],
};

const PUBLIC = new Set(['public-read', 'public-read-write', 'authenticated-read']);

/** Checks a canned ACL a write asks for (`x-amz-acl`) against the bucket's ownership and public access block. */
export function cannedAclFor(bucket: Bucket, requested: string | undefined): string | undefined {
  if (requested === undefined) return undefined;
  if (!(requested in CANNED)) throw invalidArgument(`Invalid canned ACL: ${requested}`, 'x-amz-acl', requested);
  if (bucket.ownership === 'BucketOwnerEnforced' && requested !== 'private' && requested !== 'bucket-owner-full-control') {
    throw new AwsError('AccessControlListNotSupported', 'The bucket does not allow ACLs', 400);
  }
  if (PUBLIC.has(requested) && bucket.publicAccessBlock?.BlockPublicAcls) throw accessDenied();
  return requested === 'private' || requested === 'bucket-owner-full-control' ? undefined : requested;
}

function policyFor(accountId: string, canned: string | undefined): GetBucketAclOutput {
  const ownerGrant: Grant = { Grantee: { ID: canonicalUserId(accountId), Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' };
  return { Owner: ownerOf(accountId), Grants: [ownerGrant, ...(CANNED[canned ?? 'private'] ?? [])] };
}

export const getBucketAcl: Handler<GetBucketAclRequest, GetBucketAclOutput> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  return policyFor(bucket.accountId, bucket.acl);
};

export const putBucketAcl: Handler<PutBucketAclRequest, object> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  if (input.ACL === undefined) {
    if (bucket.ownership === 'BucketOwnerEnforced') throw new AwsError('AccessControlListNotSupported', 'The bucket does not allow ACLs', 400);
    throw notImplemented('The sandbox accepts canned ACLs (x-amz-acl) only, not grant lists.');
  }
  bucket.acl = cannedAclFor(bucket, input.ACL);
  return {};
};

export const getObjectAcl: Handler<GetObjectAclRequest & { Bucket: string; Key: string }, GetObjectAclOutput> = (env, input, ctx) => {
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  const version = selectVersion(bucket, input.Key, input.VersionId, 'GET');
  return policyFor(bucket.accountId, version.acl);
};
