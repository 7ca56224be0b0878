import { CreateBucketCommand, PutBucketAclCommand, PutBucketVersioningCommand } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BucketPage } from '../../../shared/domain/data';
import { finding, insecureBucket, LOGS, secureBucket, startDataWorld, type DataWorld } from './data-harness';

let world: DataWorld;

beforeEach(async () => {
  world = await startDataWorld();
});

afterEach(async () => {
  await world.close();
});

describe('bucket posture', () => {
  it('a bucket set up carefully passes every check, each with what it found', async () => {
    await secureBucket(world, 'team-secure-data');
    const detail = await world.describe('team-secure-data');

    expect(detail.findings.map((f) => f.check)).toEqual([
      'versioning',
      'encryption',
      'publicAccessBlock',
      'bucketPolicy',
      'ownership',
      'logging',
      'lifecycle',
      'replication',
      'objectLock',
      'tags',
    ]);
    expect(detail.findings.filter((f) => f.status !== 'pass')).toEqual([]);
    expect(finding(detail, 'versioning').reason).toMatch(/^Versioning is enabled/);
    expect(finding(detail, 'encryption').reason).toBe(
      'Encrypted by default with SSE-KMS, key alias/team-data; bucket key on.',
    );
    expect(finding(detail, 'bucketPolicy').reason).toMatch(/denies requests that do not use HTTPS/);
    expect(finding(detail, 'logging').reason).toBe(`Server access logs go to s3://${LOGS}/team-secure-data/.`);
    expect(finding(detail, 'tags').reason).toBe('1 tag: team=ml.');
    expect(detail.region).toBe('us-east-1');
    expect(detail.createdAt).toMatch(/^\d{4}-/);
    expect(detail.posture).toEqual({
      versioning: 'Enabled',
      encryption: { algorithm: 'aws:kms', kmsKeyId: 'alias/team-data', bucketKey: true },
      publicAccessBlock: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      },
      policy: { exists: true, isPublic: false, httpsOnly: true },
      ownership: 'BucketOwnerEnforced',
      logging: { targetBucket: LOGS, targetPrefix: 'team-secure-data/' },
      lifecycleRules: 0,
      replicationRules: 0,
      objectLock: { enabled: false },
      tags: { team: 'ml' },
    });
    // ACLs are off under BucketOwnerEnforced: the ACL is not worth a call.
    expect(world.sandboxCounters()['s3:GetBucketAcl']).toBeUndefined();
  });

  it('a bucket an old script left behind warns on each weak setting and offers the fix for it', async () => {
    await insecureBucket(world, 'legacy-dump');
    await world.s3.send(new PutBucketAclCommand({ Bucket: 'legacy-dump', ACL: 'public-read' }));
    const detail = await world.describe('legacy-dump');

    const warned = Object.fromEntries(detail.findings.filter((f) => f.status === 'warn').map((f) => [f.check, f.fix]));
    expect(warned).toEqual({
      versioning: 'enableVersioning',
      publicAccessBlock: 'blockPublicAccess',
      bucketPolicy: 'requireHttps',
      ownership: 'enforceBucketOwner',
      logging: 'enableLogging',
    });
    expect(finding(detail, 'versioning').reason).toBe(
      'Versioning was never enabled: overwritten or deleted objects are gone for good.',
    );
    // Since 2023 S3 encrypts every bucket with SSE-S3 at least (and goes back to it when the configuration is deleted).
    expect(finding(detail, 'encryption')).toMatchObject({
      status: 'pass',
      reason: 'Encrypted by default with S3-managed keys (SSE-S3).',
    });
    expect(finding(detail, 'publicAccessBlock').reason).toMatch(/^No public access block/);
    expect(finding(detail, 'bucketPolicy').reason).toBe(
      'No bucket policy requires HTTPS: plain HTTP requests are accepted.',
    );
    expect(finding(detail, 'ownership').reason).toBe(
      'The bucket ACL grants access to AllUsers. ACLs are in force (ObjectWriter): objects written by other accounts can belong to them.',
    );
    expect(finding(detail, 'logging').reason).toMatch(/^Server access logging is off/);
    expect(detail.posture).toMatchObject({
      versioning: 'Never enabled',
      policy: { exists: false, isPublic: false, httpsOnly: false },
      ownership: 'ObjectWriter',
      tags: {},
    });
  });

  it('suspended versioning is its own warning', async () => {
    await insecureBucket(world, 'paused-versions');
    await world.s3.send(
      new PutBucketVersioningCommand({ Bucket: 'paused-versions', VersioningConfiguration: { Status: 'Enabled' } }),
    );
    await world.s3.send(
      new PutBucketVersioningCommand({ Bucket: 'paused-versions', VersioningConfiguration: { Status: 'Suspended' } }),
    );
    const detail = await world.describe('paused-versions');
    expect(finding(detail, 'versioning')).toEqual({
      check: 'versioning',
      status: 'warn',
      reason: 'Versioning is suspended: overwritten objects cannot be restored.',
      fix: 'enableVersioning',
    });
  });

  it('a setting S3 refuses to show is unknown with the permission it needs, and the others still show', async () => {
    await secureBucket(world, 'team-secure-data');
    world.sandbox.control.addFault({ operation: 's3:GetBucketPolicy', kind: 'accessDenied' });
    const detail = await world.describe('team-secure-data');

    expect(finding(detail, 'bucketPolicy')).toEqual({
      check: 'bucketPolicy',
      status: 'unknown',
      reason: 'Could not read the bucket policy: access denied (s3:GetBucketPolicy).',
    });
    expect(detail.posture.policy).toBeUndefined();
    expect(detail.findings.filter((f) => f.check !== 'bucketPolicy').every((f) => f.status === 'pass')).toBe(true);
  });

  it('an endpoint without an operation says so on that check', async () => {
    await secureBucket(world, 'team-secure-data');
    world.sandbox.control.addFault({ operation: 's3:GetBucketReplication', kind: 'unknownOperation' });
    const detail = await world.describe('team-secure-data');
    expect(finding(detail, 'replication')).toEqual({
      check: 'replication',
      status: 'unknown',
      reason: 'Could not read replication: this endpoint has no GetBucketReplication operation.',
    });
  });

  it('describing a bucket that does not exist says so', async () => {
    const error = await world.fail('buckets.describe', { bucket: 'never-made-bucket' });
    expect(error).toMatchObject({
      code: 'NoSuchBucket',
      message: expect.stringContaining('There is no bucket never-made-bucket'),
    });
  });
});

