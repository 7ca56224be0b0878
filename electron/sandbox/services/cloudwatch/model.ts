import type { Dimension } from '@aws-sdk/client-cloudwatch';

export interface Where {
  accountId: string;
  region: string;
}

/** Raw material of every statistic for one minute of one series. */
export interface Bucket {
  count: number;
  sum: number;
  min: number;
  max: number;
  /** A bounded, evenly drawn sample of the raw values, for percentiles and trimmed statistics. */
  samples: number[];
}

/** One metric (namespace, name, dimensions) in one unit. */
export interface Series {
  namespace: string;
  metricName: string;
  /** Sorted by name, the order ListMetrics and identity use. */
  dimensions: Dimension[];
  unit: string;
  /**
   * Bucket start (epoch ms) -> aggregate, oldest first: one minute each for 15 days, then five
   * minutes, then an hour (metric-retention.ts), as CloudWatch keeps them.
   */
  buckets: Map<number, Bucket>;
  /** When data was last received (sandbox clock), for ListMetrics' RecentlyActive. */
  lastPutMs: number;
  /** When old buckets were last rolled up (sandbox clock); unset after a restore. */
  rolledUpMs?: number;
  /** The oldest bucket's start, kept on write: a late datum can land before the map's first key. */
  oldestMs?: number;
}

/** What one datum contributes before it is folded into its minute. */
export interface Contribution {
  count: number;
  sum: number;
  min: number;
  max: number;
  values: { value: number; count: number }[];
}

export const MINUTE_MS = 60_000;

export function sortDimensions(dimensions: Dimension[]): Dimension[] {
  return [...dimensions].sort((a, b) => (a.Name ?? '').localeCompare(b.Name ?? ''));
}

/** Identity of a metric regardless of unit. */
export function metricKey(namespace: string, metricName: string, dimensions: Dimension[]): string {
  return JSON.stringify([namespace, metricName, sortDimensions(dimensions).map((d) => [d.Name, d.Value])]);
}
