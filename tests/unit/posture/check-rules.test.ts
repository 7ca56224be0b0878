import { describe, expect, it } from 'vitest';
import { bucketFindings } from '../../../electron/core/areas/posture/bucket-checks';
import { jobFindings, type JobSecurity } from '../../../electron/core/areas/posture/job-checks';
import { allowsOldTls, listenerFindings } from '../../../electron/core/areas/posture/listener-checks';
import { causeOf } from '../../../electron/core/areas/posture/probe';
import { keyLabel } from '../../../electron/core/areas/posture/read-kms-keys';
import { sortFindings } from '../../../electron/core/areas/posture/posture-report';
import type { PostureSettings } from '../../../electron/core/areas/data/storage/posture-settings';

const subject = { resourceKind: 'bucket' as const, name: 'b', arn: 'arn:aws:s3:::b' };
const ALL_ON = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };
const ALL_OFF = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false };

function settings(overrides: Partial<PostureSettings> = {}): PostureSettings {
  const read = <T,>(value: T) => ({ read: true as const, value });
  return {
    bucket: 'b',
    versioning: read({ status: 'Enabled' as const }),
    encryption: read({ algorithm: 'aws:kms' as const, kmsKeyId: 'alias/k', bucketKey: true }),
    publicAccessBlock: read(ALL_ON),
    policy: read(undefined),
    policyPublic: read(false),
    ownership: read('BucketOwnerEnforced' as const),
    logging: read({ targetBucket: 'logs', targetPrefix: 'b/' }),
    lifecycleRules: read(0),
    replicationRules: read(0),
    objectLock: read(undefined),
    tags: read({}),
    region: read('us-east-1'),
    ...overrides,
  };
}

const byCheck = (rows: ReturnType<typeof bucketFindings>) => Object.fromEntries(rows.map((r) => [r.check, 'status' in r ? r.status : `unread: ${r.operation}: ${r.cause}`]));

describe('bucket checks', () => {
  it('passes a KMS-encrypted, blocked, logged, versioned bucket except for HTTPS when no policy requires it', () => {
    expect(byCheck(bucketFindings(settings(), subject))).toEqual({
      'bucket.defaultEncryption': 'pass',
      'bucket.kmsEncryption': 'pass',
      'bucket.publicAccessBlock': 'pass',
      'bucket.publicPolicy': 'pass',
      'bucket.httpsOnly': 'fail',
      'bucket.versioning': 'pass',
      'bucket.accessLogging': 'pass',
    });
  });

  it('tells SSE-S3 (encrypted, but not with a KMS key) from no default encryption', () => {
    const sse = byCheck(bucketFindings(settings({ encryption: { read: true, value: { algorithm: 'AES256', bucketKey: false } } }), subject));
    expect([sse['bucket.defaultEncryption'], sse['bucket.kmsEncryption']]).toEqual(['pass', 'fail']);
    const none = byCheck(bucketFindings(settings({ encryption: { read: true, value: undefined } }), subject));
    expect([none['bucket.defaultEncryption'], none['bucket.kmsEncryption']]).toEqual(['fail', 'fail']);
  });

  it('fails a public policy unless RestrictPublicBuckets neutralises it, and a public ACL unless IgnorePublicAcls is on', () => {
    const exposed = bucketFindings(settings({ publicAccessBlock: { read: true, value: ALL_OFF }, policy: { read: true, value: '{}' }, policyPublic: { read: true, value: true } }), subject);
    expect(exposed.find((r) => r.check === 'bucket.publicPolicy')).toMatchObject({ status: 'fail', evidence: 'GetBucketPolicyStatus: IsPublic true', fix: { link: { area: 'bucket', bucket: 'b' } } });
    expect(exposed.find((r) => r.check === 'bucket.publicAccessBlock')).toMatchObject({ status: 'fail', evidence: 'GetPublicAccessBlock: BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets off' });
    const neutralised = bucketFindings(settings({ policy: { read: true, value: '{}' }, policyPublic: { read: true, value: true } }), subject);
    expect(neutralised.find((r) => r.check === 'bucket.publicPolicy')).toMatchObject({ status: 'pass' });
    const acl = bucketFindings(settings({ publicAccessBlock: { read: true, value: undefined }, ownership: { read: true, value: 'ObjectWriter' }, acl: { read: true, value: { groups: ['AllUsers'] } } }), subject);
    expect(acl.find((r) => r.check === 'bucket.publicPolicy')).toMatchObject({ status: 'fail', evidence: 'GetBucketAcl: grants to AllUsers' });
  });

  it('passes a policy that denies aws:SecureTransport false', () => {
    const policy = JSON.stringify({ Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] });
    expect(byCheck(bucketFindings(settings({ policy: { read: true, value: policy } }), subject))['bucket.httpsOnly']).toBe('pass');
  });

  it('names the S3 operation of a setting that could not be read', () => {
    const rows = byCheck(bucketFindings(settings({ encryption: { read: false, cause: 'this endpoint has no GetBucketEncryption operation' } }), subject));
    expect(rows['bucket.defaultEncryption']).toBe('unread: GetBucketEncryption: this endpoint has no GetBucketEncryption operation');
    expect(rows['bucket.versioning']).toBe('pass');
  });
});

