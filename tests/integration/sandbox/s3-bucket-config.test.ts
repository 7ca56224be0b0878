import {
  CreateBucketCommand,
  GetBucketAclCommand,
  GetObjectAclCommand,
  PutBucketAclCommand,
  DeleteBucketOwnershipControlsCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyStatusCommand,
  PutBucketOwnershipControlsCommand,
  DeleteBucketEncryptionCommand,
  DeleteBucketLifecycleCommand,
  DeleteBucketPolicyCommand,
  DeleteBucketTaggingCommand,
  DeletePublicAccessBlockCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketLoggingCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutPublicAccessBlockCommand,
  HeadObjectCommand,
  CreateMultipartUploadCommand,
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
} from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { s3Error, signedRequest, startS3Sandbox, type S3Sandbox } from './s3-harness';

let env: S3Sandbox;
const Bucket = 'config-bucket';
beforeEach(async () => {
  env = await startS3Sandbox();
  await env.s3.send(new CreateBucketCommand({ Bucket }));
});
afterEach(async () => {
  await env.stop();
});

describe('S3 bucket versioning', () => {
  it('reports nothing until set, then Enabled and Suspended', async () => {
    expect((await env.s3.send(new GetBucketVersioningCommand({ Bucket }))).Status).toBeUndefined();
    await env.s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    expect((await env.s3.send(new GetBucketVersioningCommand({ Bucket }))).Status).toBe('Enabled');
    await env.s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Suspended' } }));
    expect((await env.s3.send(new GetBucketVersioningCommand({ Bucket }))).Status).toBe('Suspended');
  });

  it('refuses a status other than Enabled or Suspended as MalformedXML', async () => {
    const error = await s3Error(env.s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Off' as never } })));
    expect(error.name).toBe('MalformedXML');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });
});

describe('S3 default encryption', () => {
  it('reports SSE-S3 by default, stores SSE-KMS with a bucket key, and falls back after delete', async () => {
    const initial = await env.s3.send(new GetBucketEncryptionCommand({ Bucket }));
    expect(initial.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm).toBe('AES256');

    const KMSMasterKeyID = 'arn:aws:kms:us-east-1:111122223333:alias/team-data';
    await env.s3.send(
      new PutBucketEncryptionCommand({
        Bucket,
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID }, BucketKeyEnabled: true }] },
      }),
    );
    const rule = (await env.s3.send(new GetBucketEncryptionCommand({ Bucket }))).ServerSideEncryptionConfiguration?.Rules?.[0];
    expect(rule).toEqual({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID }, BucketKeyEnabled: true });

    // New objects pick the default up.
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'secret.txt', Body: 'x' }));
    const head = await env.s3.send(new HeadObjectCommand({ Bucket, Key: 'secret.txt' }));
    expect(head.ServerSideEncryption).toBe('aws:kms');
    expect(head.SSEKMSKeyId).toBe(KMSMasterKeyID);
    expect(head.BucketKeyEnabled).toBe(true);

    const deleted = await env.s3.send(new DeleteBucketEncryptionCommand({ Bucket }));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    const after = await env.s3.send(new GetBucketEncryptionCommand({ Bucket }));
    expect(after.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm).toBe('AES256');
  });

  it('refuses a KMS key with AES256', async () => {
    const error = await s3Error(
      env.s3.send(
        new PutBucketEncryptionCommand({
          Bucket,
          ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256', KMSMasterKeyID: 'key' } }] },
        }),
      ),
    );
    expect(error.name).toBe('InvalidArgument');
  });
});

describe('S3 public access block', () => {
  it('is NoSuchPublicAccessBlockConfiguration (404) until put, then round-trips and deletes', async () => {
    const missing = await s3Error(env.s3.send(new GetPublicAccessBlockCommand({ Bucket })));
    expect(missing.name).toBe('NoSuchPublicAccessBlockConfiguration');
    expect(missing.$metadata.httpStatusCode).toBe(404);
    await env.s3.send(new PutPublicAccessBlockCommand({ Bucket, PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true } }));
    const got = await env.s3.send(new GetPublicAccessBlockCommand({ Bucket }));
    expect(got.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: true, RestrictPublicBuckets: false });
    await env.s3.send(new DeletePublicAccessBlockCommand({ Bucket }));
    expect((await s3Error(env.s3.send(new GetPublicAccessBlockCommand({ Bucket })))).name).toBe('NoSuchPublicAccessBlockConfiguration');
  });
});

