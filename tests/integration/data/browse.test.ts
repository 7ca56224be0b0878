import { CreateBucketCommand, ListObjectVersionsCommand, PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeleteOutcome, ObjectDetail, ObjectListing } from '../../../shared/domain/data';
import { startDataWorld, versionedBucket, type DataWorld } from './data-harness';

let world: DataWorld;

beforeEach(async () => {
  world = await startDataWorld();
  await versionedBucket(world, 'churn-data');
});

afterEach(async () => {
  await world.close();
});

describe('objects.list', () => {
  it('shows prefixes as folders and the objects beside them', async () => {
    await world.put('churn-data', 'raw/2026-12-04/customers.csv', 'a');
    await world.put('churn-data', 'raw/2026-12-05/customers.csv', 'b');
    await world.put('churn-data', 'raw/README.md', 'readme');
    await world.put('churn-data', 'raw/', '');
    await world.put('churn-data', 'code/train.py', 'print(1)');

    const root = await world.ok<ObjectListing>('objects.list', { bucket: 'churn-data', prefix: '' });
    expect(root).toMatchObject({ bucket: 'churn-data', prefix: '', folders: ['code/', 'raw/'], objects: [] });
    const raw = await world.ok<ObjectListing>('objects.list', { bucket: 'churn-data', prefix: 'raw/' });
    expect(raw.folders).toEqual(['raw/2026-12-04/', 'raw/2026-12-05/']);
    // The empty `raw/` folder object is the folder, not a file in it.
    expect(raw.objects).toEqual([
      {
        key: 'raw/README.md',
        size: 6,
        lastModified: expect.any(String),
        storageClass: 'STANDARD',
        etag: expect.stringMatching(/^[0-9a-f]{32}$/),
      },
    ]);
    expect(raw.nextToken).toBeUndefined();
  });

  it('pages 200 at a time', async () => {
    for (let n = 0; n < 230; n += 1)
      await world.put('churn-data', `raw/usage/${String(n).padStart(4, '0')}.csv`, `${n}`);
    const first = await world.ok<ObjectListing>('objects.list', { bucket: 'churn-data', prefix: 'raw/usage/' });
    expect(first.objects).toHaveLength(200);
    expect(first.nextToken).toBeDefined();
    const second = await world.ok<ObjectListing>('objects.list', {
      bucket: 'churn-data',
      prefix: 'raw/usage/',
      nextToken: first.nextToken,
    });
    expect(second.objects.map((o) => o.key)).toEqual(
      Array.from({ length: 30 }, (_, i) => `raw/usage/${String(200 + i).padStart(4, '0')}.csv`),
    );
    expect(second.nextToken).toBeUndefined();
  });
});

describe('objects.describe', () => {
  it('shows size, storage class, encryption, version, checksum, metadata and tags', async () => {
    const versionId = await world.put('churn-data', 'raw/customers.csv', 'id,churned\n1,0\n', {
      ContentType: 'text/csv',
      Metadata: { source: 'crm-export' },
      ChecksumAlgorithm: 'SHA256',
    });
    await world.s3.send(
      new PutObjectTaggingCommand({
        Bucket: 'churn-data',
        Key: 'raw/customers.csv',
        Tagging: { TagSet: [{ Key: 'pii', Value: 'no' }] },
      }),
    );
    const detail = await world.ok<ObjectDetail>('objects.describe', { bucket: 'churn-data', key: 'raw/customers.csv' });
    expect(detail).toEqual({
      bucket: 'churn-data',
      key: 'raw/customers.csv',
      size: 15,
      lastModified: expect.any(String),
      contentType: 'text/csv',
      storageClass: 'STANDARD',
      encryption: { algorithm: 'AES256' },
      versionId,
      etag: expect.stringMatching(/^[0-9a-f]{32}$/),
      checksum: { algorithm: 'SHA256', value: expect.any(String), type: 'FULL_OBJECT' },
      metadata: { source: 'crm-export' },
      tags: { pii: 'no' },
    });
  });

  it('an older version by its id', async () => {
    const first = await world.put('churn-data', 'raw/customers.csv', 'old');
    world.later();
    await world.put('churn-data', 'raw/customers.csv', 'newer content');
    const detail = await world.ok<ObjectDetail>('objects.describe', {
      bucket: 'churn-data',
      key: 'raw/customers.csv',
      versionId: first,
    });
    expect(detail).toMatchObject({ size: 3, versionId: first });
  });

  it('a deleted object says how to get it back', async () => {
    await world.put('churn-data', 'raw/customers.csv', 'x');
    await world.ok('objects.delete', { bucket: 'churn-data', key: 'raw/customers.csv' });
    const error = await world.fail('objects.describe', { bucket: 'churn-data', key: 'raw/customers.csv' });
    expect(error).toMatchObject({
      code: 'NoSuchKey',
      message: expect.stringContaining('open its versions to undelete it'),
    });
  });
});

describe('objects.delete', () => {
  it('on a versioned bucket adds a delete marker and keeps the versions', async () => {
    const kept = await world.put('churn-data', 'raw/customers.csv', 'x');
    const outcome = await world.ok<DeleteOutcome>('objects.delete', { bucket: 'churn-data', key: 'raw/customers.csv' });
    expect(outcome).toEqual({ key: 'raw/customers.csv', deleteMarker: true, versionId: expect.any(String) });
    const versions = await world.s3.send(
      new ListObjectVersionsCommand({ Bucket: 'churn-data', Prefix: 'raw/customers.csv' }),
    );
    expect(versions.DeleteMarkers?.map((d) => [d.VersionId, d.IsLatest])).toEqual([[outcome.versionId, true]]);
    expect(versions.Versions?.map((v) => v.VersionId)).toEqual([kept]);
    expect((await world.journal('objects.delete'))[0]).toMatchObject({
      target: 's3://churn-data/raw/customers.csv',
      outcome: 'success',
    });
  });

  it('on an unversioned bucket the object is gone, and the outcome says so', async () => {
    await world.s3.send(new CreateBucketCommand({ Bucket: 'scratch-space' }));
    await world.put('scratch-space', 'tmp.txt', 'x');
    const outcome = await world.ok<DeleteOutcome>('objects.delete', { bucket: 'scratch-space', key: 'tmp.txt' });
    expect(outcome).toEqual({ key: 'tmp.txt', deleteMarker: false });
    const listing = await world.ok<ObjectListing>('objects.list', { bucket: 'scratch-space', prefix: '' });
    expect(listing.objects).toEqual([]);
  });

  it('needs confirmation', async () => {
    const envelope = await world.request('objects.delete', { bucket: 'churn-data', key: 'raw/customers.csv' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired' } });
  });
});
