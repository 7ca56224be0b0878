import { describe, expect, it } from 'vitest';
import { MetricStore, SAMPLES_PER_MINUTE } from '../../../electron/sandbox/services/cloudwatch/metric-store';
import { extendedStatistic } from '../../../electron/sandbox/services/cloudwatch/statistics';

const where = { accountId: '111122223333', region: 'us-east-1' };
const metric = { namespace: 'N', metricName: 'Latency', dimensions: [{ Name: 'EndpointName', Value: 'e' }], unit: 'Milliseconds' };
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const DAY = 24 * 3600_000;

function put(store: MetricStore, timestamp: number, values: { value: number; count: number }[], now = timestamp) {
  let count = 0;
  let sum = 0;
  for (const item of values) {
    count += item.count;
    sum += item.value * item.count;
  }
  const numbers = values.map((item) => item.value);
  store.put(where, metric, timestamp, { count, sum, min: Math.min(...numbers), max: Math.max(...numbers), values }, now);
}

describe('metric store', () => {
  it('keeps a bounded sample per minute whose percentiles stay close under load', () => {
    const store = new MetricStore();
    // 100,000 requests in one minute: latencies 1..1000 ms, uniformly, sent in batches with counts.
    for (let batch = 0; batch < 100; batch += 1) {
      put(store, T0 + batch * 100, Array.from({ length: 10 }, (_, i) => ({ value: (batch % 100) * 10 + i + 1, count: 100 })));
    }
    const bucket = store.find(where, 'N', 'Latency', metric.dimensions)[0]?.buckets.get(T0);
    expect(bucket?.count).toBe(100_000);
    expect(bucket?.samples.length).toBe(SAMPLES_PER_MINUTE);
    const p99 = bucket ? extendedStatistic(bucket, 'p99') : undefined;
    expect(p99).toBeGreaterThan(960);
    expect(p99).toBeLessThanOrEqual(1000);
  });

  it('takes a value with a huge count without looping over it', () => {
    const store = new MetricStore();
    put(store, T0, [{ value: 5, count: 1e9 }]);
    const bucket = store.find(where, 'N', 'Latency', metric.dimensions)[0]?.buckets.get(T0);
    expect(bucket?.count).toBe(1e9);
    expect(bucket?.samples.length).toBe(SAMPLES_PER_MINUTE);
  });

  it('rolls minutes older than 15 days up into five-minute points as new data arrives, and survives a snapshot', () => {
    const store = new MetricStore();
    put(store, T0, [{ value: 1, count: 1 }]);
    put(store, T0 + 60_000, [{ value: 2, count: 1 }]);
    const copy = new MetricStore();
    copy.restore(JSON.parse(JSON.stringify(store.snapshot())));
    expect([...(copy.find(where, 'N', 'Latency', metric.dimensions)[0]?.buckets.keys() ?? [])]).toEqual([T0, T0 + 60_000]);
    // Past 15 days CloudWatch keeps five-minute points: both minutes fold into the one at 09:00.
    put(copy, T0 + 15 * DAY + 90_000, [{ value: 3, count: 1 }]);
    const series = copy.find(where, 'N', 'Latency', metric.dimensions)[0];
    expect([...(series?.buckets.keys() ?? [])]).toEqual([T0, T0 + 15 * DAY + 60_000]);
    expect(series?.buckets.get(T0)?.count).toBe(2);
  });

  it('keeps hourly points past 63 days and nothing past 455, as CloudWatch does', () => {
    const store = new MetricStore();
    for (let minute = 0; minute < 120; minute += 1) put(store, T0 + minute * 60_000, [{ value: minute, count: 1 }]);
    put(store, T0 + 64 * DAY, [{ value: 0, count: 1 }]);
    const series = store.find(where, 'N', 'Latency', metric.dimensions)[0];
    expect([...(series?.buckets.keys() ?? [])]).toEqual([T0, T0 + 3600_000, T0 + 64 * DAY]);
    expect(series?.buckets.get(T0)).toMatchObject({ count: 60, min: 0, max: 59 });
    // 456 days on, the first two hours have expired; the point from day 64 is an hourly one.
    put(store, T0 + 456 * DAY, [{ value: 0, count: 1 }]);
    expect([...(series?.buckets.keys() ?? [])]).toEqual([T0 + 64 * DAY, T0 + 456 * DAY]);
  });

  it('rolls up a late datum older than every bucket it already had', () => {
    const store = new MetricStore();
    put(store, T0 + 20 * DAY, [{ value: 1, count: 1 }]);
    put(store, T0 + 60_000, [{ value: 2, count: 1 }], T0 + 20 * DAY + 2 * 3600_000);
    expect([...(store.find(where, 'N', 'Latency', metric.dimensions)[0]?.buckets.keys() ?? [])]).toEqual([T0, T0 + 20 * DAY]);
  });
});
