import type { Bucket } from './model';

export const STANDARD_STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;
export type StandardStatistic = (typeof STANDARD_STATISTICS)[number];

export function isStandardStatistic(name: string): name is StandardStatistic {
  return (STANDARD_STATISTICS as readonly string[]).includes(name);
}

type Extended =
  | { kind: 'percentile'; p: number }
  | { kind: 'trimmed'; op: 'mean' | 'count' | 'sum'; lower: number; upper: number };

const NUMBER = String.raw`(\d{1,2}(?:\.\d{1,10})?|100)`;
const SHORT = new RegExp(`^(p|tm|tc|ts)${NUMBER}$`);
const RANGE = new RegExp(String.raw`^(TM|TC|TS)\(${NUMBER}%:${NUMBER}%\)$`);

/** Parses p99, p99.9, tm90, tc90, ts90, TM(10%:90%) and IQM; undefined for anything else. */
export function parseExtendedStatistic(name: string): Extended | undefined {
  if (name === 'IQM') return { kind: 'trimmed', op: 'mean', lower: 25, upper: 75 };
  const short = SHORT.exec(name);
  if (short) {
    const value = Number(short[2]);
    if (short[1] === 'p') return { kind: 'percentile', p: value };
    return { kind: 'trimmed', op: trimmedOp(short[1] as string), lower: 0, upper: value };
  }
  const range = RANGE.exec(name);
  if (range) {
    const lower = Number(range[2]);
    const upper = Number(range[3]);
    if (lower >= upper) return undefined;
    return { kind: 'trimmed', op: trimmedOp((range[1] as string).toLowerCase()), lower, upper };
  }
  return undefined;
}

function trimmedOp(prefix: string): 'mean' | 'count' | 'sum' {
  return prefix === 'tc' ? 'count' : prefix === 'ts' ? 'sum' : 'mean';
}

/** Folds minute buckets into one aggregate (the raw material of one period). */
export function mergeBuckets(buckets: Bucket[]): Bucket | undefined {
  if (buckets.length === 0) return undefined;
  const merged: Bucket = { count: 0, sum: 0, min: Infinity, max: -Infinity, samples: [] };
  for (const bucket of buckets) {
    merged.count += bucket.count;
    merged.sum += bucket.sum;
    merged.min = Math.min(merged.min, bucket.min);
    merged.max = Math.max(merged.max, bucket.max);
    for (const sample of bucket.samples) merged.samples.push(sample);
  }
  return merged;
}

export function standardStatistic(aggregate: Bucket, statistic: StandardStatistic): number {
  switch (statistic) {
    case 'SampleCount':
      return aggregate.count;
    case 'Sum':
      return aggregate.sum;
    case 'Minimum':
      return aggregate.min;
    case 'Maximum':
      return aggregate.max;
    case 'Average':
      return aggregate.count === 0 ? 0 : aggregate.sum / aggregate.count;
  }
}

/**
 * Percentiles use the nearest-rank method over the stored sample; trimmed statistics keep the
 * values ranked within (lower%, upper%]. Undefined when the period has no raw values (data sent
 * as StatisticValues carries none, so AWS cannot compute percentiles for it either).
 */
export function extendedStatistic(aggregate: Bucket, name: string): number | undefined {
  const parsed = parseExtendedStatistic(name);
  if (!parsed || aggregate.samples.length === 0) return undefined;
  const sorted = [...aggregate.samples].sort((a, b) => a - b);
  const n = sorted.length;
  if (parsed.kind === 'percentile') {
    const rank = Math.min(n, Math.max(1, Math.ceil((parsed.p / 100) * n)));
    return sorted[rank - 1];
  }
  const kept = sorted.slice(Math.floor((parsed.lower / 100) * n), Math.ceil((parsed.upper / 100) * n));
  if (parsed.op === 'count') return kept.length;
  const sum = kept.reduce((total, value) => total + value, 0);
  if (parsed.op === 'sum') return sum;
  return kept.length === 0 ? undefined : sum / kept.length;
}

/** Any statistic by name: a standard one or an extended one. */
export function statisticValue(aggregate: Bucket, name: string): number | undefined {
  return isStandardStatistic(name) ? standardStatistic(aggregate, name) : extendedStatistic(aggregate, name);
}
