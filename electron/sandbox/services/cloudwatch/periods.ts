import { type Bucket, MINUTE_MS, type Series } from './model';
import { mergeBuckets } from './statistics';

export interface PeriodAggregate {
  /** Period start, epoch ms (aligned to a multiple of the period). */
  start: number;
  aggregate: Bucket;
  unit: string;
}

/**
 * Groups the minute buckets of some series (one metric, one or more units) into periods aligned
 * to multiples of the period since the epoch, for [startMs, endMs). Periods shorter than a minute
 * see whole minutes: the sandbox stores one-minute resolution only.
 */
export function aggregatePeriods(series: Series[], startMs: number, endMs: number, periodSeconds: number): PeriodAggregate[] {
  const periodMs = Math.max(periodSeconds * 1000, MINUTE_MS);
  const firstStart = Math.floor(startMs / periodMs) * periodMs;
  const grouped = new Map<number, { buckets: Bucket[]; units: Set<string> }>();
  for (const one of series) {
    for (const [minute, bucket] of one.buckets) {
      if (minute < firstStart || minute >= endMs) continue;
      const start = Math.floor(minute / periodMs) * periodMs;
      let group = grouped.get(start);
      if (!group) {
        group = { buckets: [], units: new Set() };
        grouped.set(start, group);
      }
      group.buckets.push(bucket);
      group.units.add(one.unit);
    }
  }
  const out: PeriodAggregate[] = [];
  for (const [start, group] of grouped) {
    const aggregate = mergeBuckets(group.buckets);
    if (aggregate) out.push({ start, aggregate, unit: group.units.size === 1 ? [...group.units][0] ?? 'None' : 'None' });
  }
  return out.sort((a, b) => a.start - b.start);
}
