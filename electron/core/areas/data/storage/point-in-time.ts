import type { ObjectVersion } from '../../../../../shared/domain/data';

/** What a prefix restore does to one key to make it as it was at `asOf`. */
export type KeyPlan =
  | { key: string; action: 'unchanged' }
  /** Did not exist at `asOf` but does now: hide it behind a delete marker. */
  | { key: string; action: 'remove' }
  /** Copy this version over the latest (also brings back a key deleted since). */
  | { key: string; action: 'restore'; versionId: string };

/** The version current at `asOf`: the newest written at or before it (a delete marker means the key was deleted then). */
export function versionAt(versions: ObjectVersion[], asOf: number): ObjectVersion | undefined {
  return versions.find((v) => Date.parse(v.lastModified) <= asOf);
}

/**
 * The same version, or one with the same bytes (same ETag and size: a copy an earlier restore made,
 * or the same file uploaded again), so a second restore to the same time changes nothing.
 */
function sameContent(a: ObjectVersion, b: ObjectVersion): boolean {
  return a.versionId === b.versionId || (a.etag !== undefined && a.etag === b.etag && a.size === b.size);
}

/** One key's plan from its versions (newest first). Pure. */
export function planKey(key: string, versions: ObjectVersion[], asOf: number): KeyPlan {
  const then = versionAt(versions, asOf);
  const now = versions[0];
  const existsNow = now !== undefined && !now.isDeleteMarker;
  if (!then || then.isDeleteMarker) return existsNow ? { key, action: 'remove' } : { key, action: 'unchanged' };
  if (existsNow && sameContent(now, then)) return { key, action: 'unchanged' };
  return { key, action: 'restore', versionId: then.versionId };
}