describe('job checks', () => {
  const job = (overrides: Partial<JobSecurity> = {}): JobSecurity => ({ kind: 'training', name: 'j', instanceCount: 1, interContainerEncryption: false, networkIsolation: false, subnets: [], ...overrides });
  const status = (rows: ReturnType<typeof jobFindings>) => Object.fromEntries(rows.map((r) => [r.check, r.status]));

  it('needs inter-container encryption only when there is more than one instance', () => {
    expect(status(jobFindings(job()))['job.interContainerEncryption']).toBe('pass');
    expect(status(jobFindings(job({ instanceCount: 2 })))['job.interContainerEncryption']).toBe('fail');
    expect(status(jobFindings(job({ instanceCount: 2, interContainerEncryption: true })))['job.interContainerEncryption']).toBe('pass');
  });

  it('passes a job with both keys, isolation and a VPC, and links the fix to the job', () => {
    expect(status(jobFindings(job({ volumeKmsKeyId: 'k', outputKmsKeyId: 'k', networkIsolation: true, subnets: ['subnet-1'] })))).toEqual({
      'job.volumeKey': 'pass',
      'job.outputKey': 'pass',
      'job.interContainerEncryption': 'pass',
      'job.networkIsolation': 'pass',
      'job.vpc': 'pass',
    });
    expect(jobFindings(job({ kind: 'processing' }))[0]).toMatchObject({ resourceKind: 'processingJob', status: 'fail', fix: { link: { area: 'job', kind: 'processing', name: 'j' } } });
  });
});

describe('listener checks', () => {
  it('fails plain HTTP, passes HTTP that only redirects to HTTPS, and judges an HTTPS listener’s policy', () => {
    expect(listenerFindings({ Protocol: 'HTTP', Port: 80 }, 'alb').map((r) => [r.check, r.status])).toEqual([['listener.tls', 'fail']]);
    expect(listenerFindings({ Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', StatusCode: 'HTTP_301' } }] }, 'alb')[0]?.status).toBe('pass');
    expect(listenerFindings({ Protocol: 'HTTPS', Port: 443, SslPolicy: 'ELBSecurityPolicy-2016-08' }, 'alb').map((r) => r.status)).toEqual(['pass', 'fail']);
    expect(listenerFindings({ Protocol: 'HTTPS', Port: 443, SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }, 'alb').map((r) => r.status)).toEqual(['pass', 'pass']);
  });

  it('knows which predefined policies still accept TLS 1.0 or 1.1', () => {
    expect(['ELBSecurityPolicy-2016-08', 'ELBSecurityPolicy-TLS-1-1-2017-01', 'ELBSecurityPolicy-FS-1-1-2019-08'].map(allowsOldTls)).toEqual([true, true, true]);
    expect(['ELBSecurityPolicy-TLS-1-2-2017-01', 'ELBSecurityPolicy-FS-1-2-Res-2020-10', 'ELBSecurityPolicy-TLS13-1-2-2021-06'].map(allowsOldTls)).toEqual([false, false, false]);
  });
});

describe('reads that could not run', () => {
  const failure = (name: string, status?: number) => Object.assign(new Error('no'), { name, $metadata: { httpStatusCode: status } });
  it('words a missing operation, a refusal and anything else', () => {
    expect(causeOf(failure('UnknownOperationException', 400), 'GetKeyRotationStatus', 'kms:GetKeyRotationStatus')).toBe('this endpoint has no GetKeyRotationStatus operation');
    expect(causeOf(failure('NotImplemented', 501), 'ListAliases', 'kms:ListAliases')).toBe('this endpoint has no ListAliases operation');
    expect(causeOf(failure('AccessDeniedException', 400), 'DescribeKey', 'kms:DescribeKey')).toBe('access denied (kms:DescribeKey)');
    expect(causeOf(failure('ThrottlingException', 400), 'DescribeKey', 'kms:DescribeKey')).toBe('DescribeKey failed (ThrottlingException: no)');
  });

  it('names a key by its alias when the reference is one, else by its key id', () => {
    expect(keyLabel('arn:aws:kms:us-east-1:111122223333:alias/sagedeck-demo-data')).toBe('alias/sagedeck-demo-data');
    expect(keyLabel('alias/x')).toBe('alias/x');
    expect(keyLabel('arn:aws:kms:us-east-1:111122223333:key/1234abcd')).toBe('1234abcd');
  });
});

describe('order of the findings', () => {
  it('puts failures first, the worst severity first, then what could not be checked, then passes', () => {
    const row = (status: 'pass' | 'fail' | 'unknown', severity: 'high' | 'medium' | 'low', name: string) => ({ id: name, resourceKind: 'bucket' as const, name, check: 'bucket.versioning' as const, title: '', status, severity, evidence: '' });
    expect(sortFindings([row('pass', 'high', 'a'), row('unknown', 'high', 'b'), row('fail', 'low', 'c'), row('fail', 'high', 'd')]).map((r) => r.name)).toEqual(['d', 'c', 'b', 'a']);
  });
});
