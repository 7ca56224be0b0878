import { describe, expect, it } from 'vitest';
import { planKey } from '../../../electron/core/areas/data/storage/point-in-time';
import type { ObjectVersion } from '../../../shared/domain/data';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 9, minute)).toISOString();
const version = (id: string, minute: number, etag = id, latest = false): ObjectVersion => ({
  versionId: id,
  isLatest: latest,
  isDeleteMarker: false,
  lastModified: at(minute),
  size: 1,
  etag,
});
const marker = (id: string, minute: number, latest = false): ObjectVersion => ({
  versionId: id,
  isLatest: latest,
  isDeleteMarker: true,
  lastModified: at(minute),
});
const asOf = Date.parse(at(30));

describe('planKey', () => {
  it('copies the version current then over a later overwrite', () => {
    expect(planKey('k', [version('v2', 40, 'e2', true), version('v1', 10)], asOf)).toEqual({
      key: 'k',
      action: 'restore',
      versionId: 'v1',
    });
  });

  it('brings back a key deleted since', () => {
    expect(planKey('k', [marker('m', 40, true), version('v1', 10)], asOf)).toEqual({
      key: 'k',
      action: 'restore',
      versionId: 'v1',
    });
  });

  it('hides a key created since, or one deleted at the time but written again', () => {
    expect(planKey('k', [version('v1', 40, 'e', true)], asOf)).toEqual({ key: 'k', action: 'remove' });
    expect(planKey('k', [version('v2', 40, 'e2', true), marker('m', 20), version('v1', 10)], asOf)).toEqual({
      key: 'k',
      action: 'remove',
    });
  });

  it('leaves alone what is as it was: the same version, the same bytes copied back, or absent both then and now', () => {
    expect(planKey('k', [version('v1', 10, 'e1', true)], asOf)).toEqual({ key: 'k', action: 'unchanged' });
    expect(
      planKey('k', [version('copy', 50, 'e1', true), version('v2', 40, 'e2'), version('v1', 10, 'e1')], asOf),
    ).toEqual({ key: 'k', action: 'unchanged' });
    expect(planKey('k', [marker('m2', 45, true), version('v2', 40)], asOf)).toEqual({ key: 'k', action: 'unchanged' });
  });

  it('counts a version written exactly at the time as current then', () => {
    expect(planKey('k', [version('v2', 30, 'e2', true), version('v1', 10)], asOf)).toEqual({
      key: 'k',
      action: 'unchanged',
    });
  });
});
