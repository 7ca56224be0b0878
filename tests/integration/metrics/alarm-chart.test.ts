import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MetricChart, MetricDashboard } from '../../../shared/domain/metrics';
import { startEndpointsWorld, type EndpointsWorld } from '../endpoints/endpoints-harness';

let world: EndpointsWorld;
beforeEach(async () => {
  world = await startEndpointsWorld();
});
afterEach(async () => world.close());

const HOUR = { kind: 'relative', minutes: 60 } as const;
const alarmChart = (name: string, range: unknown = HOUR) => world.ok<MetricChart>('metrics.alarm', { name, range });
const step = (c: MetricChart) => (c.timestamps[1] ?? 0) - (c.timestamps[0] ?? 0);

describe('metrics.alarm', () => {
  it('draws the p99 alarm\'s metric at its own statistic and period, in ms, with its threshold, in one GetMetricData call', async () => {
    world.sandbox.control.resetCounters();
    const chart = await alarmChart('churn-prod-model-latency-p99');
    expect(world.sandboxCounters()['monitoring:GetMetricData']).toBe(1);
    expect(chart).toMatchObject({ title: 'ModelLatency p99 (churn-prod/AllTraffic)', unit: 'ms' });
    expect(chart.note).toBeUndefined();
    expect(step(chart)).toBe(60);
    expect(chart.series.map((s) => s.label)).toEqual(['p99']);
    expect(chart.thresholds).toEqual([{ alarmName: 'churn-prod-model-latency-p99', value: 100, state: expect.any(String), breachesWhen: 'above' }]);
    // The same line the endpoint's dashboard draws as its p99.
    const dashboard = await world.ok<MetricDashboard>('metrics.endpoint', { endpointName: 'churn-prod', range: HOUR });
    const p99 = dashboard.charts.find((c) => c.id === 'model-latency')?.series.find((s) => s.label === 'p99');
    expect(chart.series[0]!.values).toEqual(p99?.values);
    expect(chart.series[0]!.values.filter((v) => v !== null).length).toBeGreaterThanOrEqual(55);
  });

  it('keeps a 5-minute alarm\'s period and threshold, and gives two weeks of a 1-minute alarm at full resolution', async () => {
    const low = await alarmChart('churn-prod-invocations-low');
    expect(step(low)).toBe(300);
    expect(low.unit).toBe('count');
    expect(low.thresholds[0]?.value).toBe(100);
    const fortnight = await alarmChart('churn-prod-5xx-errors', { kind: 'relative', minutes: 20_160 });
    expect(step(fortnight)).toBe(60);
    expect(fortnight.timestamps.length).toBeGreaterThanOrEqual(20_160);
    expect(fortnight.thresholds[0]?.value).toBe(5);
  });

  it('says which alarm does not exist, and what to do', async () => {
    const error = await world.fail('metrics.alarm', { name: 'no-such-alarm', range: HOUR });
    expect(error.code).toBe('ResourceNotFound');
    expect(error.message).toMatch(/no-such-alarm.*alarm board/);
  });
});
