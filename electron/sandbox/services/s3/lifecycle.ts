import type { LifecycleRule, LifecycleRuleFilter, Tag } from '@aws-sdk/client-s3';
import type { Bucket, ObjectVersion } from './state';
import { addVersion, removeVersion } from './versions';

/**
 * Lifecycle rules acting in simulated time. S3 applies them in a daily background pass; the
 * sandbox applies them when a bucket is next touched, as of the clock's now, which a client cannot
 * tell apart and which needs no timer (so a manual clock with nothing pending stays that way).
 */

const DAY = 24 * 60 * 60 * 1000;
/** How often (simulated) a bucket is re-examined; lifecycle has day granularity anyway. */
const SWEEP_INTERVAL = 60 * 60 * 1000;

const lastSweep = new WeakMap<Bucket, number>();

function tagsMatch(wanted: Tag[], tags: Tag[]) {
  return wanted.every((w) => tags.some((t) => t.Key === w.Key && (t.Value ?? '') === (w.Value ?? '')));
}

function filterMatches(rule: LifecycleRule, version: ObjectVersion): boolean {
  if (rule.Prefix !== undefined) return version.key.startsWith(rule.Prefix);
  const filter: LifecycleRuleFilter = rule.Filter ?? {};
  const size = version.body.length;
  const conditions = filter.And ?? filter;
  const prefix = conditions.Prefix ?? '';
  const tags = 'Tags' in conditions ? (conditions.Tags ?? []) : filter.Tag ? [filter.Tag] : [];
  if (!version.key.startsWith(prefix)) return false;
  if (!tagsMatch(tags, version.tags)) return false;
  if (conditions.ObjectSizeGreaterThan !== undefined && !(size > conditions.ObjectSizeGreaterThan)) return false;
  if (conditions.ObjectSizeLessThan !== undefined && !(size < conditions.ObjectSizeLessThan)) return false;
  return true;
}

const due = (since: number, days: number | undefined, now: number) => days !== undefined && since + days * DAY <= now;

/** Expiring a current version: a delete marker where versions are kept, removal where they are not. */
function expireCurrent(bucket: Bucket, current: ObjectVersion, at: number) {
  if (!bucket.versioning) {
    bucket.objects.delete(current.key);
    return;
  }
  addVersion(bucket, {
    key: current.key,
    deleteMarker: true,
    lastModified: at,
    body: Buffer.alloc(0),
    etag: '',
    entity: { ContentType: current.entity.ContentType },
    metadata: {},
    encryption: { algorithm: 'AES256' },
    tags: [],
    storageClass: 'STANDARD',
  });
}

function applyRule(bucket: Bucket, rule: LifecycleRule, now: number) {
  for (const key of [...bucket.objects.keys()]) {
    const versions = bucket.objects.get(key);
    const current = versions?.[0];
    if (!versions || !current) continue;

    if (!current.deleteMarker && filterMatches(rule, current)) {
      for (const transition of rule.Transitions ?? []) {
        const reached = transition.Date ? transition.Date.getTime() <= now : due(current.lastModified, transition.Days, now);
        if (reached && transition.StorageClass) current.storageClass = transition.StorageClass;
      }
      const expiration = rule.Expiration;
      const expiresAt = expiration?.Date ? expiration.Date.getTime() : expiration?.Days !== undefined ? current.lastModified + expiration.Days * DAY : undefined;
      // The marker carries the time the rule fired, not the time the sandbox noticed.
      if (expiresAt !== undefined && expiresAt <= now) expireCurrent(bucket, current, Math.max(expiresAt, current.lastModified));
    }

    // Versions are newest first: version i became noncurrent when version i-1 was written.
    const latest = [...(bucket.objects.get(key) ?? [])];
    const keep = rule.NoncurrentVersionExpiration?.NewerNoncurrentVersions ?? 0;
    let noncurrentSeen = 0;
    for (let i = 1; i < latest.length; i++) {
      const version = latest[i] as ObjectVersion;
      const noncurrentSince = (latest[i - 1] as ObjectVersion).lastModified;
      if (!filterMatches(rule, version)) continue;
      noncurrentSeen++;
      for (const transition of rule.NoncurrentVersionTransitions ?? []) {
        if (due(noncurrentSince, transition.NoncurrentDays, now) && transition.StorageClass) version.storageClass = transition.StorageClass;
      }
      if (noncurrentSeen > keep && due(noncurrentSince, rule.NoncurrentVersionExpiration?.NoncurrentDays, now)) {
        removeVersion(bucket, key, version.versionId);
      }
    }

    // A delete marker with nothing left behind it is removed when the rule asks for it.
    const remaining = bucket.objects.get(key);
    if (rule.Expiration?.ExpiredObjectDeleteMarker && remaining?.length === 1 && remaining[0]?.deleteMarker && remaining[0].key.startsWith(rule.Filter?.Prefix ?? rule.Prefix ?? '')) {
      bucket.objects.delete(key);
    }
  }

  const abortDays = rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation;
  if (abortDays !== undefined) {
    const prefix = rule.Filter?.Prefix ?? rule.Prefix ?? '';
    for (const upload of [...bucket.uploads.values()]) {
      if (upload.key.startsWith(prefix) && due(upload.initiated, abortDays, now)) bucket.uploads.delete(upload.uploadId);
    }
  }
}

/** Brings a bucket up to date with its enabled lifecycle rules as of `now`. */
export function applyLifecycle(bucket: Bucket, now: number) {
  if (!bucket.lifecycle) return;
  const previous = lastSweep.get(bucket);
  if (previous !== undefined && now - previous < SWEEP_INTERVAL) return;
  lastSweep.set(bucket, now);
  for (const rule of bucket.lifecycle) if (rule.Status === 'Enabled') applyRule(bucket, rule, now);
}
