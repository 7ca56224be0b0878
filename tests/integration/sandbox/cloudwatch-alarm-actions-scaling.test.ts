import {
  DescribeScalingActivitiesCommand,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
  type ScalingActivity,
} from '@aws-sdk/client-application-auto-scaling';
import { DescribeAlarmsCommand, DisableAlarmActionsCommand, EnableAlarmActionsCommand } from '@aws-sdk/client-cloudwatch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { control } from './support';
import { MINUTE, hostModel, startHostingSandbox, type HostingSandbox } from './sagemaker-deploy-harness';

const RESOURCE = 'endpoint/churn-ep/variant/AllTraffic';
const target = { ServiceNamespace: 'sagemaker' as const, ResourceId: RESOURCE, ScalableDimension: 'sagemaker:variant:DesiredInstanceCount' as const };

describe('a target-tracking alarm with its actions disabled', () => {
  let s: HostingSandbox;
  beforeEach(async () => {
    s = await startHostingSandbox();
    await hostModel(s, { model: 'churn-v1', config: 'churn-config-v1', endpoint: 'churn-ep' }, { instances: 2 });
  });
  afterEach(async () => {
    await s.stop();
  });

  const activities = async (): Promise<ScalingActivity[]> =>
    (await s.autoscaling.send(new DescribeScalingActivitiesCommand({ ServiceNamespace: 'sagemaker', ResourceId: RESOURCE }))).ScalingActivities ?? [];
  const alarm = async (name: string) => (await s.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms?.[0];

  it('goes to ALARM without scaling, and scales once its actions are enabled again', async () => {
    await s.autoscaling.send(new RegisterScalableTargetCommand({ ...target, MinCapacity: 1, MaxCapacity: 4 }));
    const policy = await s.autoscaling.send(
      new PutScalingPolicyCommand({
        ...target,
        PolicyName: 'churn-invocations',
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: { TargetValue: 750, PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' } },
      }),
    );
    const high = policy.Alarms?.find((a) => a.AlarmName?.includes('-AlarmHigh-'))?.AlarmName ?? '';
    await s.cloudwatch.send(new DisableAlarmActionsCommand({ AlarmNames: [high] }));
    expect(await alarm(high)).toMatchObject({ ActionsEnabled: false, AlarmActions: [policy.PolicyARN] });

    // 4,000 requests a minute on two instances: 2,000 per instance against a target of 750.
    await control(s.sandbox.endpoint, 'POST', 'traffic/start', { endpointName: 'churn-ep' });
    await control(s.sandbox.endpoint, 'POST', 'traffic/rate', { endpointName: 'churn-ep', ratePerMinute: 4000 });
    s.advance(8 * MINUTE);
    expect((await alarm(high))?.StateValue).toBe('ALARM');
    expect(await activities()).toEqual([]);

    // Still in ALARM: CloudWatch re-invokes Auto Scaling actions every minute, now that it may.
    await s.cloudwatch.send(new EnableAlarmActionsCommand({ AlarmNames: [high] }));
    s.advance(MINUTE);
    const [out] = await activities();
    expect(out).toMatchObject({ Description: 'Setting desired instance count to 4.' });
    expect(out?.Cause).toBe(`monitor alarm ${high} in state ALARM triggered policy churn-invocations`);
  });
});
