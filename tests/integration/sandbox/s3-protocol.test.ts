import { Sha256 } from '@aws-crypto/sha256-js';
import { CreateBucketCommand, HeadBucketCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Error, signedRequest, startS3Sandbox, type S3Sandbox } from './s3-harness';

/** The wire itself, as any S3 client would read it: XML, headers, statuses. */
let env: S3Sandbox;
const Bucket = 'wire-bucket';
beforeAll(async () => {
  env = await startS3Sandbox();
  await env.s3.send(new CreateBucketCommand({ Bucket }));
  await env.s3.send(new PutObjectCommand({ Bucket, Key: 'a&b<c>.txt', Body: 'hello', ContentType: 'text/plain' }));
});
afterAll(async () => {
  await env.stop();
});

describe('S3 restXml wire format', () => {
  it('answers in S3’s namespace with ISO 8601 millisecond timestamps and escaped keys', async () => {
    const answer = await signedRequest(env.sandbox, { method: 'GET', path: `/${Bucket}`, query: { 'list-type': '2' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/xml');
    expect(answer.body).toContain('<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">');
    expect(answer.body).toContain('<Key>a&amp;b&lt;c&gt;.txt</Key>');
    expect(answer.body).toContain(`<LastModified>${new Date(env.clock.now()).toISOString()}</LastModified>`);
    expect(answer.body).toMatch(/<LastModified>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z<\/LastModified>/);
  });

  it('sends object headers: RFC 1123 Last-Modified, ETag, length, SSE, request ids', async () => {
    const answer = await signedRequest(env.sandbox, { method: 'HEAD', path: `/${Bucket}/${encodeURIComponent('a&b<c>.txt')}` });
    expect(answer.status).toBe(200);
    expect(answer.headers['last-modified']).toBe(new Date(env.clock.now()).toUTCString());
    expect(answer.headers['etag']).toBe('"5d41402abc4b2a76b9719d911017c592"');
    expect(answer.headers['content-length']).toBe('5');
    expect(answer.headers['content-type']).toBe('text/plain');
    expect(answer.headers['x-amz-server-side-encryption']).toBe('AES256');
    expect(answer.headers['x-amz-request-id']).toBeTruthy();
    expect(answer.headers['x-amz-id-2']).toBeTruthy();
    expect(answer.body).toBe('');
  });

  it('refuses virtual-hosted-style requests with a pointer to path style', async () => {
    const answer = await signedRequest(env.sandbox, { method: 'GET', path: '/', headers: { host: `${Bucket}.localhost:${env.sandbox.port}` } });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('<Code>InvalidRequest</Code>');
    expect(answer.body).toContain('forcePathStyle');
  });

  it('answers subresources the sandbox does not serve with NotImplemented (501), never a listing', async () => {
    const answer = await signedRequest(env.sandbox, { method: 'GET', path: `/${Bucket}`, query: { website: '' } });
    expect(answer.status).toBe(501);
    expect(answer.body).toContain('<Code>NotImplemented</Code>');
  });

  it('answers a method a resource does not support with MethodNotAllowed (405)', async () => {
    const answer = await signedRequest(env.sandbox, { method: 'POST', path: `/${Bucket}/a-key` });
    expect(answer.status).toBe(405);
    expect(answer.body).toContain('<Code>MethodNotAllowed</Code>');
    expect(answer.body).toContain('<ResourceType>OBJECT</ResourceType>');
  });

  it('writes an empty location constraint for us-east-1', async () => {
    const answer = await signedRequest(env.sandbox, { method: 'GET', path: `/${Bucket}`, query: { location: '' } });
    expect(answer.body).toContain('<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"></LocationConstraint>');
  });

  it('serves a presigned GET URL (what a "copy link" hands out)', async () => {
    const signer = new SignatureV4({ service: 's3', region: 'us-east-1', credentials: env.sandbox.credentials, sha256: Sha256, uriEscapePath: false });
    const key = encodeURIComponent('a&b<c>.txt');
    const presigned = await signer.presign(
      { method: 'GET', protocol: 'http:', hostname: '127.0.0.1', port: env.sandbox.port, path: `/${Bucket}/${key}`, query: {}, headers: { host: `127.0.0.1:${env.sandbox.port}`, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } },
      { expiresIn: 300 },
    );
    const query = new URLSearchParams(presigned.query as Record<string, string>).toString();
    const response = await fetch(`http://127.0.0.1:${env.sandbox.port}${presigned.path}?${query}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('hello');
    expect(response.headers.get('content-type')).toBe('text/plain');
  });

  it('writes ACL grantees with their xsi:type attribute', async () => {
    const answer = await signedRequest(env.sandbox, { method: 'GET', path: `/${Bucket}`, query: { acl: '' } });
    expect(answer.body).toContain('<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>');
    expect(answer.body).toContain('<Permission>FULL_CONTROL</Permission>');
  });

  it("answers an injected throttle with S3's SlowDown (503), which the SDK retries", async () => {
    env.sandbox.control.addFault({ operation: 's3:HeadBucket', kind: 'throttle', count: 1 });
    try {
      const once = await s3Error(env.s3.send(new HeadBucketCommand({ Bucket })));
      expect(once.$metadata.httpStatusCode).toBe(503);
      env.sandbox.control.addFault({ operation: 's3:ListObjectsV2', kind: 'throttle', count: 1 });
      const raw = await signedRequest(env.sandbox, { method: 'GET', path: `/${Bucket}`, query: { 'list-type': '2' } });
      expect(raw.status).toBe(503);
      expect(raw.body).toContain('<Code>SlowDown</Code>');
      // With retries (the default), one throttled attempt is invisible to the caller.
      env.sandbox.control.addFault({ operation: 's3:ListObjectsV2', kind: 'throttle', count: 1 });
      const retrying = new S3Client({ endpoint: env.sandbox.endpoint, region: 'us-east-1', credentials: env.sandbox.credentials, forcePathStyle: true, maxAttempts: 3 });
      expect((await retrying.send(new ListObjectsV2Command({ Bucket }))).KeyCount).toBe(1);
      retrying.destroy();
    } finally {
      env.sandbox.control.clearFaults();
    }
  });
});
