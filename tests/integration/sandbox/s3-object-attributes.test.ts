import {
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectAttributesCommand,
  HeadObjectCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  UploadPartCommand,
  type ChecksumAlgorithm,
  type ObjectAttributes,
} from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { s3Error, signedRequest, startS3Sandbox, type S3Sandbox } from './s3-harness';

let env: S3Sandbox;
const Bucket = 'attributes-bucket';
const ALL: ObjectAttributes[] = ['ETag', 'Checksum', 'ObjectParts', 'StorageClass', 'ObjectSize'];
const MiB = 1024 * 1024;

beforeEach(async () => {
  env = await startS3Sandbox();
  await env.s3.send(new CreateBucketCommand({ Bucket }));
});
afterEach(async () => {
  await env.stop();
});

/** Three parts (5 MiB, 5 MiB, 1 KiB) uploaded as the SDK uploads them, with or without a checksum algorithm. */
async function multipart(Key: string, ChecksumAlgorithm?: ChecksumAlgorithm) {
  const { UploadId } = await env.s3.send(new CreateMultipartUploadCommand({ Bucket, Key, ChecksumAlgorithm }));
  const bodies = [Buffer.alloc(5 * MiB, 1), Buffer.alloc(5 * MiB, 2), Buffer.alloc(1024, 3)];
  const parts = [];
  for (const [i, Body] of bodies.entries()) {
    const part = await env.s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: i + 1, Body, ChecksumAlgorithm }));
    parts.push({ PartNumber: i + 1, ETag: part.ETag, ChecksumCRC32: part.ChecksumCRC32 });
  }
  return env.s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: parts } }));
}

