import type {
  DeleteScalingPolicyRequest,
  DeleteScalingPolicyResponse,
  DescribeScalingPoliciesRequest,
  DescribeScalingPoliciesResponse,
  PutScalingPolicyRequest,
  PutScalingPolicyResponse,
  ScalableDimension,
  ServiceNamespace,
} from '@aws-sdk/client-application-auto-scaling';
import { randomUUID } from 'node:crypto';
import type { OperationContext, OperationHandler, Where } from '../../types';
import { typed } from '../sagemaker/base/typed';
import type { ScalingDeps } from './deps';
import { noTarget, objectNotFound, validation } from './errors';
import { policyKey, targetKey, type PolicyRecord, type RegionScaling } from './model';
import { page } from './pages';
import { alarmArn, targetTrackingAlarms } from './target-tracking-alarms';
import { pruneDeletedVariants } from './target-operations';
import { Checker, checkMaxResults, checkTargetKey } from './validate';

const POLICY_TYPES = ['StepScaling', 'TargetTrackingScaling', 'PredictiveScaling'] as const;
const ADJUSTMENT_TYPES = ['ChangeInCapacity', 'PercentChangeInCapacity', 'ExactCapacity'] as const;
const AGGREGATIONS = ['Average', 'Minimum', 'Maximum'] as const;

function whereOf(ctx: OperationContext): Where {
  return { accountId: ctx.accountId, region: ctx.region };
}

function validatePut(input: PutScalingPolicyRequest): void {
  const c = new Checker();
  if (c.required('policyName', input.PolicyName)) {
    c.length('policyName', input.PolicyName, 1, 256);
    // The model's pattern is \p{Print}+, which JavaScript lacks: printable means no control characters.
    c.pattern('policyName', input.PolicyName, '\\P{Cc}+');
  }
  checkTargetKey(c, input);
  c.oneOf('policyType', input.PolicyType, POLICY_TYPES);
  const tt = input.TargetTrackingScalingPolicyConfiguration;
  if (tt) {
    c.required('targetTrackingScalingPolicyConfiguration.targetValue', tt.TargetValue);
    c.range('targetTrackingScalingPolicyConfiguration.scaleOutCooldown', tt.ScaleOutCooldown, 0);
    c.range('targetTrackingScalingPolicyConfiguration.scaleInCooldown', tt.ScaleInCooldown, 0);
  }
  const step = input.StepScalingPolicyConfiguration;
  if (step) {
    c.oneOf('stepScalingPolicyConfiguration.adjustmentType', step.AdjustmentType, ADJUSTMENT_TYPES);
    c.oneOf('stepScalingPolicyConfiguration.metricAggregationType', step.MetricAggregationType, AGGREGATIONS);
    c.range('stepScalingPolicyConfiguration.cooldown', step.Cooldown, 0);
    (step.StepAdjustments ?? []).forEach((s, i) => c.required(`stepScalingPolicyConfiguration.stepAdjustments.${i + 1}.member.scalingAdjustment`, s.ScalingAdjustment));
  }
  c.done();
  const type = input.PolicyType ?? 'StepScaling';
  if (type === 'PredictiveScaling') throw validation('PredictiveScaling policies are not supported for service namespace sagemaker.');
  if (type === 'TargetTrackingScaling') {
    if (!tt) throw validation('TargetTrackingScalingPolicyConfiguration is required for a TargetTrackingScaling policy.');
    const metric = tt.PredefinedMetricSpecification?.PredefinedMetricType;
    if (!metric && !tt.CustomizedMetricSpecification) throw validation('Either PredefinedMetricSpecification or CustomizedMetricSpecification is required.');
    if (metric && metric !== 'SageMakerVariantInvocationsPerInstance') {
      throw validation(`Unsupported predefined metric type ${metric} for the sandbox's sagemaker variants; use SageMakerVariantInvocationsPerInstance.`);
    }
    if (tt.CustomizedMetricSpecification) throw validation('CustomizedMetricSpecification is not emulated by the SageDeck sandbox; use PredefinedMetricSpecification.');
  } else if (!step) {
    throw validation('StepScalingPolicyConfiguration is required for a StepScaling policy.');
  } else if (!step.AdjustmentType) {
    throw validation('AdjustmentType is required for a StepScaling policy.');
  } else if (!step.StepAdjustments || step.StepAdjustments.length === 0) {
    throw validation('StepAdjustments must contain at least one step adjustment.');
  }
}

