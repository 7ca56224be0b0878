import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  ListPartsCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { s3Error, startS3Sandbox, type S3Sandbox } from './s3-harness';

/** What versions and restore rely on: history, restore by copy, undelete, checksums that can be re-verified. */

let env: S3Sandbox;
const Bucket = 'restore-bucket';
const MINUTE = 60_000;
const text = async (Key: string, VersionId?: string) => (await env.s3.send(new GetObjectCommand({ Bucket, Key, VersionId }))).Body?.transformToString();

beforeEach(async () => {
  env = await startS3Sandbox();
  await env.s3.send(new CreateBucketCommand({ Bucket }));
  await env.s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
});
afterEach(async () => {
  await env.stop();
});

describe('S3 restore of a previous version', () => {
  it('copies an old version over the latest, keeping the whole history and the same checksum', async () => {
    const v1 = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'raw/a.csv', Body: 'good data' }));
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'raw/a.csv', Body: 'bad overwrite' }));

    const restored = await env.s3.send(new CopyObjectCommand({ Bucket, Key: 'raw/a.csv', CopySource: `${Bucket}/raw/a.csv?versionId=${encodeURIComponent(v1.VersionId ?? '')}` }));
    expect(restored.CopySourceVersionId).toBe(v1.VersionId);
    expect(restored.VersionId).not.toBe(v1.VersionId);
    expect(await text('raw/a.csv')).toBe('good data');
    expect(restored.CopyObjectResult?.ChecksumCRC32).toBe(v1.ChecksumCRC32);

    const { Versions } = await env.s3.send(new ListObjectVersionsCommand({ Bucket, Prefix: 'raw/a.csv' }));
    expect(Versions?.map((v) => [v.VersionId === restored.VersionId, v.IsLatest])).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ]);
    expect(await text('raw/a.csv', v1.VersionId)).toBe('good data');
  });

  it('answers NoSuchVersion (404) for a copy source version that does not exist', async () => {
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x' }));
    const error = await s3Error(env.s3.send(new CopyObjectCommand({ Bucket, Key: 'k', CopySource: `${Bucket}/k?versionId=nope` })));
    expect(error.name).toBe('NoSuchVersion');
    expect(error.$metadata.httpStatusCode).toBe(404);
  });
});

describe('S3 delete and undelete on a versioned bucket', () => {
  it('hides a key behind a delete marker, and removing the marker by its version id brings the key back', async () => {
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'raw/b.csv', Body: 'keep me' }));
    const deleted = await env.s3.send(new DeleteObjectCommand({ Bucket, Key: 'raw/b.csv' }));
    expect(deleted.DeleteMarker).toBe(true);
    expect(deleted.VersionId).toBeTruthy();
    expect((await s3Error(env.s3.send(new HeadObjectCommand({ Bucket, Key: 'raw/b.csv' })))).$metadata.httpStatusCode).toBe(404);
    expect((await env.s3.send(new ListObjectsV2Command({ Bucket, Prefix: 'raw/' }))).KeyCount).toBe(0);
    const listed = await env.s3.send(new ListObjectVersionsCommand({ Bucket, Prefix: 'raw/' }));
    expect(listed.DeleteMarkers).toEqual([expect.objectContaining({ Key: 'raw/b.csv', VersionId: deleted.VersionId, IsLatest: true })]);

    const undeleted = await env.s3.send(new DeleteObjectCommand({ Bucket, Key: 'raw/b.csv', VersionId: deleted.VersionId }));
    expect(undeleted).toMatchObject({ DeleteMarker: true, VersionId: deleted.VersionId });
    expect(await text('raw/b.csv')).toBe('keep me');
    expect((await env.s3.send(new ListObjectVersionsCommand({ Bucket, Prefix: 'raw/' }))).DeleteMarkers).toBeUndefined();
  });

  it('deletes for good in a bucket that never had versioning (no marker)', async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: 'plain-bucket' }));
    await env.s3.send(new PutObjectCommand({ Bucket: 'plain-bucket', Key: 'k', Body: 'x' }));
    const deleted = await env.s3.send(new DeleteObjectCommand({ Bucket: 'plain-bucket', Key: 'k' }));
    expect(deleted.DeleteMarker).toBeUndefined();
    expect((await env.s3.send(new ListObjectVersionsCommand({ Bucket: 'plain-bucket' }))).Versions).toBeUndefined();
  });
});

describe('S3 versions as of a point in time', () => {
  it('dates each version so a prefix can be read back as it was at a chosen time', async () => {
    const early = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'raw/2026-01-05/a.csv', Body: 'a1' }));
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'raw/2026-01-05/b.csv', Body: 'b1' }));
    env.clock.advance(10 * MINUTE);
    const cutoff = env.clock.now();
    env.clock.advance(10 * MINUTE);
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'raw/2026-01-05/a.csv', Body: 'a2' }));
    await env.s3.send(new DeleteObjectCommand({ Bucket, Key: 'raw/2026-01-05/b.csv' }));
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'raw/2026-01-05/c.csv', Body: 'c2' }));

    const listed = await env.s3.send(new ListObjectVersionsCommand({ Bucket, Prefix: 'raw/2026-01-05/' }));
    const entries = [...(listed.Versions ?? []).map((v) => ({ ...v, marker: false })), ...(listed.DeleteMarkers ?? []).map((m) => ({ ...m, marker: true }))];
    const asOf = new Map<string, { VersionId?: string; marker: boolean }>();
    for (const entry of entries.filter((e) => (e.LastModified?.getTime() ?? 0) <= cutoff).sort((a, b) => (a.LastModified?.getTime() ?? 0) - (b.LastModified?.getTime() ?? 0))) {
      asOf.set(entry.Key ?? '', entry);
    }
    expect([...asOf.keys()].sort()).toEqual(['raw/2026-01-05/a.csv', 'raw/2026-01-05/b.csv']);
    expect(asOf.get('raw/2026-01-05/a.csv')?.VersionId).toBe(early.VersionId);
    expect(await text('raw/2026-01-05/a.csv', asOf.get('raw/2026-01-05/a.csv')?.VersionId)).toBe('a1');
  });
});

