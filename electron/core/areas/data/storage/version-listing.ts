import { ListObjectVersionsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ObjectVersion } from '../../../../../shared/domain/data';
import { unquote } from './object-listing';
import { s3Call } from './s3-errors';

export interface VersionsUnder {
  /** Each key's versions and delete markers, newest first. */
  byKey: Map<string, ObjectVersion[]>;
  /** More keys than `maxKeys` exist under the prefix; `byKey` holds only the first ones. */
  truncated: boolean;
}

const time = (v: ObjectVersion) => Date.parse(v.lastModified);

/**
 * S3 lists a key's versions and its delete markers newest first, but the SDK hands them over as
 * two lists: merge them back, the latest first where S3's whole-second times tie.
 */
function merge(versions: ObjectVersion[], markers: ObjectVersion[]): ObjectVersion[] {
  const merged: ObjectVersion[] = [];
  let v = 0;
  let m = 0;
  while (v < versions.length || m < markers.length) {
    const a = versions[v];
    const b = markers[m];
    const takeVersion = !b || (a !== undefined && (time(a) > time(b) || (time(a) === time(b) && !b.isLatest)));
    merged.push(takeVersion ? a! : b);
    if (takeVersion) v += 1;
    else m += 1;
  }
  return merged;
}

/**
 * Every version and delete marker under `prefix` (ListObjectVersions, all pages), grouped by key.
 * `onlyKey` stops at the first page past that key: S3 lists keys in order, and a key sorts before
 * every longer key it prefixes.
 */
export async function versionsUnder(
  s3: S3Client,
  bucket: string,
  prefix: string,
  options: { maxKeys: number; onlyKey?: string },
  signal: AbortSignal,
): Promise<VersionsUnder> {
  const versions = new Map<string, ObjectVersion[]>();
  const markers = new Map<string, ObjectVersion[]>();
  const add = (into: Map<string, ObjectVersion[]>, key: string, entry: ObjectVersion) => {
    if (options.onlyKey !== undefined && key !== options.onlyKey) return;
    if (!versions.has(key) && !markers.has(key)) {
      versions.set(key, []);
      markers.set(key, []);
    }
    into.get(key)!.push(entry);
  };
  let keyMarker: string | undefined;
  let versionIdMarker: string | undefined;
  let truncated = false;
  for (;;) {
    const page = await s3Call(bucket, 'ListObjectVersions', 'list object versions', () =>
      s3.send(
        new ListObjectVersionsCommand({
          Bucket: bucket,
          Prefix: prefix,
          ...(keyMarker ? { KeyMarker: keyMarker } : {}),
          ...(versionIdMarker ? { VersionIdMarker: versionIdMarker } : {}),
        }),
        { abortSignal: signal },
      ),
    );
    for (const v of page.Versions ?? []) {
      if (!v.Key || !v.VersionId) continue;
      add(versions, v.Key, {
        versionId: v.VersionId,
        isLatest: v.IsLatest === true,
        isDeleteMarker: false,
        lastModified: (v.LastModified ?? new Date(0)).toISOString(),
        ...(v.Size !== undefined ? { size: v.Size } : {}),
        ...(v.ETag ? { etag: unquote(v.ETag)! } : {}),
      });
    }
    for (const d of page.DeleteMarkers ?? []) {
      if (!d.Key || !d.VersionId) continue;
      add(markers, d.Key, {
        versionId: d.VersionId,
        isLatest: d.IsLatest === true,
        isDeleteMarker: true,
        lastModified: (d.LastModified ?? new Date(0)).toISOString(),
      });
    }
    const lastKey = page.NextKeyMarker;
    if (versions.size > options.maxKeys) {
      truncated = true;
      break;
    }
    if (!page.IsTruncated || !lastKey) break;
    if (options.onlyKey !== undefined && lastKey > options.onlyKey) break;
    keyMarker = lastKey;
    versionIdMarker = page.NextVersionIdMarker;
  }
  const byKey = new Map<string, ObjectVersion[]>();
  for (const key of [...versions.keys()].sort().slice(0, options.maxKeys))
    byKey.set(key, merge(versions.get(key)!, markers.get(key)!));
  return { byKey, truncated };
}
