import type {
  DeploymentConfig,
  ProductionVariant,
  UpdateEndpointInput,
  UpdateEndpointOutput,
  UpdateEndpointWeightsAndCapacitiesInput,
  UpdateEndpointWeightsAndCapacitiesOutput,
} from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { validationException } from '../base/errors';
import type { EndpointRecord, VariantState } from '../base/records';
import type { RegionState } from '../base/state';
import { typed } from '../base/typed';
import { findEndpoint, findEndpointConfig } from '../endpoints/lookup';
import { Checker } from '../validation/checker';
import { checkEntityName } from '../validation/common';
import type { CapacityChanges } from './capacity-change';
import { planDeployment, validateDeploymentConfig } from './deployment-plan';
import type { DeploymentRunner } from './deployment-runner';

const VARIANT_PROPERTIES = ['DesiredInstanceCount', 'DesiredWeight', 'DataCaptureConfig'] as const;
export const SAGEMAKER_SCALABLE_DIMENSION = 'sagemaker:variant:DesiredInstanceCount';

/** UpdateEndpoint and friends refuse an endpoint that is not InService with AWS's wording. */
export function assertUpdatable(endpoint: EndpointRecord): void {
  if (endpoint.status !== 'InService') throw validationException(`Cannot update in-progress endpoint "${endpoint.arn}".`);
}

function scalableVariantsBlocked(deps: SageMakerDeps, state: RegionState, endpoint: EndpointRecord, next: ProductionVariant[]): string[] {
  const directory = deps.env.bus.scalableTargets;
  if (!directory) return [];
  return endpoint.variants
    .filter((v) => directory.isRegistered(state.where, 'sagemaker', `endpoint/${endpoint.name}/variant/${v.variantName}`, SAGEMAKER_SCALABLE_DIMENSION))
    .filter((v) => {
      const replacement = next.find((n) => n.VariantName === v.variantName);
      return !replacement || (replacement.InstanceType ?? undefined) !== v.instanceType;
    })
    .map((v) => v.variantName);
}

/** The new fleet's variants: the config's values, or the running ones where they are retained. */
function newFleet(endpoint: EndpointRecord, configName: string, variants: ProductionVariant[], input: UpdateEndpointInput, startMs: number): VariantState[] {
  const excluded = new Set((input.ExcludeRetainedVariantProperties ?? []).map((p) => p.VariantPropertyType));
  const retain = (property: (typeof VARIANT_PROPERTIES)[number]) => input.RetainAllVariantProperties === true && !excluded.has(property);
  return variants.map((v) => {
    const running = endpoint.variants.find((r) => r.variantName === v.VariantName);
    return {
      variantName: v.VariantName ?? '',
      modelName: v.ModelName ?? '',
      ...(v.InstanceType ? { instanceType: v.InstanceType } : {}),
      desiredInstanceCount: running && retain('DesiredInstanceCount') ? running.desiredInstanceCount : (v.InitialInstanceCount ?? 1),
      currentInstanceCount: 0,
      desiredWeight: running && retain('DesiredWeight') ? running.desiredWeight : (v.InitialVariantWeight ?? 1),
      currentWeight: 0,
      deployedImages: [],
      fleetId: `${configName}@${startMs}`,
    };
  });
}

