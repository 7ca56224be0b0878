import {
  DescribeScalingActivitiesCommand,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
  type ScalingActivity,
  type StepScalingPolicyConfiguration,
} from '@aws-sdk/client-application-auto-scaling';
import { type ComparisonOperator, PutMetricAlarmCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeEndpointCommand } from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MINUTE, hostModel, startHostingSandbox, type HostingSandbox } from './sagemaker-deploy-harness';

const RESOURCE = 'endpoint/churn-ep/variant/AllTraffic';
const target = { ServiceNamespace: 'sagemaker' as const, ResourceId: RESOURCE, ScalableDimension: 'sagemaker:variant:DesiredInstanceCount' as const };

describe('Application Auto Scaling step scaling policies', () => {
  let s: HostingSandbox;
  beforeEach(async () => {
    s = await startHostingSandbox();
    await hostModel(s, { model: 'churn-v1', config: 'churn-config-v1', endpoint: 'churn-ep' }, { instances: 2 });
    await s.autoscaling.send(new RegisterScalableTargetCommand({ ...target, MinCapacity: 1, MaxCapacity: 5 }));
  });
  afterEach(async () => {
    await s.stop();
  });

  const activities = async (): Promise<ScalingActivity[]> =>
    (await s.autoscaling.send(new DescribeScalingActivitiesCommand({ ServiceNamespace: 'sagemaker', ResourceId: RESOURCE }))).ScalingActivities ?? [];
  const instances = async () => {
    const variant = (await s.sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'churn-ep' }))).ProductionVariants?.[0];
    return { current: variant?.CurrentInstanceCount, desired: variant?.DesiredInstanceCount };
  };

  const stepPolicy = async (name: string, config: StepScalingPolicyConfiguration) =>
    (await s.autoscaling.send(new PutScalingPolicyCommand({ ...target, PolicyName: name, PolicyType: 'StepScaling', StepScalingPolicyConfiguration: config }))).PolicyARN ?? '';

  /** A one-minute alarm on a queue-depth metric the test publishes itself. */
  const alarm = (name: string, threshold: number, operator: ComparisonOperator, policyArn: string) =>
    s.cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: name,
        Namespace: 'SageDeck/Test',
        MetricName: 'QueueDepth',
        Statistic: 'Maximum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: threshold,
        ComparisonOperator: operator,
        AlarmActions: [policyArn],
      }),
    );

  /** Publishes one datapoint now and lets a minute pass, so the alarm evaluates it at the minute's end. */
  const minuteAt = async (value: number) => {
    await s.cloudwatch.send(new PutMetricDataCommand({ Namespace: 'SageDeck/Test', MetricData: [{ MetricName: 'QueueDepth', Value: value, Timestamp: new Date(s.clock.now()) }] }));
    s.advance(MINUTE);
  };

  it('scales out by the step the breach falls in, counts the cooldown from the capacity before it, and stops at MaxCapacity', async () => {
    const arn = await stepPolicy('queue-scale-out', {
      AdjustmentType: 'ChangeInCapacity',
      Cooldown: 300,
      StepAdjustments: [
        { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 500, ScalingAdjustment: 1 },
        { MetricIntervalLowerBound: 500, ScalingAdjustment: 2 },
      ],
    });
    await alarm('queue-depth-high', 1000, 'GreaterThanOrEqualToThreshold', arn);
    const cause = 'monitor alarm queue-depth-high in state ALARM triggered policy queue-scale-out';

    // Under the threshold: no alarm, no activity.
    await minuteAt(800);
    expect(await activities()).toEqual([]);

    // 1,200 is 200 above the threshold: the first step, +1 on two instances.
    await minuteAt(1200);
    const [first] = await activities();
    expect(first).toMatchObject({ Description: 'Setting desired instance count to 3.', Cause: cause, StatusCode: 'InProgress' });
    expect(await instances()).toEqual({ current: 2, desired: 3 });

    // The alarm stays in ALARM with the same breach: CloudWatch re-invokes the policy every
    // minute, but within the cooldown the same step adds nothing more.
    for (let minute = 0; minute < 3; minute++) await minuteAt(1200);
    expect(await activities()).toHaveLength(1);
    expect((await activities())[0]?.StatusCode).toBe('Successful');
    expect(await instances()).toEqual({ current: 3, desired: 3 });

    // A larger breach during the cooldown: +2 counted from the two instances before the first
    // scale-out gives 4 (not 3 + 2), more than the 3 it set, so it scales out again at once.
    await minuteAt(1800);
    const [second] = await activities();
    expect(second).toMatchObject({ Description: 'Setting desired instance count to 4.', Cause: cause });

    // Once that scale-out's cooldown has passed, the breach goes on and adds 2 more, capped at 5.
    let third: ScalingActivity | undefined;
    for (let minute = 0; minute < 10 && !third; minute++) {
      await minuteAt(1800);
      third = (await activities()).find((a) => a.Description === 'Setting desired instance count to 5.');
    }
    expect(third?.Cause).toBe(cause);
    const secondEnd = (await activities()).find((a) => a.Description === 'Setting desired instance count to 4.')?.EndTime?.getTime() ?? Infinity;
    expect((third?.StartTime?.getTime() ?? 0) - secondEnd).toBeGreaterThanOrEqual(300_000);

    // At the target's maximum the breach goes on, but there is nothing left to add.
    for (let minute = 0; minute < 10; minute++) await minuteAt(1800);
    expect((await activities()).map((a) => a.Description)).toEqual(['Setting desired instance count to 5.', 'Setting desired instance count to 4.', 'Setting desired instance count to 3.']);
    expect(await instances()).toEqual({ current: 5, desired: 5 });
  });

  it('scales in by a percentage rounded as AWS does, waits out the cooldown, and stops at MinCapacity', async () => {
    const exact = await stepPolicy('queue-exact', { AdjustmentType: 'ExactCapacity', Cooldown: 60, StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 5 }] });
    await alarm('queue-depth-burst', 5000, 'GreaterThanThreshold', exact);
    await minuteAt(9000);
    expect((await activities())[0]?.Description).toBe('Setting desired instance count to 5.');
    // The burst is over: the alarm leaves ALARM and the exact-capacity policy stops acting.
    for (let minute = 0; minute < 4; minute++) await minuteAt(100);
    expect(await instances()).toEqual({ current: 5, desired: 5 });

    // -10 % of 5 is -0.5: AWS makes it -1, and MinAdjustmentMagnitude raises it to -2.
    const scaleIn = await stepPolicy('queue-scale-in', {
      AdjustmentType: 'PercentChangeInCapacity',
      MinAdjustmentMagnitude: 2,
      Cooldown: 600,
      StepAdjustments: [{ MetricIntervalUpperBound: 0, ScalingAdjustment: -10 }],
    });
    await alarm('queue-depth-low', 200, 'LessThanThreshold', scaleIn);
    await minuteAt(100);
    const [first] = await activities();
    expect(first).toMatchObject({ Description: 'Setting desired instance count to 3.', Cause: 'monitor alarm queue-depth-low in state ALARM triggered policy queue-scale-in' });
    const firstStart = first?.StartTime?.getTime() ?? 0;

    // Scale-in waits for the whole cooldown, then -2 more would be 1: the minimum.
    let second: ScalingActivity | undefined;
    for (let minute = 0; minute < 15 && !second; minute++) {
      await minuteAt(100);
      second = (await activities()).find((a) => a.Description === 'Setting desired instance count to 1.');
    }
    expect(second?.Cause).toBe('monitor alarm queue-depth-low in state ALARM triggered policy queue-scale-in');
    expect((second?.StartTime?.getTime() ?? 0) - firstStart).toBeGreaterThanOrEqual(600_000);

    // At the minimum the policy has nothing left to take away.
    for (let minute = 0; minute < 15; minute++) await minuteAt(100);
    expect((await activities()).filter((a) => a.Cause?.includes('queue-scale-in'))).toHaveLength(2);
    expect(await instances()).toEqual({ current: 1, desired: 1 });
  });

  it('does nothing while the alarm names no step policy or the breach falls in no step', async () => {
    const arn = await stepPolicy('queue-narrow', { AdjustmentType: 'ChangeInCapacity', StepAdjustments: [{ MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 100, ScalingAdjustment: 1 }] });
    await alarm('queue-depth-unrelated', 1000, 'GreaterThanThreshold', 'arn:aws:sns:us-east-1:111122223333:ops-alerts');
    await alarm('queue-depth-narrow', 1000, 'GreaterThanThreshold', arn);
    // 1,500 is 500 above: outside the only step's [0, 100) interval.
    for (let minute = 0; minute < 3; minute++) await minuteAt(1500);
    expect(await activities()).toEqual([]);
    // 1,050 is inside it: the narrow policy scales, the SNS-only alarm does not.
    await minuteAt(1050);
    expect((await activities()).map((a) => a.Cause)).toEqual(['monitor alarm queue-depth-narrow in state ALARM triggered policy queue-narrow']);
  });
});
