import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { control, runAwsCli } from './support';
import { MINUTE, hostModel, startHostingSandbox, type HostingSandbox } from './sagemaker-deploy-harness';

const RESOURCE = 'endpoint/churn-ep/variant/AllTraffic';
const KEY = ['--service-namespace', 'sagemaker', '--resource-id', RESOURCE, '--scalable-dimension', 'sagemaker:variant:DesiredInstanceCount'];

describe('the Debian AWS CLI drives Application Auto Scaling', () => {
  let s: HostingSandbox;
  beforeEach(async () => {
    s = await startHostingSandbox();
    await hostModel(s, { model: 'churn-v1', config: 'churn-config-v1', endpoint: 'churn-ep' }, { instances: 1 });
  });
  afterEach(async () => {
    await s.stop();
  });

  const aws = async (...args: string[]): Promise<Record<string, unknown>> => {
    const result = await runAwsCli(['application-autoscaling', ...args], { endpoint: s.sandbox.endpoint, ...s.sandbox.credentials });
    if (result.code !== 0) throw new Error(`aws application-autoscaling ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
    return result.stdout.trim() === '' ? {} : (JSON.parse(result.stdout) as Record<string, unknown>);
  };

  it('registers a target, puts a target-tracking policy and lists the scaling activity it causes', async () => {
    await aws('register-scalable-target', ...KEY, '--min-capacity', '1', '--max-capacity', '3');
    const targets = await aws('describe-scalable-targets', '--service-namespace', 'sagemaker');
    expect(targets.ScalableTargets).toEqual([expect.objectContaining({ ResourceId: RESOURCE, MinCapacity: 1, MaxCapacity: 3 })]);

    const policy = await aws(
      'put-scaling-policy',
      ...KEY,
      '--policy-name',
      'churn-invocations',
      '--policy-type',
      'TargetTrackingScaling',
      '--target-tracking-scaling-policy-configuration',
      JSON.stringify({ TargetValue: 500, PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' }, ScaleOutCooldown: 60, ScaleInCooldown: 600 }),
    );
    expect(String(policy.PolicyARN)).toContain(':policyName/churn-invocations');
    expect(policy.Alarms).toHaveLength(2);

    // 1,200 requests a minute on one instance against a target of 500: three instances are needed.
    await control(s.sandbox.endpoint, 'POST', 'traffic/start', { endpointName: 'churn-ep' });
    await control(s.sandbox.endpoint, 'POST', 'traffic/rate', { endpointName: 'churn-ep', ratePerMinute: 1200 });
    s.advance(8 * MINUTE);
    const listed = await aws('describe-scaling-activities', '--service-namespace', 'sagemaker', '--resource-id', RESOURCE);
    const [activity] = listed.ScalingActivities as Record<string, unknown>[];
    expect(activity).toMatchObject({
      Description: 'Setting desired instance count to 3.',
      StatusCode: 'Successful',
      StatusMessage: 'Successfully set desired instance count to 3. Change successfully fulfilled by sagemaker.',
      ResourceId: RESOURCE,
    });
    expect(String(activity?.Cause)).toMatch(/^monitor alarm TargetTracking-endpoint\/churn-ep\/variant\/AllTraffic-AlarmHigh-.+ in state ALARM triggered policy churn-invocations$/);

    const policies = await aws('describe-scaling-policies', '--service-namespace', 'sagemaker');
    expect(policies.ScalingPolicies).toEqual([expect.objectContaining({ PolicyName: 'churn-invocations', PolicyType: 'TargetTrackingScaling' })]);
  });

  it("reports AWS's error for a policy without a registered target", async () => {
    const result = await runAwsCli(
      ['application-autoscaling', 'put-scaling-policy', ...KEY, '--policy-name', 'p', '--policy-type', 'TargetTrackingScaling', '--target-tracking-scaling-policy-configuration', '{"TargetValue":10,"PredefinedMetricSpecification":{"PredefinedMetricType":"SageMakerVariantInvocationsPerInstance"}}'],
      { endpoint: s.sandbox.endpoint, ...s.sandbox.credentials },
    );
    expect(result.code).toBe(254);
    expect(result.stderr).toContain('ObjectNotFoundException');
    expect(result.stderr).toContain('No scalable target registered for service namespace: sagemaker');
  });
});
