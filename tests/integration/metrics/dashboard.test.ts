import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MetricChart, MetricDashboard } from '../../../shared/domain/metrics';
import { startEndpointsWorld, type EndpointsWorld } from '../endpoints/endpoints-harness';

let world: EndpointsWorld;
beforeEach(async () => {
  world = await startEndpointsWorld();
});
afterEach(async () => world.close());

const HOUR = { kind: 'relative', minutes: 60 } as const;
const dashboard = (range: unknown = HOUR, endpointName = 'churn-prod') => world.ok<MetricDashboard>('metrics.endpoint', { endpointName, range });
const chart = (d: MetricDashboard, id: string): MetricChart => {
  const found = d.charts.find((c) => c.id === id);
  if (!found) throw new Error(`no chart ${id} in ${d.charts.map((c) => c.id).join(', ')}`);
  return found;
};
/** The alarms' states as CloudWatch has them now (the seed's are not evaluated yet). */
async function alarmStates(): Promise<Record<string, string | undefined>> {
  const answer = await world.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'churn-prod-' }));
  return Object.fromEntries((answer.MetricAlarms ?? []).map((a) => [a.AlarmName, a.StateValue]));
}
const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
const last = (c: MetricChart, label: string) => present(c.series.find((s) => s.label === label)?.values ?? []).at(-1);

