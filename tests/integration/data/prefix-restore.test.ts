import {
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrillReport, PrefixRestoreReport } from '../../../shared/domain/data';
import { startDataWorld, versionedBucket, type DataWorld } from './data-harness';

let world: DataWorld;
const BUCKET = 'churn-data';

beforeEach(async () => {
  world = await startDataWorld();
  await versionedBucket(world, BUCKET);
});

afterEach(async () => {
  await world.close();
});

async function read(key: string): Promise<string | undefined> {
  try {
    return await (await world.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToString();
  } catch (error) {
    if ((error as Error).name === 'NoSuchKey') return undefined;
    throw error;
  }
}

async function keys(prefix: string): Promise<string[]> {
  return ((await world.s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }))).Contents ?? []).map(
    (o) => o.Key!,
  );
}

/**
 * raw/ as it was at `asOf`: a.csv "a1", b.csv "b1", gone.csv "g1". Since then a.csv was
 * overwritten, gone.csv deleted, new.csv added; b.csv and the other prefix's file kept.
 */
async function dayOfChanges(): Promise<string> {
  await world.put(BUCKET, 'raw/a.csv', 'a1');
  await world.put(BUCKET, 'raw/b.csv', 'b1');
  await world.put(BUCKET, 'raw/gone.csv', 'g1');
  await world.put(BUCKET, 'other/x.csv', 'x1');
  world.later();
  const asOf = new Date(world.clock.now()).toISOString();
  world.later();
  await world.put(BUCKET, 'raw/a.csv', 'a2 overwritten');
  await world.ok('objects.delete', { bucket: BUCKET, key: 'raw/gone.csv' });
  await world.put(BUCKET, 'raw/new.csv', 'new');
  await world.put(BUCKET, 'other/x.csv', 'x2');
  return asOf;
}

