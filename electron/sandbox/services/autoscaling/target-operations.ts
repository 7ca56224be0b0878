import type {
  DeregisterScalableTargetRequest,
  DeregisterScalableTargetResponse,
  DescribeScalableTargetsRequest,
  DescribeScalableTargetsResponse,
  RegisterScalableTargetRequest,
  RegisterScalableTargetResponse,
  ScalableDimension,
  ServiceNamespace,
} from '@aws-sdk/client-application-auto-scaling';
import { randomBytes } from 'node:crypto';
import type { OperationContext, OperationHandler } from '../../types';
import { typed } from '../sagemaker/base/typed';
import type { ScalingDeps } from './deps';
import { noTarget, validation } from './errors';
import { targetKey, type RegionScaling, type TargetRecord } from './model';
import { page } from './pages';
import { SAGEMAKER_DIMENSION, parseVariantResourceId } from './resource-id';
import { Checker, checkMaxResults, checkTargetKey } from './validate';

function whereOf(ctx: OperationContext) {
  return { accountId: ctx.accountId, region: ctx.region };
}

/** The service-linked role AWS fills in when RoleARN is left out. */
function serviceLinkedRole(accountId: string): string {
  return `arn:aws:iam::${accountId}:role/aws-service-role/sagemaker.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_SageMakerEndpoint`;
}

/**
 * AWS deregisters a variant's scalable target (and its policies) when the endpoint is deleted;
 * the sandbox notices the missing variant when targets are next read.
 */
export function pruneDeletedVariants(deps: ScalingDeps, region: RegionScaling): void {
  const fleet = deps.env.bus.endpoints;
  if (!fleet) return;
  for (const [id, target] of Object.entries(region.targets)) {
    const ref = parseVariantResourceId(target.resourceId);
    if (!ref || fleet.variant(region.where, ref.endpointName, ref.variantName)) continue;
    for (const [policyId, policy] of Object.entries(region.policies)) if (policyId.startsWith(`${id}|`)) deps.removePolicy(region, policyId, policy);
    delete region.targets[id];
  }
}

export function targetOperations(deps: ScalingDeps): Record<string, OperationHandler> {
  const register = (input: RegisterScalableTargetRequest, ctx: OperationContext): RegisterScalableTargetResponse => {
    const c = new Checker();
    checkTargetKey(c, input);
    c.range('minCapacity', input.MinCapacity, 0);
    c.range('maxCapacity', input.MaxCapacity, 0);
    c.done();
    const where = whereOf(ctx);
    const region = deps.store.region(where);
    const namespace = input.ServiceNamespace as ServiceNamespace;
    const resourceId = input.ResourceId ?? '';
    const dimension = input.ScalableDimension as ScalableDimension;
    if (namespace !== 'sagemaker' || dimension !== SAGEMAKER_DIMENSION) {
      throw validation(`The sandbox scales SageMaker variants only (service namespace sagemaker, dimension ${SAGEMAKER_DIMENSION}).`);
    }
    const ref = parseVariantResourceId(resourceId);
    if (!ref) throw validation(`Unsupported resource ID format: ${resourceId}. Expected endpoint/<endpoint-name>/variant/<variant-name>.`);
    const variant = deps.env.bus.endpoints?.variant(where, ref.endpointName, ref.variantName);
    if (!variant) throw validation(`The endpoint variant ${resourceId} does not exist.`);
    const existing = region.targets[targetKey(namespace, resourceId, dimension)];
    const min = input.MinCapacity ?? existing?.minCapacity;
    const max = input.MaxCapacity ?? existing?.maxCapacity;
    if (min === undefined || max === undefined) throw validation('MinCapacity and MaxCapacity are required when registering a new scalable target.');
    if (min > max) throw validation(`Minimum capacity cannot be greater than maximum capacity (${min} > ${max}).`);
    if (min < 1) throw validation('Minimum capacity of a SageMaker variant must be at least 1.');
    const record: TargetRecord = existing ?? {
      serviceNamespace: namespace,
      resourceId,
      scalableDimension: dimension,
      minCapacity: min,
      maxCapacity: max,
      roleArn: input.RoleARN ?? serviceLinkedRole(where.accountId),
      arn: `arn:aws:application-autoscaling:${where.region}:${where.accountId}:scalable-target/${randomBytes(14).toString('hex').slice(0, 28)}`,
      createdMs: deps.env.clock.now(),
    };
    record.minCapacity = min;
    record.maxCapacity = max;
    if (input.RoleARN) record.roleArn = input.RoleARN;
    if (input.SuspendedState) record.suspended = { ...record.suspended, ...input.SuspendedState };
    region.targets[targetKey(namespace, resourceId, dimension)] = record;
    deps.scaler.enforceBounds(region, record);
    return { ScalableTargetARN: record.arn };
  };

  const describe = (input: DescribeScalableTargetsRequest, ctx: OperationContext): DescribeScalableTargetsResponse => {
    const c = new Checker();
    if (c.required('serviceNamespace', input.ServiceNamespace)) checkTargetKey(c, { ServiceNamespace: input.ServiceNamespace, ScalableDimension: input.ScalableDimension }, false);
    checkMaxResults(c, input.MaxResults);
    c.done();
    const ids = input.ResourceIds && input.ResourceIds.length > 0 ? new Set(input.ResourceIds) : undefined;
    const region = deps.store.region(whereOf(ctx));
    pruneDeletedVariants(deps, region);
    const matching = Object.values(region.targets)
      .filter((t) => t.serviceNamespace === input.ServiceNamespace && (!ids || ids.has(t.resourceId)) && (!input.ScalableDimension || t.scalableDimension === input.ScalableDimension))
      .sort((a, b) => a.createdMs - b.createdMs || a.resourceId.localeCompare(b.resourceId));
    const { items, nextToken } = page('DescribeScalableTargets', matching, input.NextToken, input.MaxResults);
    return {
      ScalableTargets: items.map((t) => ({
        ServiceNamespace: t.serviceNamespace,
        ResourceId: t.resourceId,
        ScalableDimension: t.scalableDimension,
        MinCapacity: t.minCapacity,
        MaxCapacity: t.maxCapacity,
        RoleARN: t.roleArn,
        CreationTime: new Date(t.createdMs),
        SuspendedState: { DynamicScalingInSuspended: false, DynamicScalingOutSuspended: false, ScheduledScalingSuspended: false, ...t.suspended },
        ScalableTargetARN: t.arn,
      })),
      NextToken: nextToken,
    };
  };

  const deregister = (input: DeregisterScalableTargetRequest, ctx: OperationContext): DeregisterScalableTargetResponse => {
    const c = new Checker();
    checkTargetKey(c, input);
    c.done();
    const region = deps.store.region(whereOf(ctx));
    const id = targetKey(input.ServiceNamespace ?? '', input.ResourceId ?? '', input.ScalableDimension ?? '');
    if (!region.targets[id]) throw noTarget(input.ServiceNamespace ?? '', input.ResourceId ?? '', input.ScalableDimension ?? '');
    // Deregistering deletes the target's scaling policies and their alarms, as AWS does.
    for (const [policyId, policy] of Object.entries(region.policies)) {
      if (policyId.startsWith(`${id}|`)) deps.removePolicy(region, policyId, policy);
    }
    delete region.targets[id];
    return {};
  };

  return {
    RegisterScalableTarget: typed(register),
    DescribeScalableTargets: typed(describe),
    DeregisterScalableTarget: typed(deregister),
  };
}
