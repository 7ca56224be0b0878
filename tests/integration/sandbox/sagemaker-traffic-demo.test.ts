import { DescribeScalableTargetsCommand, DescribeScalingPoliciesCommand } from '@aws-sdk/client-application-auto-scaling';
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { InvokeEndpointCommand } from '@aws-sdk/client-sagemaker-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, metricPoints, startHostingSandbox, type HostingSandbox } from './sagemaker-deploy-harness';

describe('demo seed: churn-prod is busy, scaled and watched', () => {
  let s: HostingSandbox;
  beforeAll(async () => {
    s = await startHostingSandbox('demo');
  });
  afterAll(async () => {
    await s.stop();
  });

  it('scales AllTraffic between 1 and 4 instances on invocations per instance', async () => {
    const targets = (await s.autoscaling.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker' }))).ScalableTargets ?? [];
    expect(targets).toEqual([expect.objectContaining({ ResourceId: 'endpoint/churn-prod/variant/AllTraffic', MinCapacity: 1, MaxCapacity: 4 })]);
    const [policy] = (await s.autoscaling.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'sagemaker' }))).ScalingPolicies ?? [];
    expect(policy?.TargetTrackingScalingPolicyConfiguration).toMatchObject({ TargetValue: 750, PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' } });
    expect(policy?.Alarms).toHaveLength(2);
  });

  it('has latency, error and invocation alarms on churn-prod', async () => {
    const alarms = (await s.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'churn-prod-' }))).MetricAlarms ?? [];
    expect(alarms.map((a) => a.AlarmName).sort()).toEqual(['churn-prod-5xx-errors', 'churn-prod-invocations-low', 'churn-prod-model-latency-p99']);
    expect(alarms.find((a) => a.AlarmName === 'churn-prod-model-latency-p99')).toMatchObject({ MetricName: 'ModelLatency', ExtendedStatistic: 'p99' });
  });

  it('carries the last hour of traffic and keeps it coming, minute by minute', async () => {
    const now = s.clock.now();
    const history = await metricPoints(s, { name: 'Invocations', endpoint: 'churn-prod' }, now - 60 * MINUTE, now);
    expect(history).toHaveLength(60);
    expect(Math.min(...history.map((p) => p.value))).toBeGreaterThan(500);
    s.advance(2 * MINUTE);
    const live = await metricPoints(s, { name: 'Invocations', endpoint: 'churn-prod' }, now, s.clock.now());
    expect(live.length).toBeGreaterThanOrEqual(1);
    const answer = await s.runtime.send(new InvokeEndpointCommand({ EndpointName: 'churn-prod', ContentType: 'text/csv', Body: Buffer.from('24,80.2,2,12') }));
    expect(answer.InvokedProductionVariant).toBe('AllTraffic');
    const p99 = await metricPoints(s, { name: 'ModelLatency', endpoint: 'churn-prod', extended: 'p99' }, now - 10 * MINUTE, now);
    expect(p99.every((p) => p.value > 1_000 && p.value < 100_000)).toBe(true);
  });
});
