import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  DeleteObjectTaggingCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
} from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { s3Error, signedRequest, startS3Sandbox, type S3Sandbox } from './s3-harness';

let env: S3Sandbox;
const Bucket = 'objects-bucket';
beforeEach(async () => {
  env = await startS3Sandbox();
  await env.s3.send(new CreateBucketCommand({ Bucket }));
});
afterEach(async () => {
  await env.stop();
});

const md5 = (text: string) => `"${createHash('md5').update(text).digest('hex')}"`;
const read = async (Key: string, extra: Record<string, unknown> = {}) => {
  const got = await env.s3.send(new GetObjectCommand({ Bucket, Key, ...extra }));
  return { ...got, text: await got.Body!.transformToString() };
};

describe('S3 PutObject / GetObject / HeadObject', () => {
  it('stores bytes, content type, user metadata and representation headers and returns them', async () => {
    const put = await env.s3.send(
      new PutObjectCommand({
        Bucket,
        Key: 'reports/q1 summary.txt',
        Body: 'quarterly numbers',
        ContentType: 'text/plain',
        CacheControl: 'max-age=60',
        ContentDisposition: 'attachment; filename="q1.txt"',
        Metadata: { owner: 'ml-team', Stage: 'raw' },
      }),
    );
    expect(put.ETag).toBe(md5('quarterly numbers'));
    expect(put.VersionId).toBeUndefined();
    expect(put.ServerSideEncryption).toBe('AES256');

    const got = await read('reports/q1 summary.txt');
    expect(got.text).toBe('quarterly numbers');
    expect(got.ContentType).toBe('text/plain');
    expect(got.CacheControl).toBe('max-age=60');
    expect(got.ContentDisposition).toBe('attachment; filename="q1.txt"');
    expect(got.Metadata).toEqual({ owner: 'ml-team', stage: 'raw' });
    expect(got.ContentLength).toBe(17);
    expect(got.LastModified?.getTime()).toBe(Math.floor(env.clock.now() / 1000) * 1000);

    const head = await env.s3.send(new HeadObjectCommand({ Bucket, Key: 'reports/q1 summary.txt' }));
    expect(head.ContentLength).toBe(17);
    expect(head.ETag).toBe(md5('quarterly numbers'));
  });

  it('keeps keys with odd characters and binary bodies intact', async () => {
    const Key = 'odd/ä+plus & amp?q=1#frag%20 /x';
    await env.s3.send(new PutObjectCommand({ Bucket, Key, Body: new Uint8Array([0, 1, 2, 255]) }));
    const got = await env.s3.send(new GetObjectCommand({ Bucket, Key }));
    expect([...(await got.Body!.transformToByteArray())]).toEqual([0, 1, 2, 255]);
  });

  it('defaults the content type to binary/octet-stream when the upload names none', async () => {
    // The SDK always sends a content type, so this upload goes out by hand.
    const put = await signedRequest(env.sandbox, { method: 'PUT', path: `/${Bucket}/untyped`, body: 'raw' });
    expect(put.status).toBe(200);
    expect(put.headers.etag).toBe(md5('raw'));
    expect((await env.s3.send(new HeadObjectCommand({ Bucket, Key: 'untyped' }))).ContentType).toBe('binary/octet-stream');
  });

  it('returns and verifies the CRC32 checksum the SDK sends by default, and SHA256 when asked', async () => {
    const put = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'crc.txt', Body: 'checksum me' }));
    expect(put.ChecksumCRC32).toBeTruthy();
    const got = await env.s3.send(new GetObjectCommand({ Bucket, Key: 'crc.txt', ChecksumMode: 'ENABLED' }));
    expect(got.ChecksumCRC32).toBe(put.ChecksumCRC32);
    const sha = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'sha.txt', Body: 'abc', ChecksumAlgorithm: 'SHA256' }));
    expect(sha.ChecksumSHA256).toBe(createHash('sha256').update('abc').digest('base64'));
  });

  it.each(['CRC32C', 'CRC64NVME', 'SHA1'] as const)('accepts the %s checksum the SDK computes and returns it on GET', async (ChecksumAlgorithm) => {
    const Body = 'the quick brown fox jumps over the lazy dog '.repeat(100);
    const member = `Checksum${ChecksumAlgorithm}` as const;
    const put = await env.s3.send(new PutObjectCommand({ Bucket, Key: `alg-${ChecksumAlgorithm}`, Body, ChecksumAlgorithm }));
    expect(put[member]).toBeTruthy();
    const got = await env.s3.send(new GetObjectCommand({ Bucket, Key: `alg-${ChecksumAlgorithm}`, ChecksumMode: 'ENABLED' }));
    expect(got[member]).toBe(put[member]);
    expect(await got.Body!.transformToString()).toBe(Body);
  });

  it('refuses a body whose checksum or Content-MD5 does not match (BadDigest)', async () => {
    const crc = await s3Error(env.s3.send(new PutObjectCommand({ Bucket, Key: 'bad.txt', Body: 'data', ChecksumCRC32: 'AAAAAA==' })));
    expect(crc.name).toBe('BadDigest');
    expect(crc.$metadata.httpStatusCode).toBe(400);
    const md5Mismatch = await s3Error(
      env.s3.send(new PutObjectCommand({ Bucket, Key: 'bad.txt', Body: 'data', ContentMD5: createHash('md5').update('other').digest('base64') })),
    );
    expect(md5Mismatch.name).toBe('BadDigest');
    expect((await s3Error(env.s3.send(new HeadObjectCommand({ Bucket, Key: 'bad.txt' })))).$metadata.httpStatusCode).toBe(404);
  });

  it('accepts a streamed upload whose CRC32 arrives as an aws-chunked trailer', async () => {
    const data = Buffer.alloc(200_000, 'abc');
    const put = await env.s3.send(
      new PutObjectCommand({ Bucket, Key: 'streamed.bin', Body: Readable.from([data.subarray(0, 70_000), data.subarray(70_000)]), ContentLength: data.length }),
    );
    expect(put.ChecksumCRC32).toBeTruthy();
    const got = await env.s3.send(new GetObjectCommand({ Bucket, Key: 'streamed.bin', ChecksumMode: 'ENABLED' }));
    expect(got.ChecksumCRC32).toBe(put.ChecksumCRC32);
    expect(got.ContentEncoding).toBeUndefined();
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(data)).toBe(true);
  });

  it('refuses an aws-chunked upload whose trailing checksum does not match (BadDigest)', async () => {
    const answer = await signedRequest(env.sandbox, {
      method: 'PUT',
      path: `/${Bucket}/trailer.txt`,
      headers: {
        'content-encoding': 'aws-chunked',
        'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
        'x-amz-trailer': 'x-amz-checksum-crc32',
        'x-amz-decoded-content-length': '5',
      },
      body: '5\r\nhello\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n',
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('<Code>BadDigest</Code>');
  });

  it('serves byte ranges with 206 and Content-Range, and InvalidRange (416) past the end', async () => {
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'digits', Body: '0123456789' }));
    const middle = await read('digits', { Range: 'bytes=2-5' });
    expect(middle.text).toBe('2345');
    expect(middle.ContentRange).toBe('bytes 2-5/10');
    expect(middle.$metadata.httpStatusCode).toBe(206);
    expect((await read('digits', { Range: 'bytes=-3' })).text).toBe('789');
    expect((await read('digits', { Range: 'bytes=7-' })).text).toBe('789');
    const past = await s3Error(env.s3.send(new GetObjectCommand({ Bucket, Key: 'digits', Range: 'bytes=20-30' })));
    expect(past.name).toBe('InvalidRange');
    expect(past.$metadata.httpStatusCode).toBe(416);
  });

  it('honours If-None-Match (304), If-Match (412) and If-Modified-Since', async () => {
    const put = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'cond.txt', Body: 'v1' }));
    const notModified = await s3Error(env.s3.send(new GetObjectCommand({ Bucket, Key: 'cond.txt', IfNoneMatch: put.ETag })));
    expect(notModified.$metadata.httpStatusCode).toBe(304);
    expect(notModified.$response?.headers.etag).toBe(put.ETag);
    const failed = await s3Error(env.s3.send(new GetObjectCommand({ Bucket, Key: 'cond.txt', IfMatch: '"0000"' })));
    expect(failed.name).toBe('PreconditionFailed');
    expect(failed.$metadata.httpStatusCode).toBe(412);
    expect((await read('cond.txt', { IfMatch: put.ETag })).text).toBe('v1');
    const since = new Date(env.clock.now() + 60_000);
    expect((await s3Error(env.s3.send(new GetObjectCommand({ Bucket, Key: 'cond.txt', IfModifiedSince: since })))).$metadata.httpStatusCode).toBe(304);
  });

  it('refuses to overwrite with If-None-Match: * (conditional write)', async () => {
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'once.txt', Body: 'first', IfNoneMatch: '*' }));
    const error = await s3Error(env.s3.send(new PutObjectCommand({ Bucket, Key: 'once.txt', Body: 'second', IfNoneMatch: '*' })));
    expect(error.$metadata.httpStatusCode).toBe(412);
    expect((await read('once.txt')).text).toBe('first');
  });

  it('answers a missing key with NoSuchKey (404) carrying the key, and HEAD with a bodiless 404', async () => {
    const error = await s3Error(env.s3.send(new GetObjectCommand({ Bucket, Key: 'missing/file.csv' })));
    expect(error.name).toBe('NoSuchKey');
    expect(error.message).toBe('The specified key does not exist.');
    expect(error.$metadata.httpStatusCode).toBe(404);
    const raw = await signedRequest(env.sandbox, { method: 'GET', path: `/${Bucket}/missing/file.csv` });
    expect(raw.body).toMatch(/<Error><Code>NoSuchKey<\/Code><Message>The specified key does not exist.<\/Message><Key>missing\/file.csv<\/Key><RequestId>[^<]+<\/RequestId>/);
    expect(raw.headers['x-amz-request-id']).toBeTruthy();
    const head = await signedRequest(env.sandbox, { method: 'HEAD', path: `/${Bucket}/missing/file.csv` });
    expect(head.status).toBe(404);
    expect(head.body).toBe('');
  });

  it('keeps the storage class label, and refuses unknown classes and metadata over 2 KB', async () => {
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'cold.csv', Body: 'x', StorageClass: 'STANDARD_IA' }));
    expect((await env.s3.send(new HeadObjectCommand({ Bucket, Key: 'cold.csv' }))).StorageClass).toBe('STANDARD_IA');
    const badClass = await s3Error(env.s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x', StorageClass: 'WARM' as never })));
    expect(badClass.name).toBe('InvalidStorageClass');
    const tooMuch = await s3Error(env.s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x', Metadata: { big: 'm'.repeat(2100) } })));
    expect(tooMuch.name).toBe('MetadataTooLarge');
  });

  it('answers a missing bucket with NoSuchBucket', async () => {
    const error = await s3Error(env.s3.send(new PutObjectCommand({ Bucket: 'no-such-bucket-here', Key: 'k', Body: 'x' })));
    expect(error.name).toBe('NoSuchBucket');
    expect(error.$metadata.httpStatusCode).toBe(404);
  });
});

