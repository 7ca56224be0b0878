import {
  ApplicationAutoScalingServiceException,
  DeleteScalingPolicyCommand,
  DeregisterScalableTargetCommand,
  DescribeScalableTargetsCommand,
  DescribeScalingActivitiesCommand,
  DescribeScalingPoliciesCommand,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
  type ScalingActivity,
} from '@aws-sdk/client-application-auto-scaling';
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeEndpointCommand, SageMakerServiceException, UpdateEndpointCommand } from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { control } from './support';
import { MINUTE, hostModel, startHostingSandbox, type HostingSandbox } from './sagemaker-deploy-harness';

const RESOURCE = 'endpoint/churn-ep/variant/AllTraffic';
const DIMENSION = 'sagemaker:variant:DesiredInstanceCount';
const target = { ServiceNamespace: 'sagemaker' as const, ResourceId: RESOURCE, ScalableDimension: DIMENSION as 'sagemaker:variant:DesiredInstanceCount' };

async function failure<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('Application Auto Scaling for SageMaker variants', () => {
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
  const variant = async () => (await s.sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'churn-ep' }))).ProductionVariants?.[0];

  const registerWithPolicy = async () => {
    await s.autoscaling.send(new RegisterScalableTargetCommand({ ...target, MinCapacity: 1, MaxCapacity: 4 }));
    return s.autoscaling.send(
      new PutScalingPolicyCommand({
        ...target,
        PolicyName: 'churn-invocations',
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: {
          TargetValue: 750,
          PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' },
          ScaleOutCooldown: 300,
          ScaleInCooldown: 300,
        },
      }),
    );
  };

  it('registers targets and creates the target-tracking alarms as AWS does', async () => {
    const policy = await registerWithPolicy();
    expect(policy.PolicyARN).toMatch(/^arn:aws:autoscaling:us-east-1:111122223333:scalingPolicy:[0-9a-f-]{36}:resource\/sagemaker\/endpoint\/churn-ep\/variant\/AllTraffic:policyName\/churn-invocations$/);
    const names = policy.Alarms?.map((a) => a.AlarmName ?? '') ?? [];
    expect(names).toEqual([expect.stringMatching(/^TargetTracking-endpoint\/churn-ep\/variant\/AllTraffic-AlarmHigh-[0-9a-f-]{36}$/), expect.stringMatching(/-AlarmLow-[0-9a-f-]{36}$/)]);

    const alarms = (await s.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: names }))).MetricAlarms ?? [];
    const high = alarms.find((a) => a.AlarmName?.includes('AlarmHigh'));
    const low = alarms.find((a) => a.AlarmName?.includes('AlarmLow'));
    expect(high).toMatchObject({ MetricName: 'InvocationsPerInstance', Namespace: 'AWS/SageMaker', Threshold: 750, EvaluationPeriods: 3, ComparisonOperator: 'GreaterThanThreshold', AlarmActions: [policy.PolicyARN] });
    expect(low).toMatchObject({ Threshold: 675, EvaluationPeriods: 15, ComparisonOperator: 'LessThanThreshold' });

    const targets = (await s.autoscaling.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker' }))).ScalableTargets ?? [];
    expect(targets).toEqual([expect.objectContaining({ ResourceId: RESOURCE, MinCapacity: 1, MaxCapacity: 4, ScalableDimension: DIMENSION, ScalableTargetARN: expect.stringMatching(/^arn:aws:application-autoscaling:us-east-1:111122223333:scalable-target\//) })]);
    const policies = (await s.autoscaling.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'sagemaker', ResourceId: RESOURCE }))).ScalingPolicies ?? [];
    expect(policies).toEqual([expect.objectContaining({ PolicyName: 'churn-invocations', PolicyType: 'TargetTrackingScaling', Alarms: policy.Alarms })]);

    // Deleting the policy deletes its alarms.
    await s.autoscaling.send(new DeleteScalingPolicyCommand({ ...target, PolicyName: 'churn-invocations' }));
    expect((await s.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: names }))).MetricAlarms).toEqual([]);
    const gone = await failure(s.autoscaling.send(new DeleteScalingPolicyCommand({ ...target, PolicyName: 'churn-invocations' })), ApplicationAutoScalingServiceException);
    expect(gone.name).toBe('ObjectNotFoundException');
  });

  it('scales out on a traffic spike and, after the cooldown, back in', async () => {
    await registerWithPolicy();
    await control(s.sandbox.endpoint, 'POST', 'traffic/start', { endpointName: 'churn-ep' });
    // 700 per instance: under the target, above 90% of it, so neither alarm asks for a change.
    await control(s.sandbox.endpoint, 'POST', 'traffic/rate', { endpointName: 'churn-ep', ratePerMinute: 1400 });
    s.advance(20 * MINUTE);
    expect(await activities()).toEqual([]);

    // 4,000 requests a minute on two instances: 2,000 per instance against a target of 750.
    await control(s.sandbox.endpoint, 'POST', 'traffic/rate', { endpointName: 'churn-ep', ratePerMinute: 4000 });
    let out: ScalingActivity | undefined;
    for (let minute = 0; minute < 6 && !out; minute++) {
      s.advance(MINUTE);
      out = (await activities())[0];
    }
    expect(out).toMatchObject({ Description: 'Setting desired instance count to 4.', StatusCode: 'InProgress' });
    expect(out?.Cause).toMatch(/^monitor alarm TargetTracking-endpoint\/churn-ep\/variant\/AllTraffic-AlarmHigh-[0-9a-f-]{36} in state ALARM triggered policy churn-invocations$/);
    expect(await variant()).toMatchObject({ DesiredInstanceCount: 4, CurrentInstanceCount: 2 });

    s.advance(3 * MINUTE);
    const finished = (await activities())[0];
    expect(finished).toMatchObject({ StatusCode: 'Successful', StatusMessage: 'Successfully set desired instance count to 4. Change successfully fulfilled by sagemaker.' });
    expect(await variant()).toMatchObject({ DesiredInstanceCount: 4, CurrentInstanceCount: 4 });
    const scaledOutAt = finished?.EndTime?.getTime() ?? 0;

    // The spike ends: 300 a minute is 75 per instance, well under 90% of the target for 15 minutes.
    await control(s.sandbox.endpoint, 'POST', 'traffic/rate', { endpointName: 'churn-ep', ratePerMinute: 300 });
    let scaleIn: ScalingActivity | undefined;
    for (let minute = 0; minute < 25 && !scaleIn; minute++) {
      s.advance(MINUTE);
      scaleIn = (await activities()).find((a) => a.Description === 'Setting desired instance count to 1.');
    }
    expect(scaleIn?.Cause).toMatch(/AlarmLow-[0-9a-f-]{36} in state ALARM triggered policy churn-invocations$/);
    expect((scaleIn?.StartTime?.getTime() ?? 0) - scaledOutAt).toBeGreaterThanOrEqual(300_000);
    s.advance(3 * MINUTE);
    expect(await variant()).toMatchObject({ DesiredInstanceCount: 1, CurrentInstanceCount: 1 });
    expect((await activities()).map((a) => a.StatusCode)).toEqual(['Successful', 'Successful']);
  });

  it("refuses an instance-type change of a scaled variant until it is deregistered (AWS's rule)", async () => {
    await registerWithPolicy();
    await hostModel(s, { model: 'churn-v2', config: 'churn-config-xl' }, { instanceType: 'ml.m5.xlarge' });
    await hostModel(s, { model: 'churn-v3', config: 'churn-config-v3' }, { instanceType: 'ml.m5.large' });
    const refused = await failure(s.sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn-ep', EndpointConfigName: 'churn-config-xl' })), SageMakerServiceException);
    expect(refused.name).toBe('ValidationException');
    expect(refused.message).toBe(
      'The variant(s) "[AllTraffic]" must be deregistered as scalable targets with AWS Application Auto Scaling before they can be removed or have their instance type updated.',
    );
    // A new model on the same instance type is allowed.
    await s.sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn-ep', EndpointConfigName: 'churn-config-v3' }));
    s.advance(2 * MINUTE);

    await s.autoscaling.send(new DeregisterScalableTargetCommand(target));
    expect((await s.autoscaling.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'sagemaker' }))).ScalingPolicies).toEqual([]);
    await s.sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn-ep', EndpointConfigName: 'churn-config-xl' }));
    expect((await s.sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'churn-ep' }))).EndpointStatus).toBe('Updating');
  });

  it("answers AWS's errors for missing targets and bad input", async () => {
    const noTarget = await failure(
      s.autoscaling.send(new PutScalingPolicyCommand({ ...target, PolicyName: 'p', PolicyType: 'TargetTrackingScaling', TargetTrackingScalingPolicyConfiguration: { TargetValue: 100, PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' } } })),
      ApplicationAutoScalingServiceException,
    );
    expect(noTarget.name).toBe('ObjectNotFoundException');
    expect(noTarget.message).toBe(`No scalable target registered for service namespace: sagemaker, resource ID: ${RESOURCE}, scalable dimension: ${DIMENSION}`);
    const bounds = await failure(s.autoscaling.send(new RegisterScalableTargetCommand({ ...target, MinCapacity: 5, MaxCapacity: 2 })), ApplicationAutoScalingServiceException);
    expect(bounds.name).toBe('ValidationException');
    const missingVariant = await failure(s.autoscaling.send(new RegisterScalableTargetCommand({ ...target, ResourceId: 'endpoint/churn-ep/variant/Nope', MinCapacity: 1, MaxCapacity: 2 })), ApplicationAutoScalingServiceException);
    expect(missingVariant.message).toContain('endpoint/churn-ep/variant/Nope');
    const deregister = await failure(s.autoscaling.send(new DeregisterScalableTargetCommand(target)), ApplicationAutoScalingServiceException);
    expect(deregister.name).toBe('ObjectNotFoundException');
  });

  it('deregisters the target and deletes its alarms when the endpoint is deleted', async () => {
    const policy = await registerWithPolicy();
    const { DeleteEndpointCommand } = await import('@aws-sdk/client-sagemaker');
    await s.sagemaker.send(new DeleteEndpointCommand({ EndpointName: 'churn-ep' }));
    s.advance(MINUTE);
    expect((await s.autoscaling.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker' }))).ScalableTargets).toEqual([]);
    expect((await s.autoscaling.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'sagemaker' }))).ScalingPolicies).toEqual([]);
    const names = policy.Alarms?.map((a) => a.AlarmName ?? '') ?? [];
    expect((await s.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: names }))).MetricAlarms).toEqual([]);
  });

  it('brings capacity inside new bounds when a target is registered', async () => {
    await s.autoscaling.send(new RegisterScalableTargetCommand({ ...target, MinCapacity: 3, MaxCapacity: 5 }));
    const [activity] = await activities();
    expect(activity).toMatchObject({ Description: 'Setting desired instance count to 3.', Cause: 'minimum capacity was set to 3', StatusCode: 'InProgress' });
    s.advance(3 * MINUTE);
    expect(await variant()).toMatchObject({ CurrentInstanceCount: 3 });
    expect((await activities())[0]?.StatusCode).toBe('Successful');
  });
});
