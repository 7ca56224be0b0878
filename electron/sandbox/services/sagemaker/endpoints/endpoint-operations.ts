import type {
  CreateEndpointInput,
  CreateEndpointOutput,
  DeleteEndpointInput,
  DescribeEndpointInput,
  DescribeEndpointOutput,
  EndpointStatus,
  ListEndpointsInput,
  ListEndpointsOutput,
  PendingDeploymentSummary,
  ProductionVariantInstanceType,
  ProductionVariantStatus,
  VariantStatus,
} from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { sagemakerArn } from '../base/arn';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { validationException } from '../base/errors';
import { listByStatus } from '../base/status-listing';
import type { DeploymentRecord, EndpointRecord, VariantState } from '../base/records';
import { key, type RegionState } from '../base/state';
import { toDate } from '../base/time';
import { typed, type EmptyOutput } from '../base/typed';
import { trackEndpoint } from '../lineage/hosting-tracking';
import { putTags } from '../tags/tag-store';
import { Checker } from '../validation/checker';
import { checkEntityName, checkTags } from '../validation/common';
import { ENUMS } from '../validation/patterns';
import type { EndpointLifecycle } from './endpoint-lifecycle';
import { findEndpoint, findEndpointConfig } from './lookup';

export function admitEndpoint(
  deps: SageMakerDeps,
  lifecycle: EndpointLifecycle,
  state: RegionState,
  input: CreateEndpointInput,
): EndpointRecord {
  const name = input.EndpointName ?? '';
  const arn = sagemakerArn(state.where, 'endpoint', name);
  if (state.endpoints[key(name)]) throw validationException(`Cannot create already existing endpoint "${arn}".`);
  const config = findEndpointConfig(state, input.EndpointConfigName ?? '');
  const now = deps.env.clock.now();
  const endpoint: EndpointRecord = {
    name,
    arn,
    configName: config.name,
    status: 'Creating',
    createdMs: now,
    lastModifiedMs: now,
    variants: config.variants.map((v) => ({
      variantName: v.VariantName ?? '',
      modelName: v.ModelName ?? '',
      ...(v.InstanceType ? { instanceType: v.InstanceType } : {}),
      desiredInstanceCount: v.InitialInstanceCount ?? 1,
      currentInstanceCount: 0,
      desiredWeight: v.InitialVariantWeight ?? 1,
      currentWeight: 0,
      deployedImages: [],
    })),
  };
  state.endpoints[key(name)] = endpoint;
  putTags(state, arn, input.Tags);
  trackEndpoint(state, endpoint);
  lifecycle.resume(state, endpoint);
  return endpoint;
}

function variantSummary(v: VariantState) {
  return {
    VariantName: v.variantName,
    DeployedImages: v.deployedImages.map((d) => ({
      SpecifiedImage: d.specified,
      ResolvedImage: d.resolved,
      ResolutionTime: toDate(d.resolvedMs),
    })),
    CurrentWeight: v.currentWeight,
    DesiredWeight: v.desiredWeight,
    CurrentInstanceCount: v.currentInstanceCount,
    DesiredInstanceCount: v.desiredInstanceCount,
  };
}

/** The in-progress deployment as AWS summarises it: the new fleet and the stage each variant is in. */
function pendingDeployment(d: DeploymentRecord): PendingDeploymentSummary {
  const status: VariantStatus = d.phase === 'Creating' ? 'Creating' : d.phase === 'Baking' ? 'Baking' : 'Deleting';
  const message =
    d.phase === 'Baking'
      ? `Baking for ${d.waitMs / 1000} seconds with ${Math.round(d.newFraction * 100)}% of traffic on the new fleet.`
      : d.phase === 'Creating'
        ? 'Creating the new fleet.'
        : `Waiting ${d.terminationWaitMs / 1000} seconds before terminating the old fleet.`;
  return {
    EndpointConfigName: d.configName,
    StartTime: toDate(d.startMs),
    ProductionVariants: d.newVariants.map((v) => ({
      ...variantSummary(v),
      InstanceType: v.instanceType as ProductionVariantInstanceType | undefined,
      VariantStatus: [{ Status: status, StatusMessage: message, StartTime: toDate(d.phaseStartMs) }],
    })),
  };
}