describe('S3 versioned objects', () => {
  beforeEach(async () => {
    await env.s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  });

  it('keeps every version, reads any by id, and hides the key behind a delete marker', async () => {
    const v1 = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'data.csv', Body: 'one' }));
    env.clock.advance(1000);
    const v2 = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'data.csv', Body: 'two' }));
    expect(v1.VersionId).toBeTruthy();
    expect(v2.VersionId).not.toBe(v1.VersionId);
    expect((await read('data.csv')).text).toBe('two');
    expect((await read('data.csv', { VersionId: v1.VersionId })).text).toBe('one');
    expect((await read('data.csv')).VersionId).toBe(v2.VersionId);

    const deleted = await env.s3.send(new DeleteObjectCommand({ Bucket, Key: 'data.csv' }));
    expect(deleted.DeleteMarker).toBe(true);
    expect(deleted.VersionId).toBeTruthy();
    const hidden = await s3Error(env.s3.send(new GetObjectCommand({ Bucket, Key: 'data.csv' })));
    expect(hidden.name).toBe('NoSuchKey');
    expect(hidden.$response?.headers['x-amz-delete-marker']).toBe('true');
    expect((await read('data.csv', { VersionId: v1.VersionId })).text).toBe('one');

    const onMarker = await s3Error(env.s3.send(new GetObjectCommand({ Bucket, Key: 'data.csv', VersionId: deleted.VersionId })));
    expect(onMarker.$metadata.httpStatusCode).toBe(405);

    // Deleting the marker by id brings the object back.
    const undelete = await env.s3.send(new DeleteObjectCommand({ Bucket, Key: 'data.csv', VersionId: deleted.VersionId }));
    expect(undelete.DeleteMarker).toBe(true);
    expect((await read('data.csv')).text).toBe('two');

    // Deleting a version by id removes it for good.
    await env.s3.send(new DeleteObjectCommand({ Bucket, Key: 'data.csv', VersionId: v2.VersionId }));
    expect((await read('data.csv')).text).toBe('one');
    const noVersion = await s3Error(env.s3.send(new GetObjectCommand({ Bucket, Key: 'data.csv', VersionId: v2.VersionId })));
    expect(noVersion.name).toBe('NoSuchVersion');
    expect(noVersion.$metadata.httpStatusCode).toBe(404);
  });

  it("writes 'null' versions while suspended, replacing the previous null version", async () => {
    const kept = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'versioned' }));
    await env.s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Suspended' } }));
    const first = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'null-1' }));
    expect(first.VersionId).toBe('null');
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'null-2' }));
    expect((await read('k', { VersionId: 'null' })).text).toBe('null-2');
    expect((await read('k', { VersionId: kept.VersionId })).text).toBe('versioned');
  });
});

