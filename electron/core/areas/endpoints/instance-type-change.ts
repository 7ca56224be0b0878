import type { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CreateEndpointConfigCommand, DescribeEndpointConfigCommand, UpdateEndpointCommand } from '@aws-sdk/client-sagemaker';
import type { InstanceTypeChangeResult } from '../../../../shared/domain/endpoints';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import { endpointUpdate, inProgressError } from './aws-refusals';
import { chainTags, deploymentName } from './deploy-requests';
import type { DeploymentLog } from './deployment-log';
import { describeRaw, type DetailDeps } from './endpoint-detail';
import { applyScaling, deregister, variantScaling, type TargetTracking } from './scaling';
import type { KeyedStore } from './local-store';

/** Scaling to put back once the endpoint is InService on the new instance type. */
export interface PendingRegistration {
  endpointName: string;
  variantName: string;
  minCapacity: number;
  maxCapacity: number;
  policies: TargetTracking[];
}

export interface InstanceTypeDeps extends DetailDeps {
  autoscaling: ApplicationAutoScalingClient;
  log: DeploymentLog;
  pending: KeyedStore<PendingRegistration>;
  callerArn: () => Promise<string | undefined>;
  now: () => number;
}

export const pendingKey = (profile: string, region: string, endpointName: string) => `${profile}|${region}|${endpointName}`;

/**
 * AWS refuses UpdateEndpoint changing the instance type of a variant registered with Application
 * Auto Scaling. The guided change: remember the target and its target-tracking policies, deregister
 * (which deletes the policies), update the endpoint to a copy of its config with the new type, and
 * re-register once it is InService again (`resumeRegistration`, run by the next look at the
 * endpoint's scaling or deployment). If the update is refused, the scaling is restored at once.
 */
export async function changeInstanceType(deps: InstanceTypeDeps, input: { endpointName: string; variantName: string; instanceType: string }): Promise<InstanceTypeChangeResult> {
  const endpoint = await describeRaw(deps, input.endpointName);
  if (endpoint.EndpointStatus !== 'InService') throw inProgressError(input.endpointName, endpoint.EndpointStatus ?? 'changing');
  const currentName = endpoint.EndpointConfigName ?? '';
  const config = await deps.client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: currentName }), { abortSignal: deps.signal });
  const variants = config.ProductionVariants ?? [];
  const variant = variants.find((v) => v.VariantName === input.variantName);
  if (!variant) throw new SageDeckError({ code: ErrorCodes.InvalidInput, message: `${input.endpointName} has no variant ${input.variantName}.`, fields: { variantName: 'No such variant.' }, retryable: false });
  if (variant.InstanceType === input.instanceType) throw new SageDeckError({ code: ErrorCodes.InvalidInput, message: `${input.variantName} already runs on ${input.instanceType}.`, fields: { instanceType: 'Already this type.' }, retryable: false });
  const scaling = await variantScaling(deps.autoscaling, input.endpointName, { variantName: input.variantName }, deps.signal);
  const saved: PendingRegistration | undefined = scaling.target
    ? {
        endpointName: input.endpointName,
        variantName: input.variantName,
        minCapacity: scaling.target.minCapacity,
        maxCapacity: scaling.target.maxCapacity,
        policies: scaling.policies
          .filter((p) => p.policyType === 'TargetTrackingScaling' && p.targetValue !== undefined)
          .map((p) => ({ policyName: p.policyName, targetValue: p.targetValue ?? 0, scaleInCooldownSeconds: p.scaleInCooldownSeconds ?? 300, scaleOutCooldownSeconds: p.scaleOutCooldownSeconds ?? 300, disableScaleIn: p.disableScaleIn ?? false })),
      }
    : undefined;
  const at = new Date(deps.now()).toISOString();
  const name = deploymentName(input.endpointName, deps.now());
  const by = await deps.callerArn();
  await deps.client.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: name,
      ProductionVariants: variants.map((v) => (v.VariantName === input.variantName ? { ...v, InstanceType: input.instanceType as typeof v.InstanceType } : v)),
      ...(config.DataCaptureConfig ? { DataCaptureConfig: config.DataCaptureConfig } : {}),
      Tags: chainTags({ endpointName: input.endpointName, kind: 'instance-type-change', previousConfigName: currentName, by, at }),
    }),
    { abortSignal: deps.signal },
  );
  const key = pendingKey(deps.profile, deps.region, input.endpointName);
  if (saved) {
    await deps.pending.set(key, saved);
    await deregister(deps.autoscaling, input.endpointName, input.variantName, deps.signal);
  }
  try {
    await endpointUpdate(input.endpointName, 'UpdateEndpoint', () =>
      deps.client.send(new UpdateEndpointCommand({ EndpointName: input.endpointName, EndpointConfigName: name, RetainAllVariantProperties: true }), { abortSignal: deps.signal }),
    );
  } catch (error) {
    // Nothing changed on the endpoint: put the scaling back as it was.
    if (saved) {
      await applyScaling(deps.autoscaling, input.endpointName, input.variantName, saved, undefined, deps.signal);
      for (const policy of saved.policies) await applyScaling(deps.autoscaling, input.endpointName, input.variantName, saved, policy, deps.signal);
      await deps.pending.set(key, undefined);
    }
    throw error;
  }
  await deps.log.add({ profile: deps.profile, region: deps.region, endpointName: input.endpointName, kind: 'instance-type-change', configName: name, previousConfigName: currentName, at, ...(by ? { by } : {}) });
  return {
    endpointName: input.endpointName,
    variantName: input.variantName,
    configName: name,
    ...(saved ? { reRegister: { minCapacity: saved.minCapacity, maxCapacity: saved.maxCapacity, policies: saved.policies.map((p) => p.policyName) } } : {}),
    scaling: saved ? 'pending' : 'none',
  };
}

/** Re-registers the scaling a guided instance-type change took off, once the endpoint is InService. */
export async function resumeRegistration(deps: InstanceTypeDeps, endpointName: string, status: string | undefined): Promise<boolean> {
  const key = pendingKey(deps.profile, deps.region, endpointName);
  const saved = await deps.pending.get(key);
  if (!saved || status !== 'InService') return false;
  await applyScaling(deps.autoscaling, endpointName, saved.variantName, saved, undefined, deps.signal);
  for (const policy of saved.policies) await applyScaling(deps.autoscaling, endpointName, saved.variantName, saved, policy, deps.signal);
  await deps.pending.set(key, undefined);
  return true;
}
