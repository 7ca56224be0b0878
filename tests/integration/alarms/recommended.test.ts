import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecommendedAlarm } from '../../../shared/domain/alarms';
import { startAlarmsWorld, type AlarmsWorld } from './alarms-harness';

let world: AlarmsWorld;
beforeEach(async () => {
  world = await startAlarmsWorld();
});
afterEach(async () => {
  await world.close();
});

const TOPIC = 'arn:aws:sns:us-east-1:111122223333:churn-on-call';
const DIMENSIONS = [
  { Name: 'EndpointName', Value: 'churn-prod' },
  { Name: 'VariantName', Value: 'AllTraffic' },
];
const recommend = () => world.ok<RecommendedAlarm[]>('alarms.recommendations', { endpointName: 'churn-prod' });

describe('alarms.recommendations', () => {
  it("proposes the four alarms for churn-prod's variant with defaults in the units people type", async () => {
    const proposed = await recommend();
    expect(proposed.map((r) => [r.kind, r.name, r.defaultThreshold, r.thresholdUnit, r.exists])).toEqual([
      ['latencyP99', 'churn-prod-AllTraffic-model-latency-p99', 500, 'ms', false],
      ['errors5xx', 'churn-prod-AllTraffic-5xx-errors', 5, 'errors per minute', false],
      ['zeroInvocations', 'churn-prod-AllTraffic-zero-invocations', 0, 'invocations per minute', false],
      // ml.m5.large: 2 vCPUs, CPUUtilization summed over them, so 80 % of each is 160.
      ['cpu', 'churn-prod-AllTraffic-cpu-utilization', 160, '%', false],
    ]);
    expect(proposed.every((r) => r.variantName === 'AllTraffic')).toBe(true);
    expect(proposed[3]?.description).toMatch(/2 vCPUs of ml\.m5\.large/);
  });
});

describe('alarms.createRecommended', () => {
  it('creates each alarm with the right metric, statistic, dimensions, unit and threshold, journalled', async () => {
    const chosen = [
      { kind: 'latencyP99', threshold: 250 },
      { kind: 'errors5xx', threshold: 3 },
      { kind: 'zeroInvocations', threshold: 0 },
      { kind: 'cpu', threshold: 150 },
    ].map((c) => ({ ...c, variantName: 'AllTraffic', name: `churn-prod-AllTraffic-${c.kind}` }));
    const result = await world.ok<{ created: string[] }>('alarms.createRecommended', { endpointName: 'churn-prod', alarms: chosen, snsTopicArn: TOPIC });
    expect(result.created).toEqual(chosen.map((c) => c.name));

    const actions = { AlarmActions: [TOPIC], OKActions: [TOPIC], Dimensions: DIMENSIONS, Period: 60 };
    expect(await world.described('churn-prod-AllTraffic-latencyP99')).toMatchObject({
      ...actions,
      Namespace: 'AWS/SageMaker',
      MetricName: 'ModelLatency',
      ExtendedStatistic: 'p99',
      Unit: 'Microseconds',
      Threshold: 250_000,
      ComparisonOperator: 'GreaterThanThreshold',
      EvaluationPeriods: 5,
      DatapointsToAlarm: 3,
    });
    expect((await world.described('churn-prod-AllTraffic-latencyP99'))?.Statistic).toBeUndefined();
    expect(await world.described('churn-prod-AllTraffic-errors5xx')).toMatchObject({
      ...actions,
      Namespace: 'AWS/SageMaker',
      MetricName: 'Invocation5XXErrors',
      Statistic: 'Sum',
      Threshold: 3,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
    expect(await world.described('churn-prod-AllTraffic-zeroInvocations')).toMatchObject({
      ...actions,
      MetricName: 'Invocations',
      Statistic: 'Sum',
      Threshold: 0,
      ComparisonOperator: 'LessThanOrEqualToThreshold',
      EvaluationPeriods: 5,
      DatapointsToAlarm: 5,
      TreatMissingData: 'breaching',
    });
    expect(await world.described('churn-prod-AllTraffic-cpu')).toMatchObject({
      ...actions,
      Namespace: '/aws/sagemaker/Endpoints',
      MetricName: 'CPUUtilization',
      Statistic: 'Average',
      Unit: 'Percent',
      Threshold: 150,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    expect((await world.journal('alarms.createRecommended'))[0]).toMatchObject({ target: 'churn-prod', outcome: 'success' });
  });

  it('marks the recommendations that exist once created, and the board shows them on the variant', async () => {
    const [latency] = await recommend();
    await world.ok('alarms.createRecommended', { endpointName: 'churn-prod', alarms: [{ kind: 'latencyP99', variantName: 'AllTraffic', name: latency!.name, threshold: 400 }] });
    const after = await recommend();
    expect(after.filter((r) => r.exists).map((r) => r.name)).toEqual([latency!.name]);
    expect((await world.board()).find((a) => a.name === latency!.name)).toMatchObject({ resource: { kind: 'variant', name: 'churn-prod/AllTraffic' }, threshold: 400_000, alarmActions: [] });
  });

  it('refuses a variant the endpoint does not have, creating nothing', async () => {
    const refused = await world.request(
      'alarms.createRecommended',
      { endpointName: 'churn-prod', alarms: [{ kind: 'cpu', variantName: 'Canary', name: 'churn-prod-Canary-cpu-utilization', threshold: 80 }] },
      { confirmed: true },
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'InvalidInput', fields: { 'alarms.0.variantName': 'churn-prod has no variant Canary.' } } });
    expect(await world.described('churn-prod-Canary-cpu-utilization')).toBeUndefined();
  });
});