describe('S3 checksums that a restore drill can re-verify', () => {
  it("gives an object uploaded without any checksum S3's default CRC64NVME, reported with checksum mode", async () => {
    const plain = env.clientWith({ requestChecksumCalculation: 'WHEN_REQUIRED' });
    const put = await plain.send(new PutObjectCommand({ Bucket, Key: 'plain.txt', Body: 'no checksum sent' }));
    expect(put.ChecksumType).toBe('FULL_OBJECT');
    expect(put.ChecksumCRC64NVME).toMatch(/^[A-Za-z0-9+/]{11}=$/);
    const head = await env.s3.send(new HeadObjectCommand({ Bucket, Key: 'plain.txt', ChecksumMode: 'ENABLED' }));
    expect(head.ChecksumCRC64NVME).toBe(put.ChecksumCRC64NVME);
    const other = await plain.send(new PutObjectCommand({ Bucket, Key: 'other.txt', Body: 'different bytes' }));
    expect(other.ChecksumCRC64NVME).not.toBe(put.ChecksumCRC64NVME);
  });

  it('keeps each version its own tags, read by version id', async () => {
    const v1 = await env.s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'one', Tagging: 'stage=raw' }));
    await env.s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'two' }));
    await env.s3.send(new PutObjectTaggingCommand({ Bucket, Key: 'k', Tagging: { TagSet: [{ Key: 'stage', Value: 'clean' }] } }));
    expect((await env.s3.send(new GetObjectTaggingCommand({ Bucket, Key: 'k', VersionId: v1.VersionId }))).TagSet).toEqual([{ Key: 'stage', Value: 'raw' }]);
    expect((await env.s3.send(new GetObjectTaggingCommand({ Bucket, Key: 'k' }))).TagSet).toEqual([{ Key: 'stage', Value: 'clean' }]);
  });
});

describe('S3 multipart as @aws-sdk/lib-storage sends it', () => {
  const Key = 'upload/big.bin';
  const part1 = Buffer.alloc(5 * 1024 * 1024, 9);
  const part2 = Buffer.from('tail');

  it('refuses a part whose x-amz-checksum-crc32 does not match (BadDigest); the retried part completes the upload', async () => {
    const { UploadId } = await env.s3.send(new CreateMultipartUploadCommand({ Bucket, Key, ChecksumAlgorithm: 'CRC32' }));
    const first = await env.s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 1, Body: part1, ChecksumAlgorithm: 'CRC32' }));
    const corrupted = await s3Error(env.s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 2, Body: part2, ChecksumCRC32: first.ChecksumCRC32 })));
    expect(corrupted.name).toBe('BadDigest');
    expect(corrupted.$metadata.httpStatusCode).toBe(400);
    expect((await env.s3.send(new ListPartsCommand({ Bucket, Key, UploadId }))).Parts?.map((p) => p.PartNumber)).toEqual([1]);

    const retried = await env.s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 2, Body: part2, ChecksumAlgorithm: 'CRC32' }));
    const done = await env.s3.send(
      new CompleteMultipartUploadCommand({
        Bucket,
        Key,
        UploadId,
        MultipartUpload: {
          Parts: [
            { PartNumber: 1, ETag: first.ETag, ChecksumCRC32: first.ChecksumCRC32 },
            { PartNumber: 2, ETag: retried.ETag, ChecksumCRC32: retried.ChecksumCRC32 },
          ],
        },
      }),
    );
    expect(done.ChecksumType).toBe('COMPOSITE');
    expect(done.ChecksumCRC32).toMatch(/-2$/);
    expect((await env.s3.send(new HeadObjectCommand({ Bucket, Key }))).ContentLength).toBe(part1.length + part2.length);
  });

  it('refuses a completion whose claimed part checksum differs from the stored part (InvalidPart)', async () => {
    const { UploadId } = await env.s3.send(new CreateMultipartUploadCommand({ Bucket, Key, ChecksumAlgorithm: 'CRC32' }));
    const first = await env.s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 1, Body: part1, ChecksumAlgorithm: 'CRC32' }));
    const second = await env.s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 2, Body: part2, ChecksumAlgorithm: 'CRC32' }));
    const error = await s3Error(
      env.s3.send(
        new CompleteMultipartUploadCommand({
          Bucket,
          Key,
          UploadId,
          MultipartUpload: {
            Parts: [
              { PartNumber: 1, ETag: first.ETag, ChecksumCRC32: second.ChecksumCRC32 },
              { PartNumber: 2, ETag: second.ETag, ChecksumCRC32: second.ChecksumCRC32 },
            ],
          },
        }),
      ),
    );
    expect(error.name).toBe('InvalidPart');
  });

  it('cancels: an aborted upload leaves no object and no parts (NoSuchUpload)', async () => {
    const { UploadId } = await env.s3.send(new CreateMultipartUploadCommand({ Bucket, Key, ChecksumAlgorithm: 'CRC32' }));
    await env.s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 1, Body: part1, ChecksumAlgorithm: 'CRC32' }));
    await env.s3.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId }));
    expect((await s3Error(env.s3.send(new ListPartsCommand({ Bucket, Key, UploadId })))).name).toBe('NoSuchUpload');
    expect((await s3Error(env.s3.send(new HeadObjectCommand({ Bucket, Key })))).$metadata.httpStatusCode).toBe(404);
  });
});
