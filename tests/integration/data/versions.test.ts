import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ObjectVersion, RestoreOutcome } from '../../../shared/domain/data';
import { startDataWorld, versionedBucket, type DataWorld } from './data-harness';

let world: DataWorld;
const KEY = 'raw/customers.csv';

beforeEach(async () => {
  world = await startDataWorld();
  await versionedBucket(world, 'churn-data');
});

afterEach(async () => {
  await world.close();
});

async function body(key = KEY): Promise<string> {
  return (await world.s3.send(new GetObjectCommand({ Bucket: 'churn-data', Key: key }))).Body!.transformToString();
}

describe('object versions', () => {
  it("lists the key's versions and delete markers newest first, not those of longer keys", async () => {
    const v1 = await world.put('churn-data', KEY, 'one');
    world.later();
    const v2 = await world.put('churn-data', KEY, 'two!');
    world.later();
    await world.put('churn-data', `${KEY}.bak`, 'backup');
    const marker = await world.ok<{ versionId: string }>('objects.delete', { bucket: 'churn-data', key: KEY });

    const versions = await world.ok<ObjectVersion[]>('objects.versions', { bucket: 'churn-data', key: KEY });
    expect(versions).toEqual([
      { versionId: marker.versionId, isLatest: true, isDeleteMarker: true, lastModified: expect.any(String) },
      {
        versionId: v2,
        isLatest: false,
        isDeleteMarker: false,
        lastModified: expect.any(String),
        size: 4,
        etag: expect.any(String),
      },
      {
        versionId: v1,
        isLatest: false,
        isDeleteMarker: false,
        lastModified: expect.any(String),
        size: 3,
        etag: expect.any(String),
      },
    ]);
  });

  it('restores a previous version as the new latest, the history kept', async () => {
    const v1 = await world.put('churn-data', KEY, 'the good data');
    world.later();
    const v2 = await world.put('churn-data', KEY, 'a bad overwrite');
    const outcome = await world.ok<RestoreOutcome>('objects.restoreVersion', {
      bucket: 'churn-data',
      key: KEY,
      versionId: v1,
    });

    expect(await body()).toBe('the good data');
    const versions = await world.ok<ObjectVersion[]>('objects.versions', { bucket: 'churn-data', key: KEY });
    expect(versions.map((v) => v.versionId)).toEqual([outcome.versionId, v2, v1]);
    expect(versions[0]!.isLatest).toBe(true);
  });

  it('refuses to restore the latest version or a delete marker, on the version field', async () => {
    const v1 = await world.put('churn-data', KEY, 'x');
    const latest = await world.fail('objects.restoreVersion', { bucket: 'churn-data', key: KEY, versionId: v1 });
    expect(latest.fields).toEqual({ versionId: 'That version is already the latest.' });
    const marker = await world.ok<{ versionId: string }>('objects.delete', { bucket: 'churn-data', key: KEY });
    const onMarker = await world.fail('objects.restoreVersion', {
      bucket: 'churn-data',
      key: KEY,
      versionId: marker.versionId,
    });
    expect(onMarker.fields?.versionId).toMatch(/delete marker/);
  });

  it('a key with ? and spaces restores too (the copy source is URL-encoded)', async () => {
    const key = 'reports/q4 summary?final#2.csv';
    const v1 = await world.put('churn-data', key, 'first');
    world.later();
    await world.put('churn-data', key, 'second');
    await world.ok('objects.restoreVersion', { bucket: 'churn-data', key, versionId: v1 });
    expect(await body(key)).toBe('first');
  });

  it('undelete removes the delete marker, so the last version is current again', async () => {
    const v1 = await world.put('churn-data', KEY, 'still here');
    world.later();
    await world.ok('objects.delete', { bucket: 'churn-data', key: KEY });
    const outcome = await world.ok<RestoreOutcome>('objects.undelete', { bucket: 'churn-data', key: KEY });
    expect(outcome).toEqual({ key: KEY, versionId: v1 });
    expect(await body()).toBe('still here');
    const versions = await world.ok<ObjectVersion[]>('objects.versions', { bucket: 'churn-data', key: KEY });
    expect(versions.map((v) => [v.versionId, v.isDeleteMarker, v.isLatest])).toEqual([[v1, false, true]]);
  });

  it('undelete of an object that is not deleted says what to do instead', async () => {
    await world.put('churn-data', KEY, 'x');
    const error = await world.fail('objects.undelete', { bucket: 'churn-data', key: KEY });
    expect(error).toMatchObject({
      code: 'NotDeleted',
      message: expect.stringContaining('To go back to older content, restore a version.'),
    });
  });
});