export function policyOperations(deps: ScalingDeps): Record<string, OperationHandler> {
  const putAlarms = (region: RegionScaling, policy: PolicyRecord, uuid: string) => {
    const definitions = targetTrackingAlarms(policy, uuid);
    policy.alarms = definitions.map((d) => ({ AlarmName: d.AlarmName ?? '', AlarmARN: alarmArn(region.where, d.AlarmName ?? '') }));
    for (const definition of definitions) deps.env.bus.alarms?.put(region.where, definition);
  };

  const put = (input: PutScalingPolicyRequest, ctx: OperationContext): PutScalingPolicyResponse => {
    validatePut(input);
    const where = whereOf(ctx);
    const region = deps.store.region(where);
    const namespace = input.ServiceNamespace as ServiceNamespace;
    const resourceId = input.ResourceId ?? '';
    const dimension = input.ScalableDimension as ScalableDimension;
    if (!region.targets[targetKey(namespace, resourceId, dimension)]) throw noTarget(namespace, resourceId, dimension);
    const name = input.PolicyName ?? '';
    const id = policyKey(namespace, resourceId, dimension, name);
    const existing = region.policies[id];
    const uuid = existing ? (/scalingPolicy:([^:]+):/.exec(existing.arn)?.[1] ?? randomUUID()) : randomUUID();
    if (existing) deps.env.bus.alarms?.delete(where, existing.alarms.map((a) => a.AlarmName));
    const policy: PolicyRecord = {
      arn: `arn:aws:autoscaling:${where.region}:${where.accountId}:scalingPolicy:${uuid}:resource/${namespace}/${resourceId}:policyName/${name}`,
      name,
      serviceNamespace: namespace,
      resourceId,
      scalableDimension: dimension,
      policyType: (input.PolicyType ?? 'StepScaling') as PolicyRecord['policyType'],
      alarms: [],
      createdMs: existing?.createdMs ?? deps.env.clock.now(),
    };
    if (input.TargetTrackingScalingPolicyConfiguration) policy.targetTracking = input.TargetTrackingScalingPolicyConfiguration;
    if (input.StepScalingPolicyConfiguration) policy.stepScaling = input.StepScalingPolicyConfiguration;
    region.policies[id] = policy;
    if (policy.policyType === 'TargetTrackingScaling') putAlarms(region, policy, uuid);
    const output: PutScalingPolicyResponse = { PolicyARN: policy.arn };
    if (policy.policyType === 'TargetTrackingScaling') output.Alarms = policy.alarms;
    return output;
  };

  const describe = (input: DescribeScalingPoliciesRequest, ctx: OperationContext): DescribeScalingPoliciesResponse => {
    const c = new Checker();
    if (c.required('serviceNamespace', input.ServiceNamespace)) checkTargetKey(c, { ServiceNamespace: input.ServiceNamespace, ScalableDimension: input.ScalableDimension }, false);
    checkMaxResults(c, input.MaxResults);
    c.done();
    const names = input.PolicyNames && input.PolicyNames.length > 0 ? new Set(input.PolicyNames) : undefined;
    const region = deps.store.region(whereOf(ctx));
    pruneDeletedVariants(deps, region);
    const matching = Object.values(region.policies)
      .filter(
        (p) =>
          p.serviceNamespace === input.ServiceNamespace &&
          (!input.ResourceId || p.resourceId === input.ResourceId) &&
          (!input.ScalableDimension || p.scalableDimension === input.ScalableDimension) &&
          (!names || names.has(p.name)),
      )
      .sort((a, b) => a.createdMs - b.createdMs || a.name.localeCompare(b.name));
    const { items, nextToken } = page('DescribeScalingPolicies', matching, input.NextToken, input.MaxResults);
    return {
      ScalingPolicies: items.map((p) => ({
        PolicyARN: p.arn,
        PolicyName: p.name,
        ServiceNamespace: p.serviceNamespace,
        ResourceId: p.resourceId,
        ScalableDimension: p.scalableDimension,
        PolicyType: p.policyType,
        TargetTrackingScalingPolicyConfiguration: p.targetTracking,
        StepScalingPolicyConfiguration: p.stepScaling,
        Alarms: p.alarms,
        CreationTime: new Date(p.createdMs),
      })),
      NextToken: nextToken,
    };
  };

  const remove = (input: DeleteScalingPolicyRequest, ctx: OperationContext): DeleteScalingPolicyResponse => {
    const c = new Checker();
    c.required('policyName', input.PolicyName);
    checkTargetKey(c, input);
    c.done();
    const region = deps.store.region(whereOf(ctx));
    const id = policyKey(input.ServiceNamespace ?? '', input.ResourceId ?? '', input.ScalableDimension ?? '', input.PolicyName ?? '');
    const policy = region.policies[id];
    if (!policy) {
      throw objectNotFound(
        `No scaling policy found for service namespace: ${input.ServiceNamespace}, resource ID: ${input.ResourceId}, scalable dimension: ${input.ScalableDimension}, policy name: ${input.PolicyName}`,
      );
    }
    deps.removePolicy(region, id, policy);
    return {};
  };

  return { PutScalingPolicy: typed(put), DescribeScalingPolicies: typed(describe), DeleteScalingPolicy: typed(remove) };
}