describe('S3 access logging', () => {
  it('enables logging to an existing bucket, reports it, and disables it', async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: 'log-target' }));
    expect((await env.s3.send(new GetBucketLoggingCommand({ Bucket }))).LoggingEnabled).toBeUndefined();
    await env.s3.send(new PutBucketLoggingCommand({ Bucket, BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'log-target', TargetPrefix: 'config/' } } }));
    expect((await env.s3.send(new GetBucketLoggingCommand({ Bucket }))).LoggingEnabled).toMatchObject({ TargetBucket: 'log-target', TargetPrefix: 'config/' });
    await env.s3.send(new PutBucketLoggingCommand({ Bucket, BucketLoggingStatus: {} }));
    expect((await env.s3.send(new GetBucketLoggingCommand({ Bucket }))).LoggingEnabled).toBeUndefined();
  });

  it('refuses a target bucket that does not exist', async () => {
    const error = await s3Error(
      env.s3.send(new PutBucketLoggingCommand({ Bucket, BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'nowhere-bucket', TargetPrefix: '' } } })),
    );
    expect(error.name).toBe('InvalidTargetBucketForLogging');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });
});

describe('S3 bucket tags', () => {
  it('is NoSuchTagSet until tagged, round-trips tags, and deletes them', async () => {
    expect((await s3Error(env.s3.send(new GetBucketTaggingCommand({ Bucket })))).name).toBe('NoSuchTagSet');
    const TagSet = [
      { Key: 'project', Value: 'churn' },
      { Key: 'cost-center', Value: 'ml-platform' },
    ];
    await env.s3.send(new PutBucketTaggingCommand({ Bucket, Tagging: { TagSet } }));
    expect((await env.s3.send(new GetBucketTaggingCommand({ Bucket }))).TagSet).toEqual(TagSet);
    const deleted = await env.s3.send(new DeleteBucketTaggingCommand({ Bucket }));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    const gone = await s3Error(env.s3.send(new GetBucketTaggingCommand({ Bucket })));
    expect(gone.name).toBe('NoSuchTagSet');
    expect(gone.$metadata.httpStatusCode).toBe(404);
  });

  it('refuses duplicate keys and aws: prefixes with InvalidTag', async () => {
    const duplicate = await s3Error(
      env.s3.send(new PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: [{ Key: 'a', Value: '1' }, { Key: 'a', Value: '2' }] } })),
    );
    expect(duplicate.name).toBe('InvalidTag');
    const reserved = await s3Error(env.s3.send(new PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: [{ Key: 'aws:owner', Value: 'x' }] } })));
    expect(reserved.name).toBe('InvalidTag');
  });
});

