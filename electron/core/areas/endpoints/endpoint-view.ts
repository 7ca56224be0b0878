import type { DeploymentConfig, DescribeEndpointOutput, Endpoint, ProductionVariantSummary } from '@aws-sdk/client-sagemaker';
import {
  isEndpointTransitioning,
  type DeploymentSettings,
  type EndpointStatus,
  type EndpointSummary,
  type EndpointVariant,
  type PendingDeployment,
} from '../../../../shared/domain/endpoints';
import type { ResolvedConfig } from './config-resolver';

const iso = (date: Date | undefined) => (date ? date.toISOString() : new Date(0).toISOString());

/**
 * A row of the list from DescribeEndpoint or Search's Endpoint record: the running variants with
 * the model version each serves (from the config, whose variants name the models).
 */
export function endpointSummary(endpoint: DescribeEndpointOutput | Endpoint, config: ResolvedConfig | undefined): EndpointSummary {
  const status = (endpoint.EndpointStatus ?? 'OutOfService') as EndpointStatus;
  const variants: EndpointVariant[] = (endpoint.ProductionVariants ?? []).map((v: ProductionVariantSummary) => {
    const configured = config?.variants.find((c) => c.variantName === v.VariantName);
    return {
      variantName: v.VariantName ?? '',
      ...(configured?.modelName ? { modelName: configured.modelName } : {}),
      ...(configured?.modelVersion ? { modelVersion: configured.modelVersion } : {}),
      ...(configured?.instanceType ? { instanceType: configured.instanceType } : {}),
      ...(v.CurrentInstanceCount !== undefined ? { currentInstanceCount: v.CurrentInstanceCount } : {}),
      ...(v.DesiredInstanceCount !== undefined ? { desiredInstanceCount: v.DesiredInstanceCount } : {}),
      ...(v.CurrentWeight !== undefined ? { currentWeight: v.CurrentWeight } : {}),
      ...(v.DesiredWeight !== undefined ? { desiredWeight: v.DesiredWeight } : {}),
    };
  });
  return {
    name: endpoint.EndpointName ?? '',
    arn: endpoint.EndpointArn ?? '',
    status,
    ...(endpoint.EndpointConfigName ? { configName: endpoint.EndpointConfigName } : {}),
    createdAt: iso(endpoint.CreationTime),
    lastModifiedAt: iso(endpoint.LastModifiedTime),
    variants,
    deploymentInProgress: isEndpointTransitioning(status) && status !== 'Deleting',
    ...(endpoint.FailureReason ? { failureReason: endpoint.FailureReason } : {}),
  };
}

export function pendingDeployment(endpoint: DescribeEndpointOutput): PendingDeployment | undefined {
  const pending = endpoint.PendingDeploymentSummary;
  if (!pending?.EndpointConfigName) return undefined;
  return {
    configName: pending.EndpointConfigName,
    ...(pending.StartTime ? { startedAt: pending.StartTime.toISOString() } : {}),
    variants: (pending.ProductionVariants ?? []).map((v) => ({
      variantName: v.VariantName ?? '',
      ...(v.InstanceType ? { instanceType: v.InstanceType } : {}),
      ...(v.DesiredInstanceCount !== undefined ? { instanceCount: v.DesiredInstanceCount } : {}),
      statuses: (v.VariantStatus ?? []).map((s) => ({
        status: s.Status ?? '',
        ...(s.StatusMessage ? { message: s.StatusMessage } : {}),
        ...(s.StartTime ? { startTime: s.StartTime.toISOString() } : {}),
      })),
    })),
  };
}

/** AWS's DeploymentConfig read back as the deploy form's words. */
export function deploymentSettings(config: DeploymentConfig | undefined): DeploymentSettings | undefined {
  const policy = config?.BlueGreenUpdatePolicy;
  const routing = policy?.TrafficRoutingConfiguration;
  if (!routing) return undefined;
  const size = (s: { Type?: string; Value?: number } | undefined) => ({
    type: (s?.Type === 'INSTANCE_COUNT' ? 'INSTANCE_COUNT' : 'CAPACITY_PERCENT') as 'INSTANCE_COUNT' | 'CAPACITY_PERCENT',
    value: s?.Value ?? 0,
  });
  const waitSeconds = routing.WaitIntervalInSeconds ?? 0;
  const strategy =
    routing.Type === 'CANARY'
      ? { type: 'canary' as const, canarySize: size(routing.CanarySize), waitSeconds }
      : routing.Type === 'LINEAR'
        ? { type: 'linear' as const, stepSize: size(routing.LinearStepSize), waitSeconds }
        : { type: 'allAtOnce' as const, waitSeconds };
  return {
    strategy,
    ...(policy?.TerminationWaitInSeconds !== undefined ? { terminationWaitSeconds: policy.TerminationWaitInSeconds } : {}),
    ...(policy?.MaximumExecutionTimeoutInSeconds !== undefined ? { maximumExecutionTimeoutSeconds: policy.MaximumExecutionTimeoutInSeconds } : {}),
    rollbackAlarms: (config?.AutoRollbackConfiguration?.Alarms ?? []).map((a) => a.AlarmName ?? ''),
  };
}