describe('S3 GetObjectAttributes', () => {
  it('answers a single-part object with its unquoted ETag, checksum, storage class and size, and no parts', async () => {
    const put = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'data.csv', Body: 'a,b\n1,2\n', StorageClass: 'STANDARD_IA' }));
    const attributes = await env.s3.send(new GetObjectAttributesCommand({ Bucket, Key: 'data.csv', ObjectAttributes: ALL }));
    expect(attributes.ETag).toBe(put.ETag?.replace(/"/g, ''));
    expect(attributes.Checksum).toEqual({ ChecksumCRC32: put.ChecksumCRC32, ChecksumType: 'FULL_OBJECT' });
    expect(attributes.ObjectParts).toBeUndefined();
    expect(attributes.StorageClass).toBe('STANDARD_IA');
    expect(attributes.ObjectSize).toBe(8);
    expect(attributes.LastModified).toBeInstanceOf(Date);
  });

  it('answers only the attributes asked for', async () => {
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'data.csv', Body: 'abc' }));
    const attributes = await env.s3.send(new GetObjectAttributesCommand({ Bucket, Key: 'data.csv', ObjectAttributes: ['ObjectSize'] }));
    expect(attributes.ObjectSize).toBe(3);
    expect(attributes.ETag).toBeUndefined();
    expect(attributes.Checksum).toBeUndefined();
    expect(attributes.StorageClass).toBeUndefined();
  });

  it('lists the parts of a composite-checksum upload with their sizes and checksums, page by page', async () => {
    const done = await multipart('big.bin', 'CRC32');
    const first = await env.s3.send(new GetObjectAttributesCommand({ Bucket, Key: 'big.bin', ObjectAttributes: ALL, MaxParts: 2 }));
    expect(first.ETag).toBe(done.ETag?.replace(/"/g, ''));
    expect(first.ETag).toMatch(/-3$/);
    expect(first.Checksum?.ChecksumType).toBe('COMPOSITE');
    // The part count travels separately; the checksum itself carries no -3.
    expect(first.Checksum?.ChecksumCRC32).toBe(done.ChecksumCRC32?.replace(/-3$/, ''));
    expect(first.ObjectParts).toMatchObject({ TotalPartsCount: 3, MaxParts: 2, IsTruncated: true, NextPartNumberMarker: '2' });
    expect(first.ObjectParts?.Parts?.map((p) => [p.PartNumber, p.Size])).toEqual([
      [1, 5 * MiB],
      [2, 5 * MiB],
    ]);
    expect(first.ObjectParts?.Parts?.every((p) => typeof p.ChecksumCRC32 === 'string')).toBe(true);

    const rest = await env.s3.send(
      new GetObjectAttributesCommand({ Bucket, Key: 'big.bin', ObjectAttributes: ['ObjectParts'], MaxParts: 2, PartNumberMarker: first.ObjectParts?.NextPartNumberMarker }),
    );
    expect(rest.ObjectParts).toMatchObject({ TotalPartsCount: 3, IsTruncated: false, Parts: [{ PartNumber: 3, Size: 1024 }] });
  });

  it("counts the parts of an upload made without a checksum algorithm, which gets S3's full-object CRC64NVME", async () => {
    const plain = env.clientWith({ requestChecksumCalculation: 'WHEN_REQUIRED' });
    const { UploadId } = await plain.send(new CreateMultipartUploadCommand({ Bucket, Key: 'plain.bin' }));
    const part = await plain.send(new UploadPartCommand({ Bucket, Key: 'plain.bin', UploadId, PartNumber: 1, Body: Buffer.from('only part') }));
    const done = await plain.send(new CompleteMultipartUploadCommand({ Bucket, Key: 'plain.bin', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] } }));
    expect(done.ChecksumType).toBe('FULL_OBJECT');
    expect(done.ChecksumCRC64NVME).toMatch(/^[A-Za-z0-9+/]{11}=$/);
    const attributes = await env.s3.send(new GetObjectAttributesCommand({ Bucket, Key: 'plain.bin', ObjectAttributes: ALL }));
    expect(attributes.ObjectParts).toEqual({ TotalPartsCount: 1 });
    expect(attributes.Checksum).toEqual({ ChecksumCRC64NVME: done.ChecksumCRC64NVME, ChecksumType: 'FULL_OBJECT' });
  });

  it('reads a chosen version, and answers for a key hidden by a delete marker as GetObject does', async () => {
    await env.s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    const v1 = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'first' }));
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'second!' }));
    const old = await env.s3.send(new GetObjectAttributesCommand({ Bucket, Key: 'k', VersionId: v1.VersionId, ObjectAttributes: ['ObjectSize'] }));
    expect(old).toMatchObject({ ObjectSize: 5, VersionId: v1.VersionId });

    const marker = await env.s3.send(new DeleteObjectCommand({ Bucket, Key: 'k' }));
    const hidden = await s3Error(env.s3.send(new GetObjectAttributesCommand({ Bucket, Key: 'k', ObjectAttributes: ['ObjectSize'] })));
    expect(hidden.name).toBe('NoSuchKey');
    expect(hidden.$response?.headers['x-amz-delete-marker']).toBe('true');
    const byMarker = await s3Error(env.s3.send(new GetObjectAttributesCommand({ Bucket, Key: 'k', VersionId: marker.VersionId, ObjectAttributes: ['ObjectSize'] })));
    expect(byMarker.$metadata.httpStatusCode).toBe(405);
  });

  it('refuses a missing header (InvalidRequest), an unknown or wrongly cased name (InvalidArgument), and a missing key', async () => {
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'data.csv', Body: 'abc' }));
    const none = await signedRequest(env.sandbox, { method: 'GET', path: `/${Bucket}/data.csv`, query: { attributes: '' } });
    expect(none.status).toBe(400);
    expect(none.body).toContain('<Code>InvalidRequest</Code>');
    expect(none.body).toContain('The x-amz-object-attributes header specifying the attributes to be retrieved is either missing or empty');

    const cased = await signedRequest(env.sandbox, { method: 'GET', path: `/${Bucket}/data.csv`, query: { attributes: '' }, headers: { 'x-amz-object-attributes': 'ObjectSize,etag' } });
    expect(cased.status).toBe(400);
    expect(cased.body).toContain('<Code>InvalidArgument</Code>');
    expect(cased.body).toContain('<Message>Invalid attribute name specified.</Message>');
    expect(cased.body).toContain('<ArgumentValue>etag</ArgumentValue>');

    const missing = await s3Error(env.s3.send(new GetObjectAttributesCommand({ Bucket, Key: 'nope.csv', ObjectAttributes: ['ETag'] })));
    expect(missing.name).toBe('NoSuchKey');
    expect(missing.$metadata.httpStatusCode).toBe(404);
  });

  it('agrees with HeadObject on size and checksum for the same object', async () => {
    await multipart('agree.bin', 'CRC32');
    const head = await env.s3.send(new HeadObjectCommand({ Bucket, Key: 'agree.bin', ChecksumMode: 'ENABLED' }));
    const attributes = await env.s3.send(new GetObjectAttributesCommand({ Bucket, Key: 'agree.bin', ObjectAttributes: ALL }));
    expect(attributes.ObjectSize).toBe(head.ContentLength);
    expect(`${attributes.Checksum?.ChecksumCRC32}-${attributes.ObjectParts?.TotalPartsCount}`).toBe(head.ChecksumCRC32);
  });
});
