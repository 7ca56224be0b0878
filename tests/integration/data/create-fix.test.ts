import {
  GetBucketEncryptionCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  PutBucketPolicyCommand,
} from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateBucketInput } from '../../../shared/contract/data';
import type { BucketDetail, PostureFix } from '../../../shared/domain/data';
import { finding, insecureBucket, LOGS, startDataWorld, type DataWorld } from './data-harness';

let world: DataWorld;

beforeEach(async () => {
  world = await startDataWorld();
});

afterEach(async () => {
  await world.close();
});

const DEFAULTS: CreateBucketInput = {
  name: 'churn-raw-2026',
  encryption: { type: 'SSE-KMS', kmsKeyId: 'alias/churn-data' },
  versioning: true,
  blockPublicAccess: true,
  httpsOnly: true,
  logging: { targetBucket: LOGS, targetPrefix: 'churn-raw-2026/' },
  tags: { project: 'churn', owner: 'ml-platform' },
};

describe('buckets.create', () => {
  it('creates the bucket with every secure default, as S3 reads them back, and its posture is all green', async () => {
    const detail = await world.ok<BucketDetail>('buckets.create', DEFAULTS);
    expect(detail.findings.filter((f) => f.status !== 'pass')).toEqual([]);

    const Bucket = DEFAULTS.name;
    expect((await world.s3.send(new GetBucketVersioningCommand({ Bucket }))).Status).toBe('Enabled');
    expect(
      (await world.s3.send(new GetBucketEncryptionCommand({ Bucket }))).ServerSideEncryptionConfiguration?.Rules?.[0],
    ).toMatchObject({
      ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/churn-data' },
      BucketKeyEnabled: true,
    });
    expect((await world.s3.send(new GetPublicAccessBlockCommand({ Bucket }))).PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
    const policy = JSON.parse((await world.s3.send(new GetBucketPolicyCommand({ Bucket }))).Policy!) as {
      Statement: unknown[];
    };
    expect(policy.Statement).toEqual([
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${Bucket}`, `arn:aws:s3:::${Bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ]);
    expect((await world.s3.send(new GetBucketOwnershipControlsCommand({ Bucket }))).OwnershipControls?.Rules).toEqual([
      { ObjectOwnership: 'BucketOwnerEnforced' },
    ]);
    expect((await world.s3.send(new GetBucketLoggingCommand({ Bucket }))).LoggingEnabled).toMatchObject({
      TargetBucket: LOGS,
      TargetPrefix: 'churn-raw-2026/',
    });
    const tags = (await world.s3.send(new GetBucketTaggingCommand({ Bucket }))).TagSet ?? [];
    expect(Object.fromEntries(tags.map((t) => [t.Key, t.Value]))).toEqual({ project: 'churn', owner: 'ml-platform' });

    const journal = await world.journal('buckets.create');
    expect(journal[0]).toMatchObject({ channel: 'buckets.create', target: Bucket, outcome: 'success' });
  });

  it('SSE-S3 without a key, no logging and no tags', async () => {
    const detail = await world.ok<BucketDetail>('buckets.create', {
      ...DEFAULTS,
      name: 'plain-sse-s3',
      encryption: { type: 'SSE-S3' },
      logging: undefined,
      tags: {},
    });
    expect(detail.posture.encryption).toEqual({ algorithm: 'AES256', bucketKey: false });
    expect(finding(detail, 'logging').status).toBe('warn');
    expect(world.sandboxCounters()['s3:PutBucketTagging']).toBeUndefined();
  });

  it('refuses a bad name before any call, and a name already taken on the name field', async () => {
    const bad = await world.fail('buckets.create', { ...DEFAULTS, name: 'Churn_Data' });
    expect(bad.fields?.name).toBe('Use lowercase letters, digits, dots and hyphens only.');
    expect(world.sandboxCounters()['s3:CreateBucket']).toBe(1); // the harness's log bucket only

    const taken = await world.fail('buckets.create', { ...DEFAULTS, name: LOGS });
    expect(taken.fields?.name).toMatch(/^You already have a bucket with this name/);
    // Nothing of the existing bucket was rewritten.
    expect(world.sandboxCounters()['s3:PutBucketPolicy']).toBeUndefined();
  });

  it('says which steps were done and which not when one fails after the bucket exists', async () => {
    world.sandbox.control.addFault({ operation: 's3:PutBucketPolicy', kind: 'accessDenied' });
    const error = await world.fail('buckets.create', DEFAULTS);
    expect(error.code).toBe('BucketPartlySecured');
    expect(error.message).toMatch(
      /^Created churn-raw-2026 and set versioning, default encryption \(SSE-KMS\), blocking all public access, but the HTTPS-only policy failed: /,
    );
    expect(error.message).toMatch(
      /Not done: access logging to s3:\/\/sagedeck-test-access-logs\/churn-raw-2026\/, tags\. The bucket exists: fix the rest from its posture, or delete it\.$/,
    );
    await world.s3.send(new HeadBucketCommand({ Bucket: DEFAULTS.name }));
  });
});

describe('buckets.fix', () => {
  async function fixed(bucket: string, fix: PostureFix, check: Parameters<typeof finding>[1], extra: object = {}) {
    const before = await world.describe(bucket);
    expect(finding(before, check)).toMatchObject({ status: 'warn', fix });
    const after = await world.ok<BucketDetail>('buckets.fix', { bucket, fix, ...extra });
    expect(finding(after, check).status).toBe('pass');
    return after;
  }

  it('each fix turns its warning into a pass, journalled', async () => {
    await insecureBucket(world, 'legacy-dump');
    await fixed('legacy-dump', 'enableVersioning', 'versioning');
    await fixed('legacy-dump', 'blockPublicAccess', 'publicAccessBlock');
    await fixed('legacy-dump', 'requireHttps', 'bucketPolicy');
    await fixed('legacy-dump', 'enforceBucketOwner', 'ownership');
    const last = await fixed('legacy-dump', 'enableLogging', 'logging', {
      loggingTarget: { targetBucket: LOGS, targetPrefix: 'legacy-dump/' },
    });
    expect(last.findings.filter((f) => f.status !== 'pass')).toEqual([]);
    expect((await world.journal('buckets.fix')).map((e) => e.target)).toEqual(Array(5).fill('legacy-dump'));
  });

  it('requireHttps keeps the statements already in the policy', async () => {
    await insecureBucket(world, 'shared-reports');
    const partner = {
      Sid: 'PartnerRead',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::shared-reports/*',
    };
    await world.s3.send(
      new PutBucketPolicyCommand({
        Bucket: 'shared-reports',
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [partner] }),
      }),
    );
    await fixed('shared-reports', 'requireHttps', 'bucketPolicy');
    const policy = JSON.parse(
      (await world.s3.send(new GetBucketPolicyCommand({ Bucket: 'shared-reports' }))).Policy!,
    ) as { Statement: { Sid: string }[] };
    expect(policy.Statement.map((s) => s.Sid)).toEqual(['PartnerRead', 'DenyInsecureTransport']);
    expect(policy.Statement[0]).toEqual(partner);
  });

  it('enableEncryption leaves a chosen KMS key alone', async () => {
    await world.ok('buckets.create', { ...DEFAULTS, name: 'kms-bucket', logging: undefined });
    const after = await world.ok<BucketDetail>('buckets.fix', { bucket: 'kms-bucket', fix: 'enableEncryption' });
    expect(after.posture.encryption).toEqual({ algorithm: 'aws:kms', kmsKeyId: 'alias/churn-data', bucketKey: true });
    expect(world.sandboxCounters()['s3:PutBucketEncryption']).toBe(1);
  });

  it('enableLogging without a target is refused on the field, before any call', async () => {
    await insecureBucket(world, 'legacy-dump');
    const error = await world.fail('buckets.fix', { bucket: 'legacy-dump', fix: 'enableLogging' });
    expect(error.fields).toEqual({ loggingTarget: 'Choose the bucket that receives the access logs.' });
    expect(world.sandboxCounters()['s3:PutBucketLogging']).toBeUndefined();
  });
});
