import {
  DeregisterScalableTargetCommand,
  DescribeScalableTargetsCommand,
  DescribeScalingActivitiesCommand,
  DescribeScalingPoliciesCommand,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
  ScalableDimension,
  type ApplicationAutoScalingClient,
  type ScalingPolicy,
} from '@aws-sdk/client-application-auto-scaling';
import type { ScalingPolicyView, VariantScaling } from '../../../../shared/domain/endpoints';

export const DIMENSION = ScalableDimension.SageMakerVariantDesiredInstanceCount;
export const resourceIdOf = (endpointName: string, variantName: string) => `endpoint/${endpointName}/variant/${variantName}`;

export function policyView(policy: ScalingPolicy): ScalingPolicyView {
  const tracking = policy.TargetTrackingScalingPolicyConfiguration;
  return {
    policyName: policy.PolicyName ?? '',
    policyType: policy.PolicyType ?? '',
    ...(tracking?.TargetValue !== undefined ? { targetValue: tracking.TargetValue } : {}),
    ...(tracking?.PredefinedMetricSpecification?.PredefinedMetricType ? { metric: tracking.PredefinedMetricSpecification.PredefinedMetricType } : {}),
    ...(tracking?.ScaleInCooldown !== undefined ? { scaleInCooldownSeconds: tracking.ScaleInCooldown } : {}),
    ...(tracking?.ScaleOutCooldown !== undefined ? { scaleOutCooldownSeconds: tracking.ScaleOutCooldown } : {}),
    ...(tracking?.DisableScaleIn !== undefined ? { disableScaleIn: tracking.DisableScaleIn } : {}),
    alarms: (policy.Alarms ?? []).map((a) => a.AlarmName ?? ''),
  };
}

/** One variant's scalable target, its policies and its last 20 activities (three calls). */
export async function variantScaling(
  client: ApplicationAutoScalingClient,
  endpointName: string,
  variant: { variantName: string; instanceType?: string | undefined; currentInstanceCount?: number | undefined },
  signal: AbortSignal,
): Promise<VariantScaling> {
  const resourceId = resourceIdOf(endpointName, variant.variantName);
  const common = { ServiceNamespace: 'sagemaker' as const, ResourceId: resourceId, ScalableDimension: DIMENSION };
  const targets = await client.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker', ResourceIds: [resourceId], ScalableDimension: DIMENSION }), { abortSignal: signal });
  const target = targets.ScalableTargets?.[0];
  const [policies, activities] = target
    ? await Promise.all([
        client.send(new DescribeScalingPoliciesCommand(common), { abortSignal: signal }),
        client.send(new DescribeScalingActivitiesCommand({ ...common, MaxResults: 20 }), { abortSignal: signal }),
      ])
    : [{ ScalingPolicies: [] }, { ScalingActivities: [] }];
  return {
    variantName: variant.variantName,
    ...(variant.instanceType ? { instanceType: variant.instanceType } : {}),
    ...(variant.currentInstanceCount !== undefined ? { currentInstanceCount: variant.currentInstanceCount } : {}),
    ...(target
      ? {
          target: {
            minCapacity: target.MinCapacity ?? 0,
            maxCapacity: target.MaxCapacity ?? 0,
            suspended: Boolean(target.SuspendedState?.DynamicScalingInSuspended || target.SuspendedState?.DynamicScalingOutSuspended),
          },
        }
      : {}),
    policies: (policies.ScalingPolicies ?? []).map(policyView),
    activities: (activities.ScalingActivities ?? []).map((a) => ({
      activityId: a.ActivityId ?? '',
      description: a.Description ?? '',
      cause: a.Cause ?? '',
      status: a.StatusCode ?? '',
      ...(a.StatusMessage ? { statusMessage: a.StatusMessage } : {}),
      startedAt: (a.StartTime ?? new Date(0)).toISOString(),
      ...(a.EndTime ? { endedAt: a.EndTime.toISOString() } : {}),
    })),
  };
}

export interface TargetTracking {
  policyName: string;
  targetValue: number;
  scaleInCooldownSeconds: number;
  scaleOutCooldownSeconds: number;
  disableScaleIn: boolean;
}

/** RegisterScalableTarget (creates or updates min/max) and, when given, the target-tracking policy. */
export async function applyScaling(
  client: ApplicationAutoScalingClient,
  endpointName: string,
  variantName: string,
  capacity: { minCapacity: number; maxCapacity: number },
  policy: TargetTracking | undefined,
  signal: AbortSignal,
): Promise<void> {
  const resourceId = resourceIdOf(endpointName, variantName);
  await client.send(
    new RegisterScalableTargetCommand({ ServiceNamespace: 'sagemaker', ResourceId: resourceId, ScalableDimension: DIMENSION, MinCapacity: capacity.minCapacity, MaxCapacity: capacity.maxCapacity }),
    { abortSignal: signal },
  );
  if (!policy) return;
  await client.send(
    new PutScalingPolicyCommand({
      PolicyName: policy.policyName,
      ServiceNamespace: 'sagemaker',
      ResourceId: resourceId,
      ScalableDimension: DIMENSION,
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: policy.targetValue,
        PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' },
        ScaleInCooldown: policy.scaleInCooldownSeconds,
        ScaleOutCooldown: policy.scaleOutCooldownSeconds,
        DisableScaleIn: policy.disableScaleIn,
      },
    }),
    { abortSignal: signal },
  );
}

export async function deregister(client: ApplicationAutoScalingClient, endpointName: string, variantName: string, signal: AbortSignal): Promise<void> {
  await client.send(new DeregisterScalableTargetCommand({ ServiceNamespace: 'sagemaker', ResourceId: resourceIdOf(endpointName, variantName), ScalableDimension: DIMENSION }), { abortSignal: signal });
}
