import {
  CreateBucketCommand,
  DeleteBucketCorsCommand,
  DeleteBucketReplicationCommand,
  GetBucketAclCommand,
  GetBucketCorsCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyStatusCommand,
  GetBucketReplicationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  PutBucketCorsCommand,
  PutBucketEncryptionCommand,
  PutBucketLoggingCommand,
  PutBucketPolicyCommand,
  PutBucketReplicationCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutObjectLockConfigurationCommand,
  PutPublicAccessBlockCommand,
  type ReplicationRule,
} from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { s3Error, startS3Sandbox, type S3Sandbox } from './s3-harness';

/** What a bucket-posture review reads, setting by setting, with S3's answers for settings never made. */

let env: S3Sandbox;
const Bucket = 'posture-bucket';
const Replica = 'posture-replica';
const enableVersioning = (name: string) => env.s3.send(new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } }));

beforeEach(async () => {
  env = await startS3Sandbox();
  await env.s3.send(new CreateBucketCommand({ Bucket }));
});
afterEach(async () => {
  await env.stop();
});

describe('S3 bucket CORS', () => {
  const rule = { AllowedMethods: ['GET', 'PUT'], AllowedOrigins: ['https://app.example.com'], AllowedHeaders: ['*'], ExposeHeaders: ['ETag'], MaxAgeSeconds: 300 };

  it('answers NoSuchCORSConfiguration (404) naming the bucket until rules are set, then returns them, and again after delete', async () => {
    const missing = await s3Error(env.s3.send(new GetBucketCorsCommand({ Bucket })));
    expect(missing.name).toBe('NoSuchCORSConfiguration');
    expect(missing.message).toBe('The CORS configuration does not exist');
    expect(missing.$metadata.httpStatusCode).toBe(404);
    expect(missing.BucketName).toBe(Bucket);

    await env.s3.send(new PutBucketCorsCommand({ Bucket, CORSConfiguration: { CORSRules: [rule, { AllowedMethods: ['HEAD'], AllowedOrigins: ['*'] }] } }));
    const { CORSRules } = await env.s3.send(new GetBucketCorsCommand({ Bucket }));
    expect(CORSRules).toEqual([rule, { AllowedMethods: ['HEAD'], AllowedOrigins: ['*'] }]);

    await env.s3.send(new DeleteBucketCorsCommand({ Bucket }));
    expect((await s3Error(env.s3.send(new GetBucketCorsCommand({ Bucket })))).name).toBe('NoSuchCORSConfiguration');
  });

  it('refuses a method S3 does not know (InvalidRequest) and an origin with two wildcards', async () => {
    const method = await s3Error(env.s3.send(new PutBucketCorsCommand({ Bucket, CORSConfiguration: { CORSRules: [{ ...rule, AllowedMethods: ['PATCH'] }] } })));
    expect(method.name).toBe('InvalidRequest');
    expect(method.message).toBe('Found unsupported HTTP method in CORS config. Unsupported method is PATCH');
    const origin = await s3Error(env.s3.send(new PutBucketCorsCommand({ Bucket, CORSConfiguration: { CORSRules: [{ ...rule, AllowedOrigins: ['https://*.*.example.com'] }] } })));
    expect(origin.name).toBe('InvalidRequest');
    expect((await s3Error(env.s3.send(new GetBucketCorsCommand({ Bucket })))).name).toBe('NoSuchCORSConfiguration');
  });
});

