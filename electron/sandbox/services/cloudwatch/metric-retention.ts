import { type Bucket, MINUTE_MS } from './model';
import { mergeBuckets } from './statistics';

const DAY_MS = 24 * 60 * MINUTE_MS;

/*
 * CloudWatch's retention (Amazon CloudWatch concepts, "Metrics retention"): one-minute data points
 * for 15 days, five-minute for 63 days, one-hour for 455 days (15 months); older ones expire.
 * Coarser points are the finer ones aggregated, so a period of 5 minutes or more reads the same.
 */
const TIERS = [
  { olderThanMs: 63 * DAY_MS, spanMs: 60 * MINUTE_MS },
  { olderThanMs: 15 * DAY_MS, spanMs: 5 * MINUTE_MS },
] as const;
export const EXPIRY_MS = 455 * DAY_MS;

/** How often a series' old buckets are rolled up: the coarsest tier boundary moves that slowly. */
export const ROLL_UP_EVERY_MS = 60 * MINUTE_MS;

function spanAt(start: number, now: number): number {
  for (const tier of TIERS) if (start < now - tier.olderThanMs) return tier.spanMs;
  return MINUTE_MS;
}

/** Keeps `limit` values drawn evenly from `values` (deterministic), for a merged bucket's sample. */
function thin(values: number[], limit: number): number[] {
  if (values.length <= limit) return values;
  const step = values.length / limit;
  return Array.from({ length: limit }, (_, i) => values[Math.floor(i * step)] ?? 0);
}

/**
 * The buckets as CloudWatch would hold them at `now`, oldest first: expired ones dropped, those past
 * 15 and 63 days merged into five-minute and one-hour buckets keyed by their aligned start.
 */
export function rollUp(buckets: Map<number, Bucket>, now: number, sampleLimit: number): Map<number, Bucket> {
  const grouped = new Map<number, Bucket[]>();
  for (const [start, bucket] of buckets) {
    if (start < now - EXPIRY_MS) continue;
    const span = spanAt(start, now);
    const aligned = Math.floor(start / span) * span;
    const group = grouped.get(aligned);
    if (group) group.push(bucket);
    else grouped.set(aligned, [bucket]);
  }
  const rolled = new Map<number, Bucket>();
  for (const start of [...grouped.keys()].sort((a, b) => a - b)) {
    const group = grouped.get(start) ?? [];
    const merged = group.length === 1 ? group[0] : mergeBuckets(group);
    if (merged) rolled.set(start, { ...merged, samples: thin(merged.samples, sampleLimit) });
  }
  return rolled;
}

/** True when the oldest bucket is due for a roll-up (past 15 days) and none ran within the hour. */
export function rollUpDue(oldestStart: number | undefined, rolledUpMs: number | undefined, now: number): boolean {
  if (oldestStart === undefined || oldestStart >= now - TIERS[TIERS.length - 1]!.olderThanMs) return false;
  return rolledUpMs === undefined || now - rolledUpMs >= ROLL_UP_EVERY_MS;
}
