import { PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvokeUrlResult } from '../../../shared/domain/apis';
import type { MetricChart, MetricDashboard } from '../../../shared/domain/metrics';
import { INVALID_PAYLOAD, startApisWorld, VALID_PAYLOAD, type ApisWorld } from './apis-harness';

let world: ApisWorld;

beforeAll(async () => {
  world = await startApisWorld();
});

afterAll(async () => {
  await world?.close();
});

const HOUR = { kind: 'relative', minutes: 60 } as const;
const dashboard = () => world.ok<MetricDashboard>('metrics.api', { apiName: 'churn-api', stageName: 'prod', range: HOUR });
const total = (chart: MetricChart | undefined, label: string) => (chart?.series.find((s) => s.label === label)?.values ?? []).reduce<number>((sum, v) => sum + (v ?? 0), 0);
const chart = (board: MetricDashboard, id: string) => board.charts.find((c) => c.id === id);

describe("metrics.api for churn-api's prod stage", () => {
  it('counts the calls made through the invoke URL, errors apart, with latencies in ms, in one GetMetricData', async () => {
    const before = await dashboard();
    const { id } = await world.api('churn-api');
    const call = { apiId: id, stageName: 'prod', path: '/predict', httpMethod: 'POST' };
    for (const body of [VALID_PAYLOAD, VALID_PAYLOAD, VALID_PAYLOAD, INVALID_PAYLOAD]) {
      await world.ok<InvokeUrlResult>('apis.invoke', { ...call, body });
    }
    world.sandbox.control.resetCounters();
    const after = await dashboard();
    expect(world.sandboxCounters()['monitoring:GetMetricData']).toBe(1);
    expect(Object.keys(world.sandboxCounters()).filter((key) => key.startsWith('apigateway:'))).toEqual([]);

    expect(after.charts.map((c) => [c.id, c.unit])).toEqual([
      ['api-requests', 'count'],
      ['api-errors', 'count'],
      ['api-latency', 'ms'],
    ]);
    expect(total(chart(after, 'api-requests'), 'Requests') - total(chart(before, 'api-requests'), 'Requests')).toBe(4);
    expect(total(chart(after, 'api-errors'), '4XX') - total(chart(before, 'api-errors'), '4XX')).toBe(1);
    expect(chart(after, 'api-latency')?.series.map((s) => s.label)).toEqual(['Latency (average)', 'Latency p99', 'Integration latency (average)', 'Integration latency p99']);
    expect(chart(after, 'api-latency')?.series[0]?.values.some((v) => v !== null && v >= 0)).toBe(true);
  });

  it("draws the threshold of an alarm on the stage's 5XX errors, and none of an alarm on another stage", async () => {
    const alarm = (name: string, stage: string) =>
      world.cloudwatch.send(
        new PutMetricAlarmCommand({
          AlarmName: name,
          Namespace: 'AWS/ApiGateway',
          MetricName: '5XXError',
          Dimensions: [
            { Name: 'ApiName', Value: 'churn-api' },
            { Name: 'Stage', Value: stage },
          ],
          Statistic: 'Sum',
          Period: 60,
          EvaluationPeriods: 1,
          Threshold: 5,
          ComparisonOperator: 'GreaterThanThreshold',
        }),
      );
    await alarm('churn-api-prod-5xx', 'prod');
    await alarm('churn-api-beta-5xx', 'beta');
    const board = await dashboard();
    expect(chart(board, 'api-errors')?.thresholds).toEqual([{ alarmName: 'churn-api-prod-5xx', value: 5, state: expect.any(String), breachesWhen: 'above' }]);
    expect(chart(board, 'api-requests')?.thresholds).toEqual([]);
  });

  it('says why a stage without traffic has empty charts', async () => {
    const board = await world.ok<MetricDashboard>('metrics.api', { apiName: 'churn-api', stageName: 'nostage', range: HOUR });
    expect(chart(board, 'api-requests')?.note).toMatch(/^No Count for churn-api \(stage nostage\) in this range/);
  });
});