describe('buckets.list', () => {
  it('pages the buckets 20 at a time, each with its findings', async () => {
    await secureBucket(world, 'a-secure-bucket');
    await insecureBucket(world, 'b-legacy-bucket');
    for (let n = 0; n < 21; n += 1)
      await world.s3.send(new CreateBucketCommand({ Bucket: `c-bucket-${String(n).padStart(2, '0')}` }));

    const first = await world.ok<BucketPage>('buckets.list', {});
    expect(first.items).toHaveLength(20);
    expect(first.nextToken).toBeDefined();
    const second = await world.ok<BucketPage>('buckets.list', { nextToken: first.nextToken });
    expect(second.nextToken).toBeUndefined();
    const names = [...first.items, ...second.items].map((b) => b.name);
    expect(names).toEqual(
      [
        'a-secure-bucket',
        'b-legacy-bucket',
        ...Array.from({ length: 21 }, (_, n) => `c-bucket-${String(n).padStart(2, '0')}`),
        LOGS,
      ].sort(),
    );

    const secure = first.items.find((b) => b.name === 'a-secure-bucket')!;
    const legacy = first.items.find((b) => b.name === 'b-legacy-bucket')!;
    expect(secure.findings.every((f) => f.status === 'pass')).toBe(true);
    expect(legacy.findings.filter((f) => f.status === 'warn').map((f) => f.check)).toEqual([
      'versioning',
      'publicAccessBlock',
      'bucketPolicy',
      'ownership',
      'logging',
    ]);
    expect(secure).not.toHaveProperty('posture');
    expect(secure.region).toBe('us-east-1');
  });
});