describe('S3 bucket policy', () => {
  const policy = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
  const denyInsecure = policy({
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [`arn:aws:s3:::${Bucket}`, `arn:aws:s3:::${Bucket}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  });

  it('is NoSuchBucketPolicy until put, returns the document as stored, and deletes it', async () => {
    const missing = await s3Error(env.s3.send(new GetBucketPolicyCommand({ Bucket })));
    expect(missing.name).toBe('NoSuchBucketPolicy');
    expect(missing.$metadata.httpStatusCode).toBe(404);
    const put = await env.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: denyInsecure }));
    expect(put.$metadata.httpStatusCode).toBe(204);
    expect((await env.s3.send(new GetBucketPolicyCommand({ Bucket }))).Policy).toBe(denyInsecure);
    await env.s3.send(new DeleteBucketPolicyCommand({ Bucket }));
    expect((await s3Error(env.s3.send(new GetBucketPolicyCommand({ Bucket })))).name).toBe('NoSuchBucketPolicy');
  });

  it.each([
    ['not JSON', 'Effect: Deny'],
    ['no Statement', JSON.stringify({ Version: '2012-10-17' })],
    ['a bad Effect', policy({ Effect: 'Maybe', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${Bucket}/*` })],
    ['a resource of another bucket', policy({ Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::other-bucket/*' })],
  ])('refuses a policy with %s as MalformedPolicy', async (_what, document) => {
    const error = await s3Error(env.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: document })));
    expect(error.name).toBe('MalformedPolicy');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('refuses a public policy while BlockPublicPolicy is on (AccessDenied)', async () => {
    await env.s3.send(new PutPublicAccessBlockCommand({ Bucket, PublicAccessBlockConfiguration: { BlockPublicPolicy: true } }));
    const error = await s3Error(
      env.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${Bucket}/*` }) })),
    );
    expect(error.name).toBe('AccessDenied');
    expect(error.$metadata.httpStatusCode).toBe(403);
  });
});

describe('S3 policy status and object ownership', () => {
  it('reports whether the policy makes the bucket public', async () => {
    expect((await s3Error(env.s3.send(new GetBucketPolicyStatusCommand({ Bucket })))).name).toBe('NoSuchBucketPolicy');
    const publicRead = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${Bucket}/*` }],
    });
    await env.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: publicRead }));
    expect((await env.s3.send(new GetBucketPolicyStatusCommand({ Bucket }))).PolicyStatus?.IsPublic).toBe(true);
  });

  it('starts buckets as BucketOwnerEnforced, changes and deletes the setting', async () => {
    const initial = await env.s3.send(new GetBucketOwnershipControlsCommand({ Bucket }));
    expect(initial.OwnershipControls?.Rules).toEqual([{ ObjectOwnership: 'BucketOwnerEnforced' }]);
    await env.s3.send(new PutBucketOwnershipControlsCommand({ Bucket, OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }));
    expect((await env.s3.send(new GetBucketOwnershipControlsCommand({ Bucket }))).OwnershipControls?.Rules).toEqual([{ ObjectOwnership: 'ObjectWriter' }]);
    await env.s3.send(new DeleteBucketOwnershipControlsCommand({ Bucket }));
    const gone = await s3Error(env.s3.send(new GetBucketOwnershipControlsCommand({ Bucket })));
    expect(gone.name).toBe('OwnershipControlsNotFoundError');
    expect(gone.$metadata.httpStatusCode).toBe(404);
  });
});

describe('S3 ACLs', () => {
  it('shows only the owner on a new bucket and refuses ACLs while ownership is enforced', async () => {
    const acl = await env.s3.send(new GetBucketAclCommand({ Bucket }));
    expect(acl.Grants).toEqual([{ Grantee: { ID: acl.Owner?.ID, Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' }]);
    const put = await s3Error(env.s3.send(new PutObjectCommand({ Bucket, Key: 'public.txt', Body: 'x', ACL: 'public-read' })));
    expect(put.name).toBe('AccessControlListNotSupported');
    expect(put.$metadata.httpStatusCode).toBe(400);
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'owned.txt', Body: 'x', ACL: 'bucket-owner-full-control' }));
  });

  it('applies canned ACLs once ownership allows them, unless the public access block refuses', async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: 'legacy-acls', ObjectOwnership: 'ObjectWriter' }));
    await env.s3.send(new PutBucketAclCommand({ Bucket: 'legacy-acls', ACL: 'public-read' }));
    const acl = await env.s3.send(new GetBucketAclCommand({ Bucket: 'legacy-acls' }));
    expect(acl.Grants).toContainEqual({ Grantee: { URI: 'http://acs.amazonaws.com/groups/global/AllUsers', Type: 'Group' }, Permission: 'READ' });
    await env.s3.send(new PutObjectCommand({ Bucket: 'legacy-acls', Key: 'shared.csv', Body: 'x', ACL: 'authenticated-read' }));
    const objectAcl = await env.s3.send(new GetObjectAclCommand({ Bucket: 'legacy-acls', Key: 'shared.csv' }));
    expect(objectAcl.Grants?.map((g) => g.Grantee?.URI ?? g.Grantee?.Type)).toEqual(['CanonicalUser', 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers']);
    await env.s3.send(new PutPublicAccessBlockCommand({ Bucket: 'legacy-acls', PublicAccessBlockConfiguration: { BlockPublicAcls: true } }));
    const blocked = await s3Error(env.s3.send(new PutBucketAclCommand({ Bucket: 'legacy-acls', ACL: 'public-read-write' })));
    expect(blocked.name).toBe('AccessDenied');
  });
});

describe('S3 lifecycle configuration', () => {
  it('is NoSuchLifecycleConfiguration until put, round-trips rules, and deletes', async () => {
    const missing = await s3Error(env.s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket })));
    expect(missing.name).toBe('NoSuchLifecycleConfiguration');
    expect(missing.$metadata.httpStatusCode).toBe(404);
    const Rules = [
      { ID: 'expire-noncurrent', Filter: { Prefix: 'raw/' }, Status: 'Enabled' as const, NoncurrentVersionExpiration: { NoncurrentDays: 90 } },
      {
        ID: 'archive-logs',
        Filter: { And: { Prefix: 'logs/', Tags: [{ Key: 'tier', Value: 'cold' }] } },
        Status: 'Disabled' as const,
        Transitions: [{ Days: 30, StorageClass: 'GLACIER' as const }],
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
      },
    ];
    await env.s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration: { Rules } }));
    const got = await env.s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket }));
    expect(got.Rules).toEqual(Rules);
    const deleted = await env.s3.send(new DeleteBucketLifecycleCommand({ Bucket }));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect((await s3Error(env.s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket })))).name).toBe('NoSuchLifecycleConfiguration');
  });

  it('refuses a rule without actions, a non-positive Days and duplicate ids', async () => {
    const noAction = await s3Error(
      env.s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration: { Rules: [{ ID: 'r', Filter: { Prefix: '' }, Status: 'Enabled' }] } })),
    );
    expect(noAction.name).toBe('InvalidRequest');
    const zeroDays = await s3Error(
      env.s3.send(
        new PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration: { Rules: [{ ID: 'r', Filter: { Prefix: '' }, Status: 'Enabled', Expiration: { Days: 0 } }] } }),
      ),
    );
    expect(zeroDays.name).toBe('InvalidArgument');
    const rule = { ID: 'same', Filter: { Prefix: '' }, Status: 'Enabled' as const, Expiration: { Days: 1 } };
    const duplicate = await s3Error(env.s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration: { Rules: [rule, rule] } })));
    expect(duplicate.name).toBe('InvalidArgument');
  });

  it('applies enabled rules as simulated days pass: noncurrent expiry, expiration, aborted uploads', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    await env.s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    await env.s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket,
        LifecycleConfiguration: {
          Rules: [
            { ID: 'noncurrent', Filter: { Prefix: '' }, Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 30 } },
            { ID: 'scratch', Filter: { Prefix: 'tmp/' }, Status: 'Enabled', Expiration: { Days: 60 }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
            { ID: 'disabled', Filter: { Prefix: '' }, Status: 'Disabled', Expiration: { Days: 1 } },
          ],
        },
      }),
    );
    const v1 = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'data.csv', Body: 'v1' }));
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'tmp/scratch.txt', Body: 'scratch' }));
    await env.s3.send(new CreateMultipartUploadCommand({ Bucket, Key: 'tmp/upload.bin' }));
    env.clock.advance(DAY);
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'data.csv', Body: 'v2' }));

    const versionIds = async () => ((await env.s3.send(new ListObjectVersionsCommand({ Bucket, Prefix: 'data.csv' }))).Versions ?? []).map((v) => v.VersionId);
    env.clock.advance(29 * DAY);
    expect(await versionIds()).toContain(v1.VersionId);
    expect((await env.s3.send(new ListMultipartUploadsCommand({ Bucket }))).Uploads).toBeUndefined();
    env.clock.advance(DAY);
    expect(await versionIds()).not.toContain(v1.VersionId);
    expect(await versionIds()).toHaveLength(1);

    env.clock.advance(30 * DAY);
    const expired = await s3Error(env.s3.send(new HeadObjectCommand({ Bucket, Key: 'tmp/scratch.txt' })));
    expect(expired.$metadata.httpStatusCode).toBe(404);
    expect((await env.s3.send(new HeadObjectCommand({ Bucket, Key: 'data.csv' }))).ContentLength).toBe(2);
  });

  it('answers a body that is not XML with MalformedXML', async () => {
    const answer = await signedRequest(env.sandbox, { method: 'PUT', path: `/${Bucket}`, query: { lifecycle: '' }, body: '<LifecycleConfiguration><Rule>' });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('<Code>MalformedXML</Code>');
  });
});