/** While UpdateEndpointWeightsAndCapacities (or Auto Scaling) changes a variant, it is Updating. */
function capacityStatus(e: EndpointRecord, v: VariantState): ProductionVariantStatus[] | undefined {
  if (
    e.status !== 'Updating' ||
    e.deployment ||
    (v.currentInstanceCount === v.desiredInstanceCount && v.currentWeight === v.desiredWeight)
  )
    return undefined;
  const message =
    v.currentInstanceCount !== v.desiredInstanceCount
      ? `Updating the instance count from ${v.currentInstanceCount} to ${v.desiredInstanceCount}.`
      : `Updating the variant weight from ${v.currentWeight} to ${v.desiredWeight}.`;
  return [{ Status: 'Updating', StatusMessage: message, StartTime: toDate(e.lastModifiedMs) }];
}

export function describeEndpoint(e: EndpointRecord): DescribeEndpointOutput {
  const running = e.status !== 'Creating' && e.status !== 'Failed';
  return {
    EndpointName: e.name,
    EndpointArn: e.arn,
    EndpointConfigName: e.configName,
    ProductionVariants: running
      ? e.variants.map((v) => ({ ...variantSummary(v), VariantStatus: capacityStatus(e, v) }))
      : undefined,
    EndpointStatus: e.status as EndpointStatus,
    FailureReason: e.failureReason,
    CreationTime: toDate(e.createdMs),
    LastModifiedTime: toDate(e.lastModifiedMs),
    LastDeploymentConfig: e.lastDeploymentConfig,
    PendingDeploymentSummary: e.deployment ? pendingDeployment(e.deployment) : undefined,
  };
}

export function endpointOperations(
  deps: SageMakerDeps,
  lifecycle: EndpointLifecycle,
): Record<string, OperationHandler> {
  type Ctx = Parameters<typeof whereOf>[0];
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));
  const checkName = (name: string | undefined) => {
    const c = new Checker();
    checkEntityName(c, 'endpointName', name);
    c.done();
  };

  const create = (input: CreateEndpointInput, ctx: Ctx): CreateEndpointOutput => {
    const c = new Checker();
    checkEntityName(c, 'endpointName', input.EndpointName);
    checkEntityName(c, 'endpointConfigName', input.EndpointConfigName);
    checkTags(c, input.Tags);
    c.done();
    return { EndpointArn: admitEndpoint(deps, lifecycle, region(ctx), input).arn };
  };

  const describe = (input: DescribeEndpointInput, ctx: Ctx): DescribeEndpointOutput => {
    checkName(input.EndpointName);
    return describeEndpoint(findEndpoint(region(ctx), input.EndpointName ?? ''));
  };

  const list = (input: ListEndpointsInput, ctx: Ctx): ListEndpointsOutput => {
    const { page, nextToken } = listByStatus(
      'ListEndpoints',
      Object.values(region(ctx).endpoints),
      input,
      ENUMS.endpointStatus,
      'Descending',
    );
    return {
      Endpoints: page.map((e) => ({
        EndpointName: e.name,
        EndpointArn: e.arn,
        CreationTime: toDate(e.createdMs),
        LastModifiedTime: toDate(e.lastModifiedMs),
        EndpointStatus: e.status as EndpointStatus,
      })),
      NextToken: nextToken,
    };
  };

  const remove = (input: DeleteEndpointInput, ctx: Ctx): EmptyOutput => {
    checkName(input.EndpointName);
    const state = region(ctx);
    const e = findEndpoint(state, input.EndpointName ?? '');
    if (e.status === 'Deleting') throw validationException(`Cannot update in-progress endpoint "${e.arn}".`);
    lifecycle.delete(state, e);
    return {};
  };

  return {
    CreateEndpoint: typed(create),
    DescribeEndpoint: typed(describe),
    ListEndpoints: typed(list),
    DeleteEndpoint: typed(remove),
  };
}
