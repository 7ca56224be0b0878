import { PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CreateEndpointCommand, CreateEndpointConfigCommand } from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { MetricDashboard } from '../../../shared/domain/metrics';
import { startEndpointsWorld, type EndpointsWorld } from '../endpoints/endpoints-harness';

let world: EndpointsWorld;
beforeEach(async () => {
  world = await startEndpointsWorld();
});
afterEach(async () => world.close());

async function latencyAlarm(name: string, endpointName: string, variantName: string) {
  await world.cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      Namespace: 'AWS/SageMaker',
      MetricName: 'ModelLatency',
      Dimensions: [
        { Name: 'EndpointName', Value: endpointName },
        { Name: 'VariantName', Value: variantName },
      ],
      ExtendedStatistic: 'p99',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 250_000,
      ComparisonOperator: 'GreaterThanThreshold',
    }),
  );
}

it('draws a series per variant of a two-variant endpoint, in the same one call, with the thresholds of alarms on either variant only', async () => {
  await world.sagemaker.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: 'churn-ab-config',
      ProductionVariants: [
        { VariantName: 'Champion', ModelName: 'churn-xgb-v3', InstanceType: 'ml.m5.large', InitialInstanceCount: 1, InitialVariantWeight: 3 },
        { VariantName: 'Challenger', ModelName: 'churn-xgb-v3', InstanceType: 'ml.m5.large', InitialInstanceCount: 1, InitialVariantWeight: 1 },
      ],
    }),
  );
  await world.sagemaker.send(new CreateEndpointCommand({ EndpointName: 'churn-ab', EndpointConfigName: 'churn-ab-config' }));
  await world.advanceUntil(async () => (await world.endpoint('churn-ab')).EndpointStatus === 'InService', 'churn-ab in service', 15);
  world.sandbox.control.traffic.start({ endpointName: 'churn-ab' });
  world.sandbox.control.traffic.setRate({ endpointName: 'churn-ab', ratePerMinute: 800 });
  await world.timers.advance(5 * 60_000);
  await latencyAlarm('churn-ab-challenger-p99', 'churn-ab', 'Challenger');
  await latencyAlarm('churn-ab-champion-p99', 'churn-ab', 'Champion');
  // Same metric and variant name, another endpoint: not this chart's.
  await latencyAlarm('elsewhere-p99', 'churn-prod', 'Champion');

  world.sandbox.control.resetCounters();
  const d = await world.ok<MetricDashboard>('metrics.endpoint', { endpointName: 'churn-ab', range: { kind: 'relative', minutes: 15 } });
  expect(world.sandboxCounters()['monitoring:GetMetricData']).toBe(1);
  const chart = (id: string) => d.charts.find((c) => c.id === id)!;
  expect(chart('model-latency').series.map((s) => s.label)).toEqual(['p50 · Champion', 'p90 · Champion', 'p99 · Champion', 'p50 · Challenger', 'p90 · Challenger', 'p99 · Challenger']);
  expect(chart('errors').series.map((s) => s.label)).toEqual(['4XX · Champion', '5XX · Champion', '4XX · Challenger', '5XX · Challenger']);
  // Traffic split by weight, 3 to 1.
  const total = (label: string) => chart('invocations').series.find((s) => s.label === label)!.values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  expect(total('Invocations · Champion')).toBeGreaterThan(0);
  expect(total('Invocations · Champion') / total('Invocations · Challenger')).toBeCloseTo(3, 0);
  expect(chart('model-latency').thresholds.map((t) => [t.alarmName, t.value])).toEqual([
    ['churn-ab-challenger-p99', 250],
    ['churn-ab-champion-p99', 250],
  ]);
});
