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
  /** Minute start (epoch ms) -> aggregate. */
  buckets: Map<number, Bucket>;
  /** When data was last received (sandbox clock), for ListMetrics' RecentlyActive. */
  lastPutMs: number;
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
