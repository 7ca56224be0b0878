import { UpdateEndpointCommand } from '@aws-sdk/client-sagemaker';
import type { HistoryVariant, RollbackPlan, RollbackResult } from '../../../../shared/domain/endpoints';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import { endpointUpdate } from './aws-refusals';
import { endpointDetail, type DetailDeps } from './endpoint-detail';
import type { DeploymentLog } from './deployment-log';

export interface RollbackDeps extends DetailDeps {
  log: DeploymentLog;
  callerArn: () => Promise<string | undefined>;
  now: () => number;
}

/** The running variants as the history shows them (instance count as running now). */
function runningVariants(detail: Awaited<ReturnType<typeof endpointDetail>>): HistoryVariant[] {
  return detail.variants.map((v) => ({
    variantName: v.variantName,
    ...(v.modelName ? { modelName: v.modelName } : {}),
    ...(v.modelVersion ? { modelVersion: v.modelVersion } : {}),
    ...(v.instanceType ? { instanceType: v.instanceType } : {}),
    ...(v.currentInstanceCount !== undefined ? { instanceCount: v.currentInstanceCount } : {}),
    ...(v.currentWeight !== undefined ? { weight: v.currentWeight } : {}),
  }));
}

export async function rollbackPlan(deps: RollbackDeps, endpointName: string, toConfigName?: string): Promise<RollbackPlan> {
  const detail = await endpointDetail(deps, endpointName);
  const target = toConfigName
    ? { configName: toConfigName, variants: (await deps.configs.resolve(deps.client, deps.generation, toConfigName, deps.signal)).variants }
    : detail.rollbackTarget;
  if (!target) {
    throw new SageDeckError({
      code: ErrorCodes.InvalidInput,
      message: `${endpointName} has no previous endpoint config to roll back to: SageDeck has no record of one and no other config named after it exists.`,
      retryable: false,
    });
  }
  if (target.configName === detail.configName) {
    throw new SageDeckError({ code: ErrorCodes.InvalidInput, message: `${endpointName} already serves ${target.configName}.`, retryable: false });
  }
  return {
    endpointName,
    fromConfigName: detail.configName ?? '',
    toConfigName: target.configName,
    before: runningVariants(detail),
    after: target.variants,
    ...(detail.status !== 'InService' ? { blockedReason: `${endpointName} is ${detail.status}: AWS refuses another update until it is InService again.` } : {}),
  };
}

/**
 * Updates the endpoint to the previous config in its chain: a blue/green UpdateEndpoint (the old
 * fleet serves until the new one takes all traffic, so no downtime), keeping the running instance
 * counts (an autoscaled variant keeps its capacity). Recorded in SageDeck's deployment log.
 */
export async function rollback(deps: RollbackDeps, endpointName: string, toConfigName?: string): Promise<RollbackResult> {
  const plan = await rollbackPlan(deps, endpointName, toConfigName);
  if (plan.blockedReason) throw new SageDeckError({ code: 'UpdateInProgress', message: `${plan.blockedReason} Wait for it, then try again.`, retryable: true });
  await endpointUpdate(endpointName, 'UpdateEndpoint', () =>
    deps.client.send(
      new UpdateEndpointCommand({
        EndpointName: endpointName,
        EndpointConfigName: plan.toConfigName,
        RetainAllVariantProperties: true,
        ExcludeRetainedVariantProperties: [{ VariantPropertyType: 'DesiredWeight' }],
      }),
      { abortSignal: deps.signal },
    ),
  );
  const by = await deps.callerArn();
  await deps.log.add({
    profile: deps.profile,
    region: deps.region,
    endpointName,
    kind: 'rollback',
    configName: plan.toConfigName,
    previousConfigName: plan.fromConfigName,
    at: new Date(deps.now()).toISOString(),
    ...(by ? { by } : {}),
  });
  return { endpointName, fromConfigName: plan.fromConfigName, toConfigName: plan.toConfigName };
}