describe('S3 bucket replication', () => {
  const Role = 'arn:aws:iam::111122223333:role/replication';
  const rule: ReplicationRule = {
    ID: 'to-replica',
    Priority: 1,
    Filter: { Prefix: 'raw/' },
    Status: 'Enabled',
    DeleteMarkerReplication: { Status: 'Disabled' },
    Destination: { Bucket: `arn:aws:s3:::${Replica}`, StorageClass: 'STANDARD_IA' },
  };

  it('answers ReplicationConfigurationNotFoundError (404) until configured, then the rules, and again after delete', async () => {
    const missing = await s3Error(env.s3.send(new GetBucketReplicationCommand({ Bucket })));
    expect(missing.name).toBe('ReplicationConfigurationNotFoundError');
    expect(missing.message).toBe('The replication configuration was not found');
    expect(missing.$metadata.httpStatusCode).toBe(404);
    expect(missing.BucketName).toBe(Bucket);

    await env.s3.send(new CreateBucketCommand({ Bucket: Replica }));
    await enableVersioning(Bucket);
    await enableVersioning(Replica);
    await env.s3.send(new PutBucketReplicationCommand({ Bucket, ReplicationConfiguration: { Role, Rules: [rule] } }));
    const { ReplicationConfiguration } = await env.s3.send(new GetBucketReplicationCommand({ Bucket }));
    expect(ReplicationConfiguration).toEqual({ Role, Rules: [rule] });

    await env.s3.send(new DeleteBucketReplicationCommand({ Bucket }));
    expect((await s3Error(env.s3.send(new GetBucketReplicationCommand({ Bucket })))).name).toBe('ReplicationConfigurationNotFoundError');
  });

  it('requires versioning on both buckets and an existing destination (InvalidRequest)', async () => {
    const put = () => env.s3.send(new PutBucketReplicationCommand({ Bucket, ReplicationConfiguration: { Role, Rules: [rule] } }));
    const unversioned = await s3Error(put());
    expect(unversioned.name).toBe('InvalidRequest');
    expect(unversioned.message).toBe("Versioning must be 'Enabled' on the bucket to apply a replication configuration");

    await enableVersioning(Bucket);
    expect((await s3Error(put())).message).toBe('Destination bucket must exist.');
    await env.s3.send(new CreateBucketCommand({ Bucket: Replica }));
    const destination = await s3Error(put());
    expect(destination.name).toBe('InvalidRequest');
    expect(destination.message).toBe('Destination bucket must have versioning enabled.');
    expect((await s3Error(env.s3.send(new GetBucketReplicationCommand({ Bucket })))).name).toBe('ReplicationConfigurationNotFoundError');
  });

  it('requires DeleteMarkerReplication with a Filter, as the V2 schema does', async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: Replica }));
    await enableVersioning(Bucket);
    await enableVersioning(Replica);
    const { DeleteMarkerReplication: _omitted, ...withoutDeleteMarkers } = rule;
    const error = await s3Error(env.s3.send(new PutBucketReplicationCommand({ Bucket, ReplicationConfiguration: { Role, Rules: [withoutDeleteMarkers] } })));
    expect(error.name).toBe('InvalidRequest');
    expect(error.message).toContain('DeleteMarkerReplication must be specified');
  });
});

