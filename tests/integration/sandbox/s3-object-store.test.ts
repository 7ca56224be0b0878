import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, PutBucketEncryptionCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { createS3Module } from '../../../electron/sandbox/services/s3';
import type { SandboxBus, ServiceModuleFactory } from '../../../electron/sandbox/types';
import { startTestSandbox, type TestSandbox } from './support';

/** A module standing in for SageMaker: it only keeps the bus, to write and read as a job would. */
let bus: SandboxBus | undefined;
const busProbe: ServiceModuleFactory = (env) => {
  bus = env.bus;
  return { services: [] };
};

let env: TestSandbox;
afterEach(async () => {
  await env.stop();
});

describe('S3 object store on the sandbox bus', () => {
  it("lets another module write an object that clients then read, with the bucket's default encryption", async () => {
    env = await startTestSandbox({ modules: [createS3Module, busProbe] });
    const s3 = new S3Client({ ...env.config, maxAttempts: 1 });
    await s3.send(new CreateBucketCommand({ Bucket: 'artifacts' }));
    await s3.send(
      new PutBucketEncryptionCommand({
        Bucket: 'artifacts',
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/models' } }] },
      }),
    );
    const where = { accountId: env.sandbox.accountId, region: 'us-east-1' };
    const archive = Buffer.from('model bytes');
    expect(bus?.objects?.put(where, 'artifacts', 'models/job-1/output/model.tar.gz', archive, 'application/x-tar')).toBe(true);

    const got = await s3.send(new GetObjectCommand({ Bucket: 'artifacts', Key: 'models/job-1/output/model.tar.gz' }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(archive)).toBe(true);
    expect(got.ContentType).toBe('application/x-tar');
    expect(got.ServerSideEncryption).toBe('aws:kms');
    expect(got.LastModified?.getTime()).toBe(Math.floor(env.clock.now() / 1000) * 1000);

    const head = await s3.send(new HeadObjectCommand({ Bucket: 'artifacts', Key: 'models/job-1/output/model.tar.gz' }));
    expect(bus?.objects?.head(where, 'artifacts', 'models/job-1/output/model.tar.gz')).toEqual({ size: archive.length, etag: head.ETag });
    s3.destroy();
  });

  it("refuses buckets that do not exist or belong to another account or region", async () => {
    env = await startTestSandbox({ modules: [createS3Module, busProbe] });
    const s3 = new S3Client({ ...env.config, maxAttempts: 1 });
    await s3.send(new CreateBucketCommand({ Bucket: 'mine' }));
    const body = Buffer.from('x');
    expect(bus?.objects?.put({ accountId: env.sandbox.accountId, region: 'us-east-1' }, 'missing-bucket', 'k', body)).toBe(false);
    expect(bus?.objects?.put({ accountId: '999999999999', region: 'us-east-1' }, 'mine', 'k', body)).toBe(false);
    expect(bus?.objects?.put({ accountId: env.sandbox.accountId, region: 'eu-west-1' }, 'mine', 'k', body)).toBe(false);
    expect(bus?.objects?.head({ accountId: env.sandbox.accountId, region: 'us-east-1' }, 'mine', 'k')).toBeUndefined();
    s3.destroy();
  });
});
