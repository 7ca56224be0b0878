import type { PutScalingPolicyRequest, RegisterScalableTargetRequest } from '@aws-sdk/client-application-auto-scaling';
import type { OperationContext, OperationHandler, Where } from '../../types';
import { SAGEMAKER_DIMENSION } from './resource-id';

export const DEMO_TARGET_VALUE = 750;

/**
 * churn-prod's AllTraffic scales between 1 and 4 instances, tracking 750 invocations per instance
 * per minute. Seeded through the operations themselves so the alarms are made as a client's
 * PutScalingPolicy would make them.
 */
export function seedDemoScaling(operations: Record<string, OperationHandler>, where: Where): void {
  // The handlers read only the caller's account and region from the context.
  const ctx = { accountId: where.accountId, region: where.region } as OperationContext;
  const resourceId = 'endpoint/churn-prod/variant/AllTraffic';
  const target = { ServiceNamespace: 'sagemaker', ResourceId: resourceId, ScalableDimension: SAGEMAKER_DIMENSION, MinCapacity: 1, MaxCapacity: 4 } satisfies RegisterScalableTargetRequest;
  const policy = {
    PolicyName: 'churn-prod-invocations-target-tracking',
    ServiceNamespace: 'sagemaker',
    ResourceId: resourceId,
    ScalableDimension: SAGEMAKER_DIMENSION,
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: DEMO_TARGET_VALUE,
      PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' },
      ScaleOutCooldown: 300,
      ScaleInCooldown: 600,
    },
  } satisfies PutScalingPolicyRequest;
  try {
    void operations.RegisterScalableTarget?.(target, ctx);
    void operations.PutScalingPolicy?.(policy, ctx);
  } catch {
    // No churn-prod in this region (SageMaker was not seeded): nothing to scale.
  }
}
