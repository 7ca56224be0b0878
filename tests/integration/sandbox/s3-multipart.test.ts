import { createHash } from 'node:crypto';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListPartsCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  UploadPartCommand,
  UploadPartCopyCommand,
} from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { s3Error, startS3Sandbox, type S3Sandbox } from './s3-harness';

let env: S3Sandbox;
const Bucket = 'multipart-bucket';
const MiB = 1024 * 1024;
beforeEach(async () => {
  env = await startS3Sandbox();
  await env.s3.send(new CreateBucketCommand({ Bucket }));
});
afterEach(async () => {
  await env.stop();
});

const filled = (size: number, byte: number) => Buffer.alloc(size, byte);
const md5 = (data: Buffer) => createHash('md5').update(data).digest();

async function uploadParts(Key: string, UploadId: string, bodies: Buffer[]) {
  const parts = [];
  for (const [i, Body] of bodies.entries()) {
    const { ETag, ChecksumCRC32 } = await env.s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: i + 1, Body }));
    parts.push({ PartNumber: i + 1, ETag, ChecksumCRC32 });
  }
  return parts;
}

describe('S3 multipart upload', () => {
  it('assembles parts in order with the md5-of-md5s ETag, and lists parts and uploads on the way', async () => {
    await env.s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    const Key = 'models/big.tar.gz';
    const created = await env.s3.send(new CreateMultipartUploadCommand({ Bucket, Key, ContentType: 'application/x-tar', Metadata: { job: 'churn-xgb-7' } }));
    const UploadId = created.UploadId!;
    expect(created.Key).toBe(Key);

    const bodies = [filled(5 * MiB, 1), filled(5 * MiB, 2), filled(1234, 3)];
    const parts = await uploadParts(Key, UploadId, bodies);

    const uploads = await env.s3.send(new ListMultipartUploadsCommand({ Bucket }));
    expect(uploads.Uploads?.map((u) => [u.Key, u.UploadId])).toEqual([[Key, UploadId]]);
    const listed = await env.s3.send(new ListPartsCommand({ Bucket, Key, UploadId, MaxParts: 2 }));
    expect(listed.Parts?.map((p) => [p.PartNumber, p.Size])).toEqual([
      [1, 5 * MiB],
      [2, 5 * MiB],
    ]);
    expect(listed.IsTruncated).toBe(true);
    const rest = await env.s3.send(new ListPartsCommand({ Bucket, Key, UploadId, PartNumberMarker: listed.NextPartNumberMarker }));
    expect(rest.Parts?.map((p) => p.PartNumber)).toEqual([3]);

    const done = await env.s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: parts } }));
    const expectedEtag = `"${createHash('md5').update(Buffer.concat(bodies.map(md5))).digest('hex')}-3"`;
    expect(done.ETag).toBe(expectedEtag);
    expect(done.VersionId).toBeTruthy();

    const got = await env.s3.send(new GetObjectCommand({ Bucket, Key }));
    const bytes = Buffer.from(await got.Body!.transformToByteArray());
    expect(bytes.equals(Buffer.concat(bodies))).toBe(true);
    expect(got.ContentType).toBe('application/x-tar');
    expect(got.Metadata).toEqual({ job: 'churn-xgb-7' });
    expect(got.ETag).toBe(expectedEtag);

    const part2 = await env.s3.send(new HeadObjectCommand({ Bucket, Key, PartNumber: 2 }));
    expect(part2.PartsCount).toBe(3);
    expect(part2.ContentLength).toBe(5 * MiB);
    expect((await env.s3.send(new ListMultipartUploadsCommand({ Bucket }))).Uploads).toBeUndefined();
  });

  it('stores a composite checksum when the upload asks for CRC32', async () => {
    const Key = 'checked.bin';
    const { UploadId } = await env.s3.send(new CreateMultipartUploadCommand({ Bucket, Key, ChecksumAlgorithm: 'CRC32' }));
    const parts = await uploadParts(Key, UploadId!, [filled(5 * MiB, 7), filled(10, 8)]);
    expect(parts.every((p) => p.ChecksumCRC32)).toBe(true);
    const done = await env.s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: parts } }));
    expect(done.ChecksumCRC32).toMatch(/^[A-Za-z0-9+/]{6}==-2$/);
    expect(done.ChecksumType).toBe('COMPOSITE');
  });

  it('refuses parts below 5 MiB except the last (EntityTooSmall)', async () => {
    const Key = 'small-parts';
    const { UploadId } = await env.s3.send(new CreateMultipartUploadCommand({ Bucket, Key }));
    const parts = await uploadParts(Key, UploadId!, [filled(1024, 1), filled(1024, 2)]);
    const error = await s3Error(env.s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: parts } })));
    expect(error.name).toBe('EntityTooSmall');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('refuses parts out of order (InvalidPartOrder) and unknown parts or ETags (InvalidPart)', async () => {
    const Key = 'ordering';
    const { UploadId } = await env.s3.send(new CreateMultipartUploadCommand({ Bucket, Key }));
    const parts = await uploadParts(Key, UploadId!, [filled(5 * MiB, 1), filled(100, 2)]);
    const reversed = await s3Error(env.s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: [...parts].reverse() } })));
    expect(reversed.name).toBe('InvalidPartOrder');
    const wrongEtag = await s3Error(
      env.s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"0123"' }] } })),
    );
    expect(wrongEtag.name).toBe('InvalidPart');
    const missing = await s3Error(
      env.s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 9, ETag: parts[0]!.ETag }] } })),
    );
    expect(missing.name).toBe('InvalidPart');
  });

  it('aborts an upload, after which it is NoSuchUpload (404)', async () => {
    const Key = 'aborted';
    const { UploadId } = await env.s3.send(new CreateMultipartUploadCommand({ Bucket, Key }));
    await uploadParts(Key, UploadId!, [filled(10, 1)]);
    const aborted = await env.s3.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId }));
    expect(aborted.$metadata.httpStatusCode).toBe(204);
    const error = await s3Error(env.s3.send(new ListPartsCommand({ Bucket, Key, UploadId })));
    expect(error.name).toBe('NoSuchUpload');
    expect(error.$metadata.httpStatusCode).toBe(404);
    const upload = await s3Error(env.s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 2, Body: 'x' })));
    expect(upload.name).toBe('NoSuchUpload');
  });

  it('builds parts from ranges of an existing object (UploadPartCopy)', async () => {
    const source = Buffer.concat([filled(5 * MiB, 4), filled(300, 5)]);
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'source.bin', Body: source }));
    const Key = 'assembled.bin';
    const { UploadId } = await env.s3.send(new CreateMultipartUploadCommand({ Bucket, Key }));
    const first = await env.s3.send(
      new UploadPartCopyCommand({ Bucket, Key, UploadId, PartNumber: 1, CopySource: `${Bucket}/source.bin`, CopySourceRange: `bytes=0-${5 * MiB - 1}` }),
    );
    const second = await env.s3.send(new UploadPartCopyCommand({ Bucket, Key, UploadId, PartNumber: 2, CopySource: `${Bucket}/source.bin` }));
    expect(first.CopyPartResult?.ETag).toBe(`"${md5(filled(5 * MiB, 4)).toString('hex')}"`);
    await env.s3.send(
      new CompleteMultipartUploadCommand({
        Bucket,
        Key,
        UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: first.CopyPartResult!.ETag }, { PartNumber: 2, ETag: second.CopyPartResult!.ETag }] },
      }),
    );
    const got = await env.s3.send(new GetObjectCommand({ Bucket, Key }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(Buffer.concat([filled(5 * MiB, 4), source]))).toBe(true);
  });

  it('refuses part numbers outside 1..10000', async () => {
    const Key = 'numbers';
    const { UploadId } = await env.s3.send(new CreateMultipartUploadCommand({ Bucket, Key }));
    const error = await s3Error(env.s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 10001, Body: 'x' })));
    expect(error.name).toBe('InvalidArgument');
  });
});
