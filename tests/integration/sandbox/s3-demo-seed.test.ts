import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  CreateBucketCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  GetPublicAccessBlockCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutBucketTaggingCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoS3Keys } from '../../../electron/sandbox/services/sagemaker/seed/demo-runs';
import { s3Error, startS3Sandbox, type S3Sandbox } from './s3-harness';

const DATA = 'sagedeck-demo-churn-data';
const LOGS = 'sagedeck-demo-access-logs';

describe('S3 demo seed', () => {
  let env: S3Sandbox;
  beforeAll(async () => {
    env = await startS3Sandbox({ seed: 'demo' });
  });
  afterAll(async () => {
    await env.stop();
  });

  it('configures the data bucket as a guarded, versioned, KMS-encrypted bucket', async () => {
    const account = env.sandbox.accountId;
    expect((await env.s3.send(new GetBucketVersioningCommand({ Bucket: DATA }))).Status).toBe('Enabled');
    const rule = (await env.s3.send(new GetBucketEncryptionCommand({ Bucket: DATA }))).ServerSideEncryptionConfiguration?.Rules?.[0];
    expect(rule).toEqual({
      ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: `arn:aws:kms:us-east-1:${account}:alias/sagedeck-demo-data` },
      BucketKeyEnabled: true,
    });
    expect((await env.s3.send(new GetPublicAccessBlockCommand({ Bucket: DATA }))).PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
    expect((await env.s3.send(new GetBucketLoggingCommand({ Bucket: DATA }))).LoggingEnabled).toMatchObject({ TargetBucket: LOGS, TargetPrefix: 'churn-data/' });
    expect((await env.s3.send(new GetBucketTaggingCommand({ Bucket: DATA }))).TagSet).toEqual([
      { Key: 'project', Value: 'churn' },
      { Key: 'cost-center', Value: 'ml-platform' },
    ]);
    const policy = JSON.parse((await env.s3.send(new GetBucketPolicyCommand({ Bucket: DATA }))).Policy!) as { Statement: Record<string, unknown>[] };
    expect(policy.Statement[0]).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    const lifecycle = await env.s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: DATA }));
    expect(lifecycle.Rules?.[0]).toMatchObject({ Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 90 } });
  });

  it('keeps the access-log bucket unversioned with SSE-S3', async () => {
    expect((await env.s3.send(new GetBucketVersioningCommand({ Bucket: LOGS }))).Status).toBeUndefined();
    const rule = (await env.s3.send(new GetBucketEncryptionCommand({ Bucket: LOGS }))).ServerSideEncryptionConfiguration?.Rules?.[0];
    expect(rule?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm).toBe('AES256');
  });

  it('holds the raw export in three versions of believable churn CSV', async () => {
    const versions = await env.s3.send(new ListObjectVersionsCommand({ Bucket: DATA, Prefix: 'raw/customers.csv' }));
    expect(versions.Versions).toHaveLength(3);
    const sizes = versions.Versions!.map((v) => v.Size!);
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
    const latest = await env.s3.send(new GetObjectCommand({ Bucket: DATA, Key: 'raw/customers.csv' }));
    const [header, ...rows] = (await latest.Body!.transformToString()).trim().split('\n');
    expect(header).toContain('customer_id');
    expect(header).toContain('tenure_months');
    expect(header).toContain('monthly_charges');
    expect(header!.endsWith('churned')).toBe(true);
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(new Set(rows.map((row) => row.split(',').pop()))).toEqual(new Set(['0', '1']));
    expect(latest.ServerSideEncryption).toBe('aws:kms');
  });

  it('holds two versions of each processed split and the pipeline scripts', async () => {
    const all = await env.s3.send(new ListObjectsV2Command({ Bucket: DATA }));
    const keys = all.Contents!.map((o) => o.Key!);
    expect(keys).toEqual(expect.arrayContaining(['code/preprocess.py', 'code/train.py', 'processed/train/train.csv', 'processed/validation/validation.csv', 'processed/test/test.csv']));
    for (const split of ['train', 'validation', 'test']) {
      const versions = await env.s3.send(new ListObjectVersionsCommand({ Bucket: DATA, Prefix: `processed/${split}/` }));
      expect(versions.Versions).toHaveLength(2);
    }
    const script = await env.s3.send(new GetObjectCommand({ Bucket: DATA, Key: 'code/train.py' }));
    expect(await script.Body!.transformToString()).toContain('xgb.train(');
  });

  it('holds every object the SageMaker demo points at: usage files, model archives, evaluation reports', async () => {
    const keys = demoS3Keys(env.clock.now());
    expect(keys.usageFiles).toHaveLength(14);
    for (const key of [...keys.usageFiles, ...keys.modelArtifacts, ...keys.evaluations]) {
      const head = await env.s3.send(new HeadObjectCommand({ Bucket: DATA, Key: key }));
      expect(head.ContentLength, key).toBeGreaterThan(0);
    }
    const model = await env.s3.send(new GetObjectCommand({ Bucket: DATA, Key: keys.modelArtifacts[0] }));
    const tar = gunzipSync(Buffer.from(await model.Body!.transformToByteArray()));
    expect(tar.subarray(0, 13).toString()).toBe('xgboost-model');
    expect(tar.subarray(257, 262).toString()).toBe('ustar');
    const evaluation = await env.s3.send(new GetObjectCommand({ Bucket: DATA, Key: keys.evaluations[0] }));
    const report = JSON.parse(await evaluation.Body!.transformToString()) as { binary_classification_metrics: { auc: { value: number } } };
    expect(report.binary_classification_metrics.auc.value).toBeGreaterThan(0.8);
  });

  it("really has the defect the failed preprocessing job reports: 'N/A' monthly_charges at line 1843", async () => {
    const day = new Date(env.clock.now() - (env.clock.now() % 86_400_000) - 9 * 86_400_000).toISOString().slice(0, 10);
    const file = await env.s3.send(new GetObjectCommand({ Bucket: DATA, Key: `raw/usage/${day}.csv` }));
    const lines = (await file.Body!.transformToString()).split('\n');
    const column = lines[0]!.split(',').indexOf('monthly_charges');
    expect(column).toBeGreaterThan(0);
    expect(lines[1842]!.split(',')[column]).toBe('N/A');
    expect(lines.filter((line) => line.includes('N/A'))).toHaveLength(1);
    const healthy = await env.s3.send(new GetObjectCommand({ Bucket: DATA, Key: `raw/usage/${new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10)}.csv` }));
    expect(await healthy.Body!.transformToString()).not.toContain('N/A');
  });

  it('is byte-identical on every run (stable ETags and version ids)', async () => {
    const other = await startS3Sandbox({ seed: 'demo' });
    try {
      const list = async (client: S3Sandbox) =>
        (await client.s3.send(new ListObjectVersionsCommand({ Bucket: DATA }))).Versions!.map((v) => `${v.Key} ${v.VersionId} ${v.ETag}`);
      expect(await list(other)).toEqual(await list(env));
    } finally {
      await other.stop();
    }
  });
});

