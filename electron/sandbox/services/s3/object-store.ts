import type { ObjectStore } from '../../types';
import type { S3Env } from './context';
import { defaultChecksum } from './checksums';
import { applyLifecycle } from './lifecycle';
import { DEFAULT_CONTENT_TYPE } from './object-write';
import type { ObjectVersion } from './state';
import { addVersion, latestVersion, quotedMd5, resolveEncryption } from './versions';

/**
 * S3 as other modules see it through the bus: SageMaker writes a finished job's model.tar.gz
 * where the job's OutputDataConfig points, and can check that an input exists.
 */
export function createObjectStore(env: S3Env, now: () => number, changed: () => void = () => undefined): ObjectStore {
  const bucketOf = (where: { accountId: string; region: string }, name: string) => {
    const bucket = env.state.buckets.get(name);
    if (!bucket || bucket.accountId !== where.accountId || bucket.region !== where.region) return undefined;
    applyLifecycle(bucket, now());
    return bucket;
  };
  return {
    put(where, bucketName, key, body, contentType = DEFAULT_CONTENT_TYPE) {
      const bucket = bucketOf(where, bucketName);
      if (!bucket) return false;
      addVersion(bucket, {
        key,
        deleteMarker: false,
        lastModified: now(),
        body,
        etag: quotedMd5(body),
        entity: { ContentType: contentType },
        metadata: {},
        encryption: resolveEncryption(bucket, {}),
        checksum: defaultChecksum(body),
        tags: [],
        storageClass: 'STANDARD',
      });
      changed();
      return true;
    },
    head(where, bucketName, key) {
      const bucket = bucketOf(where, bucketName);
      const current = bucket ? latestVersion(bucket, key) : undefined;
      if (!current || current.deleteMarker) return undefined;
      return { size: current.body.length, etag: current.etag };
    },
    currentObjects(where, bucketName, asOfMs) {
      const bucket = bucketOf(where, bucketName);
      if (!bucket) return undefined;
      return [...bucket.objects.values()].flatMap((versions) => {
        const current = asOfMs === undefined ? versions[0] : versionAt(versions, asOfMs);
        return current && !current.deleteMarker ? [{ key: current.key, body: current.body, etag: current.etag, contentType: current.entity.ContentType }] : [];
      });
    },
    createBucket(where, bucketName) {
      if (env.state.buckets.has(bucketName)) return false;
      // CreateBucket's defaults: owner enforced, unversioned, S3's default encryption.
      env.state.buckets.set(bucketName, { ...where, name: bucketName, created: now(), ownership: 'BucketOwnerEnforced', objects: new Map(), uploads: new Map() });
      changed();
      return true;
    },
    hasPrefix(where, bucketName, prefix) {
      const bucket = bucketOf(where, bucketName);
      if (!bucket) return false;
      for (const [key, versions] of bucket.objects) {
        if (key.startsWith(prefix) && versions[0] && !versions[0].deleteMarker) return true;
      }
      return false;
    },
  };
}

/** The version current at a time: the latest written by then (the seed may write a key's versions in any order). */
function versionAt(versions: readonly ObjectVersion[], asOfMs: number): ObjectVersion | undefined {
  let best: ObjectVersion | undefined;
  for (const version of versions) if (version.lastModified <= asOfMs && (!best || version.lastModified > best.lastModified)) best = version;
  return best;
}