describe('S3 DeleteObjects', () => {
  it('deletes a batch and reports each key, or nothing in Quiet mode', async () => {
    for (const Key of ['a', 'b', 'c']) await env.s3.send(new PutObjectCommand({ Bucket, Key, Body: Key }));
    const result = await env.s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: [{ Key: 'a' }, { Key: 'b' }, { Key: 'never-existed' }] } }));
    expect(result.Deleted?.map((d) => d.Key).sort()).toEqual(['a', 'b', 'never-existed']);
    expect(result.Errors).toBeUndefined();
    const quiet = await env.s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: [{ Key: 'c' }], Quiet: true } }));
    expect(quiet.Deleted).toBeUndefined();
    expect((await s3Error(env.s3.send(new HeadObjectCommand({ Bucket, Key: 'c' })))).$metadata.httpStatusCode).toBe(404);
  });

  it('creates delete markers in a versioned bucket', async () => {
    await env.s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'v', Body: 'x' }));
    const result = await env.s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: [{ Key: 'v' }] } }));
    expect(result.Deleted?.[0]?.DeleteMarker).toBe(true);
    expect(result.Deleted?.[0]?.DeleteMarkerVersionId).toBeTruthy();
  });
});

describe('S3 CopyObject', () => {
  it('copies metadata by default, replaces it with REPLACE, and copies a chosen source version', async () => {
    await env.s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    const v1 = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'src.json', Body: '{"v":1}', ContentType: 'application/json', Metadata: { origin: 'a' } }));
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'src.json', Body: '{"v":2}', ContentType: 'application/json', Metadata: { origin: 'b' } }));

    const copied = await env.s3.send(new CopyObjectCommand({ Bucket, Key: 'copy.json', CopySource: `${Bucket}/src.json` }));
    expect(copied.CopyObjectResult?.ETag).toBe(md5('{"v":2}'));
    expect(copied.VersionId).toBeTruthy();
    const copy = await read('copy.json');
    expect(copy.text).toBe('{"v":2}');
    expect(copy.Metadata).toEqual({ origin: 'b' });
    expect(copy.ContentType).toBe('application/json');

    const old = await env.s3.send(
      new CopyObjectCommand({
        Bucket,
        Key: 'old copy.json',
        CopySource: `${Bucket}/src.json?versionId=${v1.VersionId}`,
        MetadataDirective: 'REPLACE',
        ContentType: 'text/plain',
        Metadata: { replaced: 'yes' },
      }),
    );
    expect(old.CopySourceVersionId).toBe(v1.VersionId);
    const oldCopy = await read('old copy.json');
    expect(oldCopy.text).toBe('{"v":1}');
    expect(oldCopy.Metadata).toEqual({ replaced: 'yes' });
    expect(oldCopy.ContentType).toBe('text/plain');
  });

  it('refuses copying an object onto itself unchanged, and a missing source', async () => {
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'self', Body: 'x' }));
    const self = await s3Error(env.s3.send(new CopyObjectCommand({ Bucket, Key: 'self', CopySource: `${Bucket}/self` })));
    expect(self.name).toBe('InvalidRequest');
    const missing = await s3Error(env.s3.send(new CopyObjectCommand({ Bucket, Key: 'dst', CopySource: `${Bucket}/nope` })));
    expect(missing.name).toBe('NoSuchKey');
  });
});

describe('S3 object tags', () => {
  it('sets tags on upload, replaces and deletes them, and counts them on GET', async () => {
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'tagged', Body: 'x', Tagging: 'stage=raw&team=ml' }));
    expect((await env.s3.send(new GetObjectTaggingCommand({ Bucket, Key: 'tagged' }))).TagSet).toEqual([
      { Key: 'stage', Value: 'raw' },
      { Key: 'team', Value: 'ml' },
    ]);
    expect((await read('tagged')).TagCount).toBe(2);
    await env.s3.send(new PutObjectTaggingCommand({ Bucket, Key: 'tagged', Tagging: { TagSet: [{ Key: 'stage', Value: 'processed' }] } }));
    expect((await env.s3.send(new GetObjectTaggingCommand({ Bucket, Key: 'tagged' }))).TagSet).toEqual([{ Key: 'stage', Value: 'processed' }]);
    await env.s3.send(new DeleteObjectTaggingCommand({ Bucket, Key: 'tagged' }));
    expect((await env.s3.send(new GetObjectTaggingCommand({ Bucket, Key: 'tagged' }))).TagSet).toEqual([]);
  });
});
