import { describe, expect, it } from 'vitest';
import { compareRestore, currentAt, type ObjectFacts } from '../../../electron/core/areas/backups/restore-verify';
import type { ObjectVersion } from '../../../shared/domain/data';

const at = (iso: string) => Date.parse(iso);
const version = (versionId: string, lastModified: string, etag: string, size = 10): ObjectVersion => ({ versionId, isLatest: false, isDeleteMarker: false, lastModified, etag, size });
const marker = (versionId: string, lastModified: string): ObjectVersion => ({ versionId, isLatest: false, isDeleteMarker: true, lastModified });
const facts = (entries: [string, ObjectFacts][]) => new Map(entries);

describe('what the source held at the recovery point', () => {
  const byKey = new Map<string, ObjectVersion[]>([
    // Changed after the recovery point: the older version is what the backup must hold.
    ['a.csv', [version('a2', '2026-12-05T06:00:00Z', 'etag-a2'), version('a1', '2026-12-04T06:00:00Z', 'etag-a1')]],
    // Written after the recovery point: not expected.
    ['new.csv', [version('n1', '2026-12-05T06:00:00Z', 'etag-n1')]],
    // Deleted before the recovery point: not expected.
    ['gone.csv', [marker('g2', '2026-12-04T07:00:00Z'), version('g1', '2026-12-03T06:00:00Z', 'etag-g1')]],
    // Deleted after the recovery point: expected with the version current then.
    ['later-gone.csv', [marker('l2', '2026-12-05T07:00:00Z'), version('l1', '2026-12-03T06:00:00Z', 'etag-l1', 7)]],
  ]);

  it('takes each key’s version current at the recovery point’s creation, leaving out keys not there then', () => {
    const expected = currentAt(byKey, at('2026-12-05T05:00:00Z'));
    expect([...expected.keys()].sort()).toEqual(['a.csv', 'later-gone.csv']);
    expect(expected.get('a.csv')).toEqual({ etag: 'etag-a1', size: 10, versionId: 'a1' });
    expect(expected.get('later-gone.csv')).toEqual({ etag: 'etag-l1', size: 7, versionId: 'l1' });
  });
});

describe('comparing the restored copy', () => {
  const expected = facts([
    ['a.csv', { etag: 'e1', size: 10, versionId: 'v1' }],
    ['b.csv', { etag: 'e2', size: 20, versionId: 'v2' }],
    ['c.csv', { etag: 'e3', size: 30, versionId: 'v3' }],
  ]);

  it('passes when every object came back with its ETag and size, counting them', async () => {
    const restored = facts([
      ['a.csv', { etag: 'e1', size: 10 }],
      ['b.csv', { etag: 'e2', size: 20 }],
      ['c.csv', { etag: 'e3', size: 30 }],
    ]);
    expect(await compareRestore(expected, restored)).toEqual({ objectsChecked: 3, mismatches: [] });
  });

  it('names a tampered object (different ETag), a missing one and an extra one, sorted by key', async () => {
    const restored = facts([
      ['a.csv', { etag: 'tampered', size: 10 }],
      ['c.csv', { etag: 'e3', size: 30 }],
      ['zz-extra.csv', { etag: 'x', size: 1 }],
    ]);
    const { objectsChecked, mismatches } = await compareRestore(expected, restored);
    expect(objectsChecked).toBe(3);
    expect(mismatches).toEqual([
      { key: 'a.csv', problem: 'different', expected: { etag: 'e1', size: 10 }, restored: { etag: 'tampered', size: 10 } },
      { key: 'b.csv', problem: 'missing', expected: { etag: 'e2', size: 20 } },
      { key: 'zz-extra.csv', problem: 'extra', restored: { etag: 'x', size: 1 } },
    ]);
  });

  it('accepts differing ETags only when the stored checksums say the bytes are the same; a size difference always fails', async () => {
    const restored = facts([
      ['a.csv', { etag: 'kms-etag-1', size: 10 }],
      ['b.csv', { etag: 'kms-etag-2', size: 21 }],
      ['c.csv', { etag: 'kms-etag-3', size: 30 }],
    ]);
    const asked: string[] = [];
    const sameBytes = async (key: string) => {
      asked.push(key);
      return key === 'a.csv';
    };
    const { mismatches } = await compareRestore(expected, restored, sameBytes);
    expect(mismatches.map((m) => m.key)).toEqual(['b.csv', 'c.csv']);
    expect(asked).toEqual(['a.csv', 'c.csv']);
  });
});
