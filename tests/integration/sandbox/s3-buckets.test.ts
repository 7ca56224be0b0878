import {
  CreateBucketCommand,
  DeleteBucketCommand,
  GetBucketLocationCommand,
  HeadBucketCommand,
  ListBucketsCommand,
  PutObjectCommand,
  DeleteObjectCommand,
} from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { s3Error, signedRequest, startS3Sandbox, type S3Sandbox } from './s3-harness';

let env: S3Sandbox;
beforeEach(async () => {
  env = await startS3Sandbox();
});
afterEach(async () => {
  await env.stop();
});

describe('S3 buckets', () => {
  it('creates buckets and lists them sorted, with region and creation time from the clock', async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: 'zeta-bucket' }));
    await env.s3.send(new CreateBucketCommand({ Bucket: 'alpha-bucket' }));
    const listed = await env.s3.send(new ListBucketsCommand({}));
    expect(listed.Buckets?.map((b) => b.Name)).toEqual(['alpha-bucket', 'zeta-bucket']);
    expect(listed.Buckets?.[0]?.BucketRegion).toBe('us-east-1');
    expect(listed.Buckets?.[0]?.CreationDate?.getTime()).toBe(env.clock.now());
    expect(listed.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
  });

  it('pages ListBuckets with MaxBuckets and a continuation token, and filters by prefix', async () => {
    for (const name of ['data-a', 'data-b', 'data-c', 'logs-a']) await env.s3.send(new CreateBucketCommand({ Bucket: name }));
    const first = await env.s3.send(new ListBucketsCommand({ MaxBuckets: 2 }));
    expect(first.Buckets?.map((b) => b.Name)).toEqual(['data-a', 'data-b']);
    expect(first.ContinuationToken).toBeTruthy();
    const second = await env.s3.send(new ListBucketsCommand({ MaxBuckets: 2, ContinuationToken: first.ContinuationToken }));
    expect(second.Buckets?.map((b) => b.Name)).toEqual(['data-c', 'logs-a']);
    expect(second.ContinuationToken).toBeUndefined();
    const logs = await env.s3.send(new ListBucketsCommand({ Prefix: 'logs-' }));
    expect(logs.Buckets?.map((b) => b.Name)).toEqual(['logs-a']);
  });

  it.each([
    ['ab'],
    ['a'.repeat(64)],
    ['Upper-Case'],
    ['-leading-hyphen'],
    ['double..dots'],
    ['192.168.5.4'],
    ['xn--reserved'],
    ['name-s3alias'],
  ])('rejects the bucket name %s with InvalidBucketName', async (name) => {
    const error = await s3Error(env.s3.send(new CreateBucketCommand({ Bucket: name })));
    expect(error.name).toBe('InvalidBucketName');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.BucketName).toBe(name);
  });

  it('answers 200 for re-creating your own us-east-1 bucket there, BucketAlreadyOwnedByYou (409) elsewhere', async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: 'twice' }));
    const again = await env.s3.send(new CreateBucketCommand({ Bucket: 'twice' }));
    expect(again.$metadata.httpStatusCode).toBe(200);
    const eu = env.clientFor('eu-west-1');
    await eu.send(new CreateBucketCommand({ Bucket: 'twice-eu', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    const error = await s3Error(eu.send(new CreateBucketCommand({ Bucket: 'twice-eu', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } })));
    expect(error.name).toBe('BucketAlreadyOwnedByYou');
    expect(error.$metadata.httpStatusCode).toBe(409);
  });

  it('places a bucket in the region of its LocationConstraint and reports it', async () => {
    const eu = env.clientFor('eu-west-1');
    await eu.send(new CreateBucketCommand({ Bucket: 'eu-data', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    expect((await env.s3.send(new GetBucketLocationCommand({ Bucket: 'eu-data' }))).LocationConstraint).toBe('eu-west-1');
    await env.s3.send(new CreateBucketCommand({ Bucket: 'us-data' }));
    expect((await env.s3.send(new GetBucketLocationCommand({ Bucket: 'us-data' }))).LocationConstraint).toBeUndefined();
    expect((await eu.send(new HeadBucketCommand({ Bucket: 'eu-data' }))).BucketRegion).toBe('eu-west-1');
  });

  it('refuses a LocationConstraint that does not match the endpoint region', async () => {
    const west = env.clientFor('us-west-2');
    // The SDK fills in its own region as the constraint, so the bare request goes out by hand.
    const missing = await signedRequest(env.sandbox, { method: 'PUT', path: '/no-constraint', region: 'us-west-2' });
    expect(missing.status).toBe(400);
    expect(missing.body).toContain('<Code>IllegalLocationConstraintException</Code>');
    const wrong = await s3Error(west.send(new CreateBucketCommand({ Bucket: 'wrong', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } })));
    expect(wrong.name).toBe('IllegalLocationConstraintException');
    const useast = await s3Error(env.s3.send(new CreateBucketCommand({ Bucket: 'explicit', CreateBucketConfiguration: { LocationConstraint: 'us-east-1' as never } })));
    expect(useast.name).toBe('InvalidLocationConstraint');
  });

  it('redirects (301, x-amz-bucket-region) a request signed for another region than the bucket', async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: 'home-east' }));
    const error = await s3Error(env.clientFor('eu-west-1').send(new HeadBucketCommand({ Bucket: 'home-east' })));
    expect(error.$metadata.httpStatusCode).toBe(301);
    expect(error.$response?.headers['x-amz-bucket-region']).toBe('us-east-1');
  });

  it('answers HeadBucket on a missing bucket with a bodiless 404 (NotFound)', async () => {
    const error = await s3Error(env.s3.send(new HeadBucketCommand({ Bucket: 'does-not-exist' })));
    expect(error.name).toBe('NotFound');
    expect(error.$metadata.httpStatusCode).toBe(404);
  });

  it('deletes only empty buckets (BucketNotEmpty 409), then NoSuchBucket', async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: 'to-delete' }));
    await env.s3.send(new PutObjectCommand({ Bucket: 'to-delete', Key: 'file.txt', Body: 'x' }));
    const notEmpty = await s3Error(env.s3.send(new DeleteBucketCommand({ Bucket: 'to-delete' })));
    expect(notEmpty.name).toBe('BucketNotEmpty');
    expect(notEmpty.$metadata.httpStatusCode).toBe(409);
    await env.s3.send(new DeleteObjectCommand({ Bucket: 'to-delete', Key: 'file.txt' }));
    const deleted = await env.s3.send(new DeleteBucketCommand({ Bucket: 'to-delete' }));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    const gone = await s3Error(env.s3.send(new GetBucketLocationCommand({ Bucket: 'to-delete' })));
    expect(gone.name).toBe('NoSuchBucket');
    expect(gone.$metadata.httpStatusCode).toBe(404);
    expect(gone.BucketName).toBe('to-delete');
  });
});