describe('S3 state across restarts and resets', () => {
  it('survives a restart with a data dir: buckets, configuration, versions and bytes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sagedeck-s3-state-'));
    try {
      const first = await startS3Sandbox({ dataDir });
      await first.s3.send(new CreateBucketCommand({ Bucket: 'kept-bucket' }));
      await first.s3.send(new PutBucketTaggingCommand({ Bucket: 'kept-bucket', Tagging: { TagSet: [{ Key: 'k', Value: 'v' }] } }));
      await first.s3.send(new PutObjectCommand({ Bucket: 'kept-bucket', Key: 'bytes.bin', Body: new Uint8Array([9, 8, 7]), Metadata: { a: 'b' } }));
      await first.stop();

      const second = await startS3Sandbox({ dataDir });
      try {
        const got = await second.s3.send(new GetObjectCommand({ Bucket: 'kept-bucket', Key: 'bytes.bin' }));
        expect([...(await got.Body!.transformToByteArray())]).toEqual([9, 8, 7]);
        expect(got.Metadata).toEqual({ a: 'b' });
        expect((await second.s3.send(new GetBucketTaggingCommand({ Bucket: 'kept-bucket' }))).TagSet).toEqual([{ Key: 'k', Value: 'v' }]);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('drops every bucket on reset and brings the demo back on seed', async () => {
    const env = await startS3Sandbox({ seed: 'demo' });
    try {
      await env.sandbox.control.reset();
      expect((await env.s3.send(new ListBucketsCommand({}))).Buckets ?? []).toEqual([]);
      expect((await s3Error(env.s3.send(new GetBucketVersioningCommand({ Bucket: DATA })))).name).toBe('NoSuchBucket');
      await env.sandbox.control.seed('demo');
      expect((await env.s3.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name)).toEqual([LOGS, DATA]);
    } finally {
      await env.stop();
    }
  });
});
