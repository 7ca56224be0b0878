import type { SandboxBus, UsageLevel } from '../../types';
import type { Bucket, S3State } from './state';

const bucketArn = (name: string) => `arn:aws:s3:::${name}`;

/** S3 bills every stored version (noncurrent ones too); delete markers hold no bytes. */
function storedBytes(bucket: Bucket): number {
  let bytes = 0;
  for (const versions of bucket.objects.values()) for (const v of versions) if (!v.deleteMarker) bytes += v.body.length;
  return bytes;
}

const levels = (bytes: number): UsageLevel[] => (bytes > 0 ? [{ kind: 'storage', quantity: bytes }] : []);

/**
 * Reports each bucket's stored bytes to Cost Explorer (`bus.usage`) whenever they changed since
 * the last report; a deleted bucket stops using storage.
 */
export function storageReporter(bus: SandboxBus, state: () => S3State, now: () => number): () => void {
  const reported = new Map<string, { where: { accountId: string; region: string }; bytes: number }>();
  return () => {
    const ledger = bus.usage;
    if (!ledger) return;
    const seen = new Set<string>();
    for (const bucket of state().buckets.values()) {
      seen.add(bucket.name);
      const bytes = storedBytes(bucket);
      if (reported.get(bucket.name)?.bytes === bytes) continue;
      const where = { accountId: bucket.accountId, region: bucket.region };
      ledger.record(where, bucketArn(bucket.name), levels(bytes), now());
      reported.set(bucket.name, { where, bytes });
    }
    for (const [name, last] of reported) {
      if (seen.has(name)) continue;
      ledger.record(last.where, bucketArn(name), [], now());
      reported.delete(name);
    }
  };
}

/** The seeded buckets' history: each version has been stored since it was written. */
export function reportStorageHistory(bus: SandboxBus, state: S3State): void {
  for (const bucket of state.buckets.values()) {
    const writes = [...bucket.objects.values()].flat().filter((v) => !v.deleteMarker).sort((a, b) => a.lastModified - b.lastModified);
    let bytes = 0;
    for (const v of writes) {
      bytes += v.body.length;
      bus.usage?.record({ accountId: bucket.accountId, region: bucket.region }, bucketArn(bucket.name), levels(bytes), v.lastModified);
    }
  }
}