describe('metrics.endpoint', () => {
  it('draws churn-prod\'s six charts from the demo traffic in one GetMetricData call, with the alarms\' thresholds in the charts\' units', async () => {
    world.sandbox.control.resetCounters();
    const d = await dashboard();
    expect(world.sandboxCounters()['monitoring:GetMetricData']).toBe(1);
    expect(d.periodSeconds).toBe(60);
    expect(d.charts.map((c) => c.id)).toEqual(['invocations', 'model-latency', 'overhead-latency', 'errors', 'cpu', 'memory']);
    for (const c of d.charts) {
      expect(c.note, c.id).toBeUndefined();
      expect(c.timestamps.length, c.id).toBeGreaterThanOrEqual(60);
      for (const s of c.series) expect(s.values, `${c.id} ${s.label}`).toHaveLength(c.timestamps.length);
    }
    // The seed backfills the last hour of busy traffic: hundreds of requests a minute.
    const invocations = present(chart(d, 'invocations').series[0]!.values);
    expect(invocations.length).toBeGreaterThanOrEqual(55);
    expect(Math.min(...invocations)).toBeGreaterThan(50);

    const latency = chart(d, 'model-latency');
    expect(latency.unit).toBe('ms');
    expect(latency.series.map((s) => s.label)).toEqual(['p50', 'p90', 'p99']);
    const [p50, p90, p99] = latency.series.map((s) => s.values);
    p50!.forEach((value, i) => {
      if (value === null) return;
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(p90![i]!);
      expect(p90![i]!).toBeLessThanOrEqual(p99![i]!);
      // Milliseconds, not CloudWatch's microseconds.
      expect(p99![i]!).toBeLessThan(1_000);
    });
    expect(chart(d, 'errors').series.map((s) => s.label)).toEqual(['4XX', '5XX']);
    for (const id of ['cpu', 'memory']) {
      const values = present(chart(d, id).series[0]!.values);
      expect(values.length, id).toBeGreaterThan(0);
      expect(values.every((v) => v >= 0 && v <= 100), id).toBe(true);
    }

    // The demo alarms: p99 above 100,000 µs, 5 or more 5XX a minute, fewer than 100 requests in 5 minutes.
    const states = await alarmStates();
    expect(latency.thresholds).toEqual([{ alarmName: 'churn-prod-model-latency-p99', value: 100, state: states['churn-prod-model-latency-p99'], breachesWhen: 'above' }]);
    expect(chart(d, 'errors').thresholds).toEqual([{ alarmName: 'churn-prod-5xx-errors', value: 5, state: states['churn-prod-5xx-errors'], breachesWhen: 'above' }]);
    // A Sum over 5 minutes, drawn per minute.
    expect(chart(d, 'invocations').thresholds).toEqual([{ alarmName: 'churn-prod-invocations-low', value: 20, state: states['churn-prod-invocations-low'], breachesWhen: 'below' }]);
    expect(chart(d, 'cpu').thresholds).toEqual([]);
    await world.raiseAlarm('churn-prod-5xx-errors');
    expect(chart(await dashboard(), 'errors').thresholds[0]?.state).toBe('ALARM');
  });

  it('keeps two weeks within one call and a screen\'s width of points, and coarsens only as far as it must', async () => {
    world.sandbox.control.resetCounters();
    const twoWeeks = await dashboard({ kind: 'relative', minutes: 20_160 });
    expect(world.sandboxCounters()['monitoring:GetMetricData']).toBe(1);
    // 15-minute periods: 1,344 points a series; the demo's last hour is in the newest four.
    expect(twoWeeks.periodSeconds).toBe(900);
    expect(Date.parse(twoWeeks.end) - Date.parse(twoWeeks.start)).toBeGreaterThanOrEqual(20_160 * 60_000);
    for (const c of twoWeeks.charts) expect(c.timestamps.length).toBeLessThanOrEqual(1_440);
    // 15-minute sums hold what the 1-minute sums held.
    expect(present(chart(twoWeeks, 'invocations').series[0]!.values).reduce((a, b) => a + b, 0)).toBeGreaterThan(55 * 50);
    // The 5-minute alarm's 100 requests are 300 per 15 minutes.
    expect(chart(twoWeeks, 'invocations').thresholds[0]?.value).toBe(300);
    expect((await dashboard({ kind: 'relative', minutes: 1_440 })).periodSeconds).toBe(60);
  });

  it('says why a chart is empty: a range before the endpoint had traffic, or older than CloudWatch keeps', async () => {
    const now = world.clock.now();
    const before = await dashboard({ kind: 'absolute', start: new Date(now - 3 * 86_400_000).toISOString(), end: new Date(now - 2 * 86_400_000).toISOString() });
    for (const c of before.charts) {
      expect(c.series.every((s) => s.values.every((v) => v === null)), c.id).toBe(true);
      expect(c.note, c.id).toMatch(/nothing was published then/);
    }
    expect(chart(before, 'cpu').note).toMatch(/CPUUtilization under \/aws\/sagemaker\/Endpoints/);
    // Older than 455 days: 1-hour periods (all CloudWatch keeps there), and the note says so.
    const ancient = await dashboard({ kind: 'absolute', start: new Date(now - 600 * 86_400_000).toISOString(), end: new Date(now - 500 * 86_400_000).toISOString() });
    expect(ancient.periodSeconds % 3_600).toBe(0);
    expect(chart(ancient, 'invocations').note).toMatch(/15 months/);
  });

  it('refuses an endpoint that does not exist, and a range the contract does not allow, before any GetMetricData', async () => {
    world.sandbox.control.resetCounters();
    const missing = await world.fail('metrics.endpoint', { endpointName: 'no-such-endpoint', range: HOUR });
    expect(missing.message).toMatch(/no-such-endpoint/);
    const tooLong = await world.fail('metrics.endpoint', { endpointName: 'churn-prod', range: { kind: 'relative', minutes: 30_000 } });
    expect(tooLong.code).toBe('InvalidInput');
    expect(world.sandboxCounters()['monitoring:GetMetricData']).toBeUndefined();
  });

  it('shows a latency fault on the p99 line, above the alarm\'s threshold, and the alarm going to ALARM', async () => {
    const before = chart(await dashboard({ kind: 'relative', minutes: 15 }), 'model-latency');
    expect(last(before, 'p99')).toBeLessThan(100);
    world.sandbox.control.traffic.setFault({ endpointName: 'churn-prod', variantName: 'AllTraffic', latencyMs: 400 });
    let after = before;
    await world.advanceUntil(async () => {
      after = chart(await dashboard({ kind: 'relative', minutes: 15 }), 'model-latency');
      return after.thresholds[0]?.state === 'ALARM';
    }, 'the p99 alarm in ALARM on the chart', 15);
    expect(last(after, 'p99')).toBeGreaterThan(400);
    expect(after.thresholds[0]).toMatchObject({ alarmName: 'churn-prod-model-latency-p99', value: 100 });
  });
});