describe('prefixes.restore', () => {
  it('puts every key under the prefix back as it was at the chosen time, and nothing outside it', async () => {
    const asOf = await dayOfChanges();
    const report = await world.ok<PrefixRestoreReport>('prefixes.restore', { bucket: BUCKET, prefix: 'raw/', asOf });

    expect(report).toEqual({ bucket: BUCKET, prefix: 'raw/', asOf, restored: 2, unchanged: 1, removed: 1, failed: [] });
    expect(await read('raw/a.csv')).toBe('a1');
    expect(await read('raw/b.csv')).toBe('b1');
    expect(await read('raw/gone.csv')).toBe('g1');
    expect(await read('raw/new.csv')).toBeUndefined();
    expect(await read('other/x.csv')).toBe('x2');
    expect(await keys('raw/')).toEqual(['raw/a.csv', 'raw/b.csv', 'raw/gone.csv']);

    // Run again: already as it was.
    const again = await world.ok<PrefixRestoreReport>('prefixes.restore', { bucket: BUCKET, prefix: 'raw/', asOf });
    expect(again).toMatchObject({ restored: 0, unchanged: 4, removed: 0 });
  });

  it('reports a key that could not be restored and restores the others', async () => {
    const asOf = await dayOfChanges();
    world.sandbox.control.addFault({ operation: 's3:DeleteObject', kind: 'accessDenied' });
    const report = await world.ok<PrefixRestoreReport>('prefixes.restore', { bucket: BUCKET, prefix: 'raw/', asOf });
    expect(report).toMatchObject({
      restored: 2,
      unchanged: 1,
      removed: 0,
      failed: [{ key: 'raw/new.csv', message: expect.any(String) }],
    });
    expect(await read('raw/new.csv')).toBe('new');
  });

  it('refuses an unversioned bucket, saying why', async () => {
    await world.s3.send(new CreateBucketCommand({ Bucket: 'plain-bucket' }));
    const error = await world.fail('prefixes.restore', {
      bucket: 'plain-bucket',
      prefix: '',
      asOf: new Date(world.clock.now()).toISOString(),
    });
    expect(error).toMatchObject({
      code: 'VersioningRequired',
      message: expect.stringContaining('plain-bucket is not versioned'),
    });
  });

  it('needs confirmation', async () => {
    const envelope = await world.request('prefixes.restore', {
      bucket: BUCKET,
      prefix: 'raw/',
      asOf: '2026-12-05T09:00:00Z',
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired' } });
  });
});

describe('prefixes.drill', () => {
  it('restores the prefix as of the time into the scratch prefix and verifies every checksum', async () => {
    const asOf = await dayOfChanges();
    const report = await world.ok<DrillReport>('prefixes.drill', {
      bucket: BUCKET,
      prefix: 'raw/',
      asOf,
      scratchPrefix: 'drills/raw/',
    });

    expect(report).toMatchObject({
      objects: 3,
      verified: 3,
      mismatched: [],
      unverifiable: [],
      failed: [],
      passed: true,
      scratchPrefix: 'drills/raw/',
    });
    expect(await keys('drills/')).toEqual(['drills/raw/a.csv', 'drills/raw/b.csv', 'drills/raw/gone.csv']);
    expect(await read('drills/raw/a.csv')).toBe('a1');
    expect(await read('drills/raw/gone.csv')).toBe('g1');
    // The live prefix is untouched.
    expect(await read('raw/a.csv')).toBe('a2 overwritten');
    expect(await read('raw/gone.csv')).toBeUndefined();
  });

  it('a multipart version with only a composite checksum is reported unverifiable, not verified', async () => {
    const upload = await world.s3.send(
      new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: 'raw/big.parquet', ChecksumAlgorithm: 'SHA256' }),
    );
    const part = await world.s3.send(
      new UploadPartCommand({
        Bucket: BUCKET,
        Key: 'raw/big.parquet',
        UploadId: upload.UploadId,
        PartNumber: 1,
        Body: 'parquet bytes',
        ChecksumAlgorithm: 'SHA256',
      }),
    );
    await world.s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: BUCKET,
        Key: 'raw/big.parquet',
        UploadId: upload.UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag, ChecksumSHA256: part.ChecksumSHA256 }] },
      }),
    );
    await world.put(BUCKET, 'raw/small.csv', 'small');
    world.later();
    const report = await world.ok<DrillReport>('prefixes.drill', {
      bucket: BUCKET,
      prefix: 'raw/',
      asOf: new Date(world.clock.now()).toISOString(),
      scratchPrefix: 'drills/',
    });
    expect(report).toMatchObject({
      objects: 2,
      verified: 1,
      unverifiable: ['raw/big.parquet'],
      mismatched: [],
      passed: true,
    });
  });

  it('refuses a scratch prefix inside the restored prefix, or holding it, on the field', async () => {
    const asOf = new Date(world.clock.now()).toISOString();
    const inside = await world.fail('prefixes.drill', {
      bucket: BUCKET,
      prefix: 'raw/',
      asOf,
      scratchPrefix: 'raw/drill/',
    });
    expect(inside.fields?.scratchPrefix).toMatch(/must lie outside raw\//);
    const around = await world.fail('prefixes.drill', {
      bucket: BUCKET,
      prefix: 'raw/2026/',
      asOf,
      scratchPrefix: 'raw/',
    });
    expect(around.fields?.scratchPrefix).toMatch(/would overwrite live objects/);
    expect(world.sandboxCounters()['s3:CopyObject']).toBeUndefined();
  });

  it('an empty prefix at that time does not pass: nothing was proven', async () => {
    const asOf = new Date(world.clock.now() - 3_600_000).toISOString();
    await world.put(BUCKET, 'raw/a.csv', 'later');
    const report = await world.ok<DrillReport>('prefixes.drill', {
      bucket: BUCKET,
      prefix: 'raw/',
      asOf,
      scratchPrefix: 'drills/',
    });
    expect(report).toMatchObject({ objects: 0, passed: false });
  });
});
