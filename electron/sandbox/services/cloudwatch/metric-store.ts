import type { Dimension } from '@aws-sdk/client-cloudwatch';
import { rollUpDue, rollUp } from './metric-retention';
import { type Bucket, type Contribution, MINUTE_MS, metricKey, type Series, sortDimensions, type Where } from './model';

/** Raw values kept per minute for percentiles: enough for p99 to be meaningful, bounded under load. */
export const SAMPLES_PER_MINUTE = 1000;

type SnapshotBucket = [number, number, number, number, number, number[]];
interface SnapshotSeries {
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
  unit: string;
  lastPutMs: number;
  buckets: SnapshotBucket[];
}
export interface MetricSnapshot {
  regions: { accountId: string; region: string; series: SnapshotSeries[] }[];
}

/**
 * Every metric datapoint of the sandbox, aggregated on write into one-minute buckets per series
 * (count, sum, min, max and a bounded sample), so memory stays bounded whatever the traffic.
 */
export class MetricStore {
  private regions = new Map<string, Map<string, Series>>();
  /** Deterministic reservoir sampling: the same inputs keep the same sample. */
  private random = 0x2545f491;

  private region(where: Where): Map<string, Series> {
    const key = `${where.accountId}/${where.region}`;
    let region = this.regions.get(key);
    if (!region) {
      region = new Map();
      this.regions.set(key, region);
    }
    return region;
  }

  put(
    where: Where,
    metric: { namespace: string; metricName: string; dimensions: Dimension[]; unit: string },
    timestamp: number,
    contribution: Contribution,
    now: number,
  ): void {
    const region = this.region(where);
    const key = `${metricKey(metric.namespace, metric.metricName, metric.dimensions)}|${metric.unit}`;
    let series = region.get(key);
    if (!series) {
      series = { ...metric, dimensions: sortDimensions(metric.dimensions), buckets: new Map(), lastPutMs: now };
      region.set(key, series);
    }
    series.lastPutMs = Math.max(series.lastPutMs, now);
    const minute = Math.floor(timestamp / MINUTE_MS) * MINUTE_MS;
    series.oldestMs = Math.min(series.oldestMs ?? series.buckets.keys().next().value ?? minute, minute);
    let bucket = series.buckets.get(minute);
    if (!bucket) {
      bucket = { count: 0, sum: 0, min: Infinity, max: -Infinity, samples: [] };
      series.buckets.set(minute, bucket);
    }
    const seenBefore = bucket.count;
    bucket.count += contribution.count;
    bucket.sum += contribution.sum;
    bucket.min = Math.min(bucket.min, contribution.min);
    bucket.max = Math.max(bucket.max, contribution.max);
    this.sample(bucket, seenBefore, contribution.values);
    this.prune(series, now);
  }

  private sample(bucket: Bucket, seenBefore: number, values: { value: number; count: number }[]): void {
    let seen = seenBefore;
    for (const { value, count } of values) {
      // A value sent with a huge count is offered to the reservoir at most SAMPLES_PER_MINUTE
      // times, each offer standing for its share of the count: bounded work per datum.
      const offers = Math.min(count, SAMPLES_PER_MINUTE);
      const weight = count / Math.max(1, offers);
      for (let i = 0; i < offers; i += 1) {
        seen += weight;
        if (bucket.samples.length < SAMPLES_PER_MINUTE) {
          bucket.samples.push(value);
        } else {
          const slot = this.next() % Math.ceil(seen);
          if (slot < SAMPLES_PER_MINUTE) bucket.samples[slot] = value;
        }
      }
    }
  }

  private next(): number {
    // xorshift32
    let x = this.random;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.random = x >>> 0;
    return this.random;
  }

  /** Rolls old minutes up into CloudWatch's coarser tiers (metric-retention.ts), at most hourly per series. */
  private prune(series: Series, now: number): void {
    if (!rollUpDue(series.oldestMs, series.rolledUpMs, now)) return;
    series.buckets = rollUp(series.buckets, now, SAMPLES_PER_MINUTE);
    series.rolledUpMs = now;
    series.oldestMs = series.buckets.keys().next().value;
  }

  /** Every series of a region (all units). */
  series(where: Where): Series[] {
    return [...(this.regions.get(`${where.accountId}/${where.region}`)?.values() ?? [])];
  }

  /** The series of one metric, optionally of one unit only. */
  find(where: Where, namespace: string, metricName: string, dimensions: Dimension[], unit?: string): Series[] {
    const prefix = `${metricKey(namespace, metricName, dimensions)}|`;
    const region = this.regions.get(`${where.accountId}/${where.region}`);
    if (!region) return [];
    if (unit !== undefined) {
      const series = region.get(prefix + unit);
      return series ? [series] : [];
    }
    return [...region.entries()].filter(([key]) => key.startsWith(prefix)).map(([, series]) => series);
  }

  snapshot(): MetricSnapshot {
    return {
      regions: [...this.regions.entries()].map(([key, region]) => {
        const [accountId = '', regionName = ''] = key.split('/');
        return {
          accountId,
          region: regionName,
          series: [...region.values()].map((series) => ({
            namespace: series.namespace,
            metricName: series.metricName,
            dimensions: series.dimensions,
            unit: series.unit,
            lastPutMs: series.lastPutMs,
            buckets: [...series.buckets.entries()].map(
              ([minute, b]): SnapshotBucket => [minute, b.count, b.sum, b.min, b.max, b.samples],
            ),
          })),
        };
      }),
    };
  }

  restore(state: unknown): void {
    this.reset();
    const snapshot = (state ?? {}) as Partial<MetricSnapshot>;
    for (const saved of snapshot.regions ?? []) {
      const region = this.region(saved);
      for (const series of saved.series) {
        region.set(`${metricKey(series.namespace, series.metricName, series.dimensions)}|${series.unit}`, {
          namespace: series.namespace,
          metricName: series.metricName,
          dimensions: series.dimensions,
          unit: series.unit,
          lastPutMs: series.lastPutMs,
          buckets: new Map(
            series.buckets.map(([minute, count, sum, min, max, samples]) => [minute, { count, sum, min, max, samples }]),
          ),
        });
      }
    }
  }

  reset(): void {
    this.regions = new Map();
  }
}