describe('S3 Object Lock configuration', () => {
  it('answers ObjectLockConfigurationNotFoundError (404) for a bucket created without it', async () => {
    const error = await s3Error(env.s3.send(new GetObjectLockConfigurationCommand({ Bucket })));
    expect(error.name).toBe('ObjectLockConfigurationNotFoundError');
    expect(error.message).toBe('Object Lock configuration does not exist for this bucket');
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.BucketName).toBe(Bucket);
  });

  it('reports Enabled for a bucket created with the lock, keeps its versioning on, and stores a default retention', async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: 'locked-bucket', ObjectLockEnabledForBucket: true }));
    const created = await env.s3.send(new GetObjectLockConfigurationCommand({ Bucket: 'locked-bucket' }));
    expect(created.ObjectLockConfiguration).toEqual({ ObjectLockEnabled: 'Enabled' });
    expect((await env.s3.send(new GetBucketVersioningCommand({ Bucket: 'locked-bucket' }))).Status).toBe('Enabled');

    const suspend = await s3Error(env.s3.send(new PutBucketVersioningCommand({ Bucket: 'locked-bucket', VersioningConfiguration: { Status: 'Suspended' } })));
    expect(suspend.name).toBe('InvalidBucketState');
    expect(suspend.$metadata.httpStatusCode).toBe(409);

    const config = { ObjectLockEnabled: 'Enabled' as const, Rule: { DefaultRetention: { Mode: 'GOVERNANCE' as const, Days: 30 } } };
    await env.s3.send(new PutObjectLockConfigurationCommand({ Bucket: 'locked-bucket', ObjectLockConfiguration: config }));
    expect((await env.s3.send(new GetObjectLockConfigurationCommand({ Bucket: 'locked-bucket' }))).ObjectLockConfiguration).toEqual(config);
  });

  it('turns the lock on later only for a versioned bucket (InvalidBucketState otherwise)', async () => {
    const put = () => env.s3.send(new PutObjectLockConfigurationCommand({ Bucket, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' } }));
    const error = await s3Error(put());
    expect(error.name).toBe('InvalidBucketState');
    expect(error.$metadata.httpStatusCode).toBe(409);
    await enableVersioning(Bucket);
    await put();
    expect((await env.s3.send(new GetObjectLockConfigurationCommand({ Bucket }))).ObjectLockConfiguration?.ObjectLockEnabled).toBe('Enabled');
  });
});

describe('S3 bucket policy status', () => {
  const statement = (extra: Record<string, unknown>) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${Bucket}/*`, ...extra }] });
  const isPublic = async () => (await env.s3.send(new GetBucketPolicyStatusCommand({ Bucket }))).PolicyStatus?.IsPublic;

  it('counts an allow-everyone statement that only requires TLS as public', async () => {
    await env.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: statement({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } }) }));
    expect(await isPublic()).toBe(true);
  });

  it('counts a statement pinned to a fixed VPC endpoint or organisation as not public, a wildcard one as public', async () => {
    await env.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: statement({ Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }) }));
    expect(await isPublic()).toBe(false);
    await env.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: statement({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }) }));
    expect(await isPublic()).toBe(false);
    await env.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: statement({ Condition: { StringLike: { 'aws:SourceVpce': 'vpce-*' } } }) }));
    expect(await isPublic()).toBe(true);
  });

  it('refuses a TLS-only public policy under BlockPublicPolicy (AccessDenied)', async () => {
    await env.s3.send(
      new PutPublicAccessBlockCommand({
        Bucket,
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      }),
    );
    const error = await s3Error(env.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: statement({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } }) })));
    expect(error.name).toBe('AccessDenied');
  });
});

describe('S3 bucket posture, read as a review reads it', () => {
  it('shows every setting of a secure bucket', async () => {
    const logs = 'posture-logs';
    await env.s3.send(new CreateBucketCommand({ Bucket: logs }));
    await enableVersioning(Bucket);
    const kmsKey = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    await env.s3.send(
      new PutBucketEncryptionCommand({
        Bucket,
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: kmsKey }, BucketKeyEnabled: true }] },
      }),
    );
    const block = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
    await env.s3.send(new PutPublicAccessBlockCommand({ Bucket, PublicAccessBlockConfiguration: block }));
    const httpsOnly = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyInsecureTransport',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [`arn:aws:s3:::${Bucket}`, `arn:aws:s3:::${Bucket}/*`],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    };
    await env.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: JSON.stringify(httpsOnly) }));
    await env.s3.send(new PutBucketLoggingCommand({ Bucket, BucketLoggingStatus: { LoggingEnabled: { TargetBucket: logs, TargetPrefix: `${Bucket}/` } } }));
    await env.s3.send(new PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: [{ Key: 'project', Value: 'churn' }] } }));

    const versioning = await env.s3.send(new GetBucketVersioningCommand({ Bucket }));
    expect(versioning.Status).toBe('Enabled');
    expect(versioning.MFADelete).toBeUndefined();
    const rule = (await env.s3.send(new GetBucketEncryptionCommand({ Bucket }))).ServerSideEncryptionConfiguration?.Rules?.[0];
    expect(rule).toEqual({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: kmsKey }, BucketKeyEnabled: true });
    expect((await env.s3.send(new GetPublicAccessBlockCommand({ Bucket }))).PublicAccessBlockConfiguration).toEqual(block);
    expect((await env.s3.send(new GetBucketPolicyStatusCommand({ Bucket }))).PolicyStatus?.IsPublic).toBe(false);
    expect((await env.s3.send(new GetBucketOwnershipControlsCommand({ Bucket }))).OwnershipControls?.Rules).toEqual([{ ObjectOwnership: 'BucketOwnerEnforced' }]);
    expect((await env.s3.send(new GetBucketAclCommand({ Bucket }))).Grants).toHaveLength(1);
    expect((await env.s3.send(new GetBucketLoggingCommand({ Bucket }))).LoggingEnabled).toMatchObject({ TargetBucket: logs, TargetPrefix: `${Bucket}/` });
    expect((await env.s3.send(new GetBucketTaggingCommand({ Bucket }))).TagSet).toEqual([{ Key: 'project', Value: 'churn' }]);
    expect((await env.s3.send(new GetBucketLocationCommand({ Bucket }))).LocationConstraint).toBeUndefined();
  });

  it('shows an insecure bucket as it is: public ACLs allowed, no block, default SSE-S3, no logging', async () => {
    const Open = 'posture-open';
    await env.s3.send(new CreateBucketCommand({ Bucket: Open, ObjectOwnership: 'ObjectWriter', ACL: 'public-read' }));
    expect((await env.s3.send(new GetBucketOwnershipControlsCommand({ Bucket: Open }))).OwnershipControls?.Rules).toEqual([{ ObjectOwnership: 'ObjectWriter' }]);
    const grants = (await env.s3.send(new GetBucketAclCommand({ Bucket: Open }))).Grants ?? [];
    expect(grants).toContainEqual({ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' });
    expect((await s3Error(env.s3.send(new GetPublicAccessBlockCommand({ Bucket: Open })))).name).toBe('NoSuchPublicAccessBlockConfiguration');
    expect((await env.s3.send(new GetBucketEncryptionCommand({ Bucket: Open }))).ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault).toEqual({
      SSEAlgorithm: 'AES256',
    });
    expect((await env.s3.send(new GetBucketVersioningCommand({ Bucket: Open }))).Status).toBeUndefined();
    expect((await env.s3.send(new GetBucketLoggingCommand({ Bucket: Open }))).LoggingEnabled).toBeUndefined();
    expect((await s3Error(env.s3.send(new GetBucketPolicyStatusCommand({ Bucket: Open })))).name).toBe('NoSuchBucketPolicy');
    expect((await s3Error(env.s3.send(new GetBucketTaggingCommand({ Bucket: Open })))).name).toBe('NoSuchTagSet');
    expect((await s3Error(env.s3.send(new GetBucketReplicationCommand({ Bucket: Open })))).name).toBe('ReplicationConfigurationNotFoundError');
    expect((await s3Error(env.s3.send(new GetObjectLockConfigurationCommand({ Bucket: Open })))).name).toBe('ObjectLockConfigurationNotFoundError');
  });
});
