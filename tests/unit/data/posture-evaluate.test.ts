import { describe, expect, it } from 'vitest';
import { evaluatePosture } from '../../../electron/core/areas/data/storage/posture-evaluate';
import type { PostureSettings } from '../../../electron/core/areas/data/storage/posture-settings';
import type { PostureCheck } from '../../../shared/domain/data';

const ok = <T>(value: T) => ({ read: true as const, value });
const refused = (cause: string) => ({ read: false as const, cause });
const HTTPS_ONLY = JSON.stringify({
  Statement: [
    {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
});

function settings(overrides: Partial<PostureSettings> = {}): PostureSettings {
  return {
    bucket: 'data',
    versioning: ok({ status: 'Enabled' as const }),
    encryption: ok({ algorithm: 'AES256' as const, bucketKey: false }),
    publicAccessBlock: ok({
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    }),
    policy: ok(HTTPS_ONLY),
    policyPublic: ok(false),
    ownership: ok('BucketOwnerEnforced' as const),
    logging: ok({ targetBucket: 'logs', targetPrefix: 'data/' }),
    lifecycleRules: ok(0),
    replicationRules: ok(0),
    objectLock: ok(undefined),
    tags: ok({}),
    region: ok('eu-west-1'),
    ...overrides,
  };
}

const of = (s: PostureSettings, check: PostureCheck) => evaluatePosture(s).findings.find((f) => f.check === check)!;

describe('evaluatePosture', () => {
  it("a secure bucket passes every check, in the contract's order, with its region", () => {
    const evaluated = evaluatePosture(settings());
    expect(evaluated.findings.map((f) => [f.check, f.status])).toEqual([
      ['versioning', 'pass'],
      ['encryption', 'pass'],
      ['publicAccessBlock', 'pass'],
      ['bucketPolicy', 'pass'],
      ['ownership', 'pass'],
      ['logging', 'pass'],
      ['lifecycle', 'pass'],
      ['replication', 'pass'],
      ['objectLock', 'pass'],
      ['tags', 'pass'],
    ]);
    expect(evaluated.region).toBe('eu-west-1');
  });

  it('no default encryption warns and offers enableEncryption (emulators and pre-2023 buckets)', () => {
    expect(of(settings({ encryption: ok(undefined) }), 'encryption')).toEqual({
      check: 'encryption',
      status: 'warn',
      reason: 'No default encryption: objects sent without encryption headers are stored unencrypted.',
      fix: 'enableEncryption',
    });
  });

  it('SSE-KMS names the key, or the AWS managed key, and the bucket key', () => {
    expect(
      of(settings({ encryption: ok({ algorithm: 'aws:kms' as const, bucketKey: false }) }), 'encryption').reason,
    ).toBe(
      'Encrypted by default with SSE-KMS, key the AWS managed key aws/s3; bucket key off (every object costs a KMS request).',
    );
  });

  it('names the public access block settings that are off', () => {
    const partial = {
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: false,
      restrictPublicBuckets: false,
    };
    expect(of(settings({ publicAccessBlock: ok(partial) }), 'publicAccessBlock')).toMatchObject({
      status: 'warn',
      reason: 'Public access is not fully blocked: BlockPublicPolicy, RestrictPublicBuckets are off.',
      fix: 'blockPublicAccess',
    });
  });

  it('a public policy warns first; blocking public access is offered only while it would help', () => {
    const publicPolicy = settings({ policyPublic: ok(true), publicAccessBlock: ok(undefined) });
    expect(of(publicPolicy, 'bucketPolicy')).toMatchObject({
      status: 'warn',
      reason: 'The bucket policy makes the bucket public.',
      fix: 'blockPublicAccess',
    });
    expect(of(settings({ policyPublic: ok(true) }), 'bucketPolicy').fix).toBeUndefined();
    expect(evaluatePosture(publicPolicy).posture.policy).toEqual({ exists: true, isPublic: true, httpsOnly: true });
  });

  it('a policy without the HTTPS rule offers requireHttps', () => {
    const allowOnly = JSON.stringify({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::1:root' },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::data/*',
        },
      ],
    });
    expect(of(settings({ policy: ok(allowOnly) }), 'bucketPolicy')).toMatchObject({
      status: 'warn',
      fix: 'requireHttps',
      reason: 'The bucket policy does not require HTTPS: plain HTTP requests are accepted.',
    });
  });

  it('a policy whose public status cannot be read is unknown, not pass', () => {
    expect(of(settings({ policyPublic: refused('access denied (s3:GetBucketPolicyStatus)') }), 'bucketPolicy')).toEqual(
      {
        check: 'bucketPolicy',
        status: 'unknown',
        reason: 'Could not read whether the bucket policy is public: access denied (s3:GetBucketPolicyStatus).',
      },
    );
    // Without a policy there is nothing to be public: its status is not needed.
    expect(of(settings({ policy: ok(undefined), policyPublic: refused('x') }), 'bucketPolicy')).toMatchObject({
      status: 'warn',
      fix: 'requireHttps',
    });
  });

  it('ACLs in force warn, leading with public grants, and say when the ACL could not be read', () => {
    expect(of(settings({ ownership: ok(undefined), acl: ok({ groups: ['AllUsers'] }) }), 'ownership').reason).toBe(
      'The bucket ACL grants access to AllUsers. ACLs are in force (ObjectWriter): objects written by other accounts can belong to them.',
    );
    expect(
      of(
        settings({ ownership: ok('BucketOwnerPreferred' as const), acl: refused('access denied (s3:GetBucketAcl)') }),
        'ownership',
      ),
    ).toMatchObject({
      status: 'warn',
      fix: 'enforceBucketOwner',
      reason:
        'ACLs are in force (BucketOwnerPreferred): objects written by other accounts can belong to them. Could not read the bucket ACL: access denied (s3:GetBucketAcl).',
    });
  });

  it('every refused read is unknown with its cause, and left out of the detail', () => {
    const cause = 'access denied (s3:Whatever)';
    const all = settings({
      versioning: refused(cause),
      encryption: refused(cause),
      publicAccessBlock: refused(cause),
      policy: refused(cause),
      ownership: refused(cause),
      logging: refused(cause),
      lifecycleRules: refused(cause),
      replicationRules: refused(cause),
      objectLock: refused(cause),
      tags: refused(cause),
      region: refused(cause),
    });
    const evaluated = evaluatePosture(all);
    expect(
      evaluated.findings.every(
        (f) =>
          f.status === 'unknown' &&
          f.reason.startsWith('Could not read ') &&
          f.reason.endsWith(`: ${cause}.`) &&
          !f.fix,
      ),
    ).toBe(true);
    expect(evaluated.posture).toEqual({});
    expect(evaluated.region).toBeUndefined();
  });

  it('describes object lock, lifecycle, replication and tags without warning', () => {
    const s = settings({
      objectLock: ok({ enabled: true, mode: 'COMPLIANCE' as const, years: 1 }),
      lifecycleRules: ok(2),
      replicationRules: ok(1),
      tags: ok({ a: '1', b: '2', c: '3', d: '4' }),
    });
    expect(of(s, 'objectLock').reason).toBe('Object Lock is on: COMPLIANCE retention of 1 year by default.');
    expect(of(s, 'lifecycle').reason).toBe('2 lifecycle rules.');
    expect(of(s, 'replication').reason).toBe('1 replication rule: objects are copied to another bucket.');
    expect(of(s, 'tags').reason).toBe('4 tags: a=1, b=2, c=3, ….');
  });

  it('mentions MFA delete when it is on', () => {
    expect(
      of(settings({ versioning: ok({ status: 'Enabled' as const, mfaDelete: 'Enabled' as const }) }), 'versioning')
        .reason,
    ).toBe('Versioning is enabled: overwritten and deleted objects can be restored; deleting a version needs MFA.');
  });
});
