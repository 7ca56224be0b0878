import { DescribeAlarmsCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { DescribeEndpointCommand, type DescribeEndpointOutput, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { AlarmState, DeploymentPhase, DeploymentProgress, EndpointStatus } from '../../../../shared/domain/endpoints';
import type { WatchSource } from '../../watch/resource-watcher';
import type { DeploymentRecord } from './deployment-log';

/**
 * An Updating endpoint runs a new deployment only when DescribeEndpoint shows one
 * (PendingDeploymentSummary, which AWS returns whenever an update brings a new endpoint config) or
 * its config changed since it last settled (for an endpoint that reports no pending deployment).
 * Otherwise UpdateEndpointWeightsAndCapacities or Auto Scaling changes the capacity of the config
 * that serves, and the last deployment's outcome stands.
 */
function isCapacityChange(endpoint: DescribeEndpointOutput, settledConfig: string | undefined): boolean {
  const updating = endpoint.EndpointStatus === 'Updating' || endpoint.EndpointStatus === 'SystemUpdating';
  return updating && !endpoint.PendingDeploymentSummary && (settledConfig === undefined || settledConfig === endpoint.EndpointConfigName);
}

function phaseOf(endpoint: DescribeEndpointOutput, newest: DeploymentRecord | undefined, settledConfig: string | undefined): { phase: DeploymentPhase; step?: string; share?: number; reason?: string } {
  const status = endpoint.EndpointStatus;
  if (status === 'Creating') return { phase: 'creating' };
  if (status === 'Failed') return { phase: 'failed', ...(endpoint.FailureReason ? { reason: endpoint.FailureReason } : {}) };
  if (status === 'InService' || isCapacityChange(endpoint, settledConfig)) {
    const rolledBack = newest && newest.kind === 'deploy' && newest.configName !== endpoint.EndpointConfigName && /rolled back/i.test(endpoint.FailureReason ?? '');
    return rolledBack ? { phase: 'rolledBack', reason: endpoint.FailureReason ?? '' } : { phase: 'inService' };
  }
  const statuses = (endpoint.PendingDeploymentSummary?.ProductionVariants ?? []).flatMap((v) => v.VariantStatus ?? []);
  const latest = statuses[statuses.length - 1];
  const message = latest?.StatusMessage;
  const share = message ? /(\d+(?:\.\d+)?)% of traffic/.exec(message)?.[1] : undefined;
  const phase: DeploymentPhase = latest?.Status === 'Baking' ? 'baking' : latest?.Status === 'Deleting' ? 'terminating' : 'provisioning';
  return { phase, ...(message ? { step: message } : {}), ...(share ? { share: Number(share) / 100 } : {}) };
}

async function alarmStates(cloudwatch: CloudWatchClient, names: string[], signal: AbortSignal): Promise<AlarmState[]> {
  if (names.length === 0) return [];
  const answer = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: names, MaxRecords: 100 }), { abortSignal: signal });
  return names.map((name) => {
    const alarm = (answer.MetricAlarms ?? []).find((a) => a.AlarmName === name);
    return {
      name,
      state: (alarm?.StateValue ?? 'INSUFFICIENT_DATA') as AlarmState['state'],
      ...(alarm?.StateReason ? { reason: alarm.StateReason } : {}),
    };
  });
}

/**
 * What `endpoints.deployment` polls: DescribeEndpoint (status, the pending fleet's step) and, while
 * the deployment SageDeck started watches alarms, their states in one DescribeAlarms. One item, so
 * the watcher's machinery (fast while it runs, slow once done, shared by every viewer) applies.
 */
export function deploymentWatchSource(
  endpointName: string,
  sagemaker: () => Promise<SageMakerClient>,
  cloudwatch: () => Promise<CloudWatchClient>,
  newestRecord: () => Promise<DeploymentRecord | undefined>,
): WatchSource<DeploymentProgress> {
  /** The config the endpoint served when this watch last saw it settled (InService or Failed). */
  let settledConfig: string | undefined;
  return {
    list: async (signal) => {
      const endpoint = await (await sagemaker()).send(new DescribeEndpointCommand({ EndpointName: endpointName }), { abortSignal: signal });
      const newest = await newestRecord();
      const { phase, step, share, reason } = phaseOf(endpoint, newest, settledConfig);
      if (endpoint.EndpointStatus === 'InService' || endpoint.EndpointStatus === 'Failed') settledConfig = endpoint.EndpointConfigName;
      const done = phase === 'inService' || phase === 'failed' || phase === 'rolledBack';
      const target = endpoint.PendingDeploymentSummary?.EndpointConfigName ?? (phase === 'rolledBack' ? newest?.configName : endpoint.EndpointConfigName);
      const watched = newest?.configName === target ? (newest?.alarms ?? []) : [];
      const progress: DeploymentProgress = {
        endpointName,
        status: (endpoint.EndpointStatus ?? 'OutOfService') as EndpointStatus,
        phase,
        ...(target ? { targetConfigName: target } : {}),
        ...(endpoint.EndpointConfigName ? { servingConfigName: endpoint.EndpointConfigName } : {}),
        ...(step ? { step } : {}),
        ...(share !== undefined ? { newFleetShare: share } : {}),
        alarms: await alarmStates(await cloudwatch(), watched, signal),
        ...(reason ? { reason } : {}),
        done,
      };
      return [progress];
    },
    keyOf: (item) => item.endpointName,
    isTransitioning: (item) => !item.done,
  };
}