export function updateOperations(deps: SageMakerDeps, runner: DeploymentRunner, capacity: CapacityChanges): Record<string, OperationHandler> {
  type Ctx = Parameters<typeof whereOf>[0];
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));

  const update = (input: UpdateEndpointInput, ctx: Ctx): UpdateEndpointOutput => {
    const c = new Checker();
    checkEntityName(c, 'endpointName', input.EndpointName);
    checkEntityName(c, 'endpointConfigName', input.EndpointConfigName);
    (input.ExcludeRetainedVariantProperties ?? []).forEach((p, i) =>
      c.oneOf(`excludeRetainedVariantProperties.${i + 1}.member.variantPropertyType`, p.VariantPropertyType, VARIANT_PROPERTIES),
    );
    c.done();
    validateDeploymentConfig(input.DeploymentConfig);
    const state = region(ctx);
    const endpoint = findEndpoint(state, input.EndpointName ?? '');
    assertUpdatable(endpoint);
    const config = findEndpointConfig(state, input.EndpointConfigName ?? '');
    const blocked = scalableVariantsBlocked(deps, state, endpoint, config.variants);
    if (blocked.length > 0) {
      throw validationException(
        `The variant(s) "[${blocked.join(', ')}]" must be deregistered as scalable targets with AWS Application Auto Scaling before they can be removed or have their instance type updated.`,
      );
    }
    let deploymentConfig: DeploymentConfig | undefined = input.DeploymentConfig;
    if (!deploymentConfig && input.RetainDeploymentConfig === true) deploymentConfig = endpoint.lastDeploymentConfig;
    const now = deps.env.clock.now();
    const variants = newFleet(endpoint, config.name, config.variants, input, now);
    const plan = planDeployment(deploymentConfig, variants.reduce((sum, v) => sum + v.desiredInstanceCount, 0));
    const alarms = deps.env.bus.alarms;
    const missing = alarms ? plan.alarms.filter((name) => alarms.state(state.where, name) === undefined) : [];
    if (missing.length > 0) throw validationException(`The CloudWatch alarm(s) [${missing.join(', ')}] in the AutoRollbackConfiguration do not exist.`);
    runner.start(state, endpoint, { configName: config.name, config: deploymentConfig ?? {}, plan, newVariants: variants });
    return { EndpointArn: endpoint.arn };
  };

  const weights = (input: UpdateEndpointWeightsAndCapacitiesInput, ctx: Ctx): UpdateEndpointWeightsAndCapacitiesOutput => {
    const c = new Checker();
    checkEntityName(c, 'endpointName', input.EndpointName);
    if (c.required('desiredWeightsAndCapacities', input.DesiredWeightsAndCapacities)) c.size('desiredWeightsAndCapacities', input.DesiredWeightsAndCapacities, 1, 10);
    (input.DesiredWeightsAndCapacities ?? []).forEach((d, i) => {
      const at = `desiredWeightsAndCapacities.${i + 1}.member`;
      c.required(`${at}.variantName`, d.VariantName);
      c.range(`${at}.desiredWeight`, d.DesiredWeight, 0);
      c.range(`${at}.desiredInstanceCount`, d.DesiredInstanceCount, 0);
    });
    c.done();
    const state = region(ctx);
    const endpoint = findEndpoint(state, input.EndpointName ?? '');
    assertUpdatable(endpoint);
    const requested = input.DesiredWeightsAndCapacities ?? [];
    const unknown = requested.filter((d) => !endpoint.variants.some((v) => v.variantName === d.VariantName)).map((d) => d.VariantName ?? '');
    if (unknown.length > 0) throw validationException(`The variant name(s) [${unknown.join(', ')}] is/are not present in the endpoint "${endpoint.arn}".`);
    for (const d of requested) {
      if (d.DesiredInstanceCount === undefined && d.DesiredWeight === undefined) {
        throw validationException(`Either DesiredWeight or DesiredInstanceCount must be specified for variant "${d.VariantName}".`);
      }
    }
    for (const d of requested) {
      const variant = endpoint.variants.find((v) => v.variantName === d.VariantName);
      if (!variant) continue;
      if (d.DesiredInstanceCount !== undefined) variant.desiredInstanceCount = d.DesiredInstanceCount;
      if (d.DesiredWeight !== undefined) variant.desiredWeight = d.DesiredWeight;
    }
    capacity.begin(state, endpoint);
    return { EndpointArn: endpoint.arn };
  };

  return { UpdateEndpoint: typed(update), UpdateEndpointWeightsAndCapacities: typed(weights) };
}
