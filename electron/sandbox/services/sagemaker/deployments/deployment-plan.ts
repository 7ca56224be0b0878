import type { CapacitySize, DeploymentConfig } from '@aws-sdk/client-sagemaker';
import { validationException } from '../base/errors';
import { Checker } from '../validation/checker';

/** SageMaker's ranges for DeploymentConfig (sagemaker 2017-07-24 service model). */
const WAIT_RANGE = [0, 3600] as const;
const TIMEOUT_RANGE = [600, 28800] as const;
/** AWS's default when BlueGreenUpdatePolicy leaves MaximumExecutionTimeoutInSeconds out. */
const DEFAULT_TIMEOUT_S = 28800;
const ROUTING_TYPES = ['ALL_AT_ONCE', 'CANARY', 'LINEAR'] as const;
const CAPACITY_TYPES = ['INSTANCE_COUNT', 'CAPACITY_PERCENT'] as const;

export interface DeploymentPlan {
  /** Cumulative share of traffic on the new fleet after each step; the last is 1. */
  steps: number[];
  waitMs: number;
  terminationWaitMs: number;
  timeoutMs: number;
  alarms: string[];
}

function checkCapacity(c: Checker, path: string, size: CapacitySize | undefined): void {
  if (!size) return;
  c.required(`${path}.type`, size.Type);
  c.oneOf(`${path}.type`, size.Type, CAPACITY_TYPES);
  if (c.required(`${path}.value`, size.Value)) c.range(`${path}.value`, size.Value, 1);
}

/** Shape checks as AWS's front end reports them, before anything about the endpoint is looked at. */
export function validateDeploymentConfig(config: DeploymentConfig | undefined): void {
  if (!config) return;
  const c = new Checker();
  const policy = config.BlueGreenUpdatePolicy;
  if (policy) {
    const at = 'deploymentConfig.blueGreenUpdatePolicy';
    const routing = policy.TrafficRoutingConfiguration;
    if (c.required(`${at}.trafficRoutingConfiguration`, routing) && routing) {
      c.required(`${at}.trafficRoutingConfiguration.type`, routing.Type);
      c.oneOf(`${at}.trafficRoutingConfiguration.type`, routing.Type, ROUTING_TYPES);
      if (c.required(`${at}.trafficRoutingConfiguration.waitIntervalInSeconds`, routing.WaitIntervalInSeconds)) {
        c.range(`${at}.trafficRoutingConfiguration.waitIntervalInSeconds`, routing.WaitIntervalInSeconds, ...WAIT_RANGE);
      }
      checkCapacity(c, `${at}.trafficRoutingConfiguration.canarySize`, routing.CanarySize);
      checkCapacity(c, `${at}.trafficRoutingConfiguration.linearStepSize`, routing.LinearStepSize);
    }
    c.range(`${at}.terminationWaitInSeconds`, policy.TerminationWaitInSeconds, ...WAIT_RANGE);
    c.range(`${at}.maximumExecutionTimeoutInSeconds`, policy.MaximumExecutionTimeoutInSeconds, ...TIMEOUT_RANGE);
  }
  (config.AutoRollbackConfiguration?.Alarms ?? []).forEach((alarm, i) => {
    const at = `deploymentConfig.autoRollbackConfiguration.alarms.${i + 1}.member.alarmName`;
    if (c.required(at, alarm.AlarmName)) c.length(at, alarm.AlarmName, 1, 255);
  });
  if (config.AutoRollbackConfiguration?.Alarms) c.size('deploymentConfig.autoRollbackConfiguration.alarms', config.AutoRollbackConfiguration.Alarms, 1, 10);
  c.done();
  if (config.RollingUpdatePolicy) {
    throw validationException('RollingUpdatePolicy is not supported by the SageDeck sandbox; use BlueGreenUpdatePolicy.');
  }
}

/** Share of the new fleet one step moves, from a CapacitySize and the fleet's instance count. */
function share(size: CapacitySize, instances: number): number {
  const value = size.Value ?? 0;
  return size.Type === 'INSTANCE_COUNT' ? value / Math.max(1, instances) : value / 100;
}

/**
 * Turns a validated DeploymentConfig into traffic steps. AWS's rules: a canary is at most half of
 * the new fleet, a linear step 10–50% of it; with no policy the update is all at once with no wait.
 */
export function planDeployment(config: DeploymentConfig | undefined, newFleetInstances: number): DeploymentPlan {
  const policy = config?.BlueGreenUpdatePolicy;
  const routing = policy?.TrafficRoutingConfiguration;
  const plan: DeploymentPlan = {
    steps: [1],
    waitMs: (routing?.WaitIntervalInSeconds ?? 0) * 1000,
    terminationWaitMs: (policy?.TerminationWaitInSeconds ?? 0) * 1000,
    timeoutMs: (policy?.MaximumExecutionTimeoutInSeconds ?? DEFAULT_TIMEOUT_S) * 1000,
    alarms: (config?.AutoRollbackConfiguration?.Alarms ?? []).map((a) => a.AlarmName ?? ''),
  };
  if (routing?.Type === 'CANARY') {
    if (!routing.CanarySize) throw validationException('CanarySize must be specified when the traffic routing type is CANARY.');
    const canary = share(routing.CanarySize, newFleetInstances);
    if (canary > 0.5) throw validationException("CanarySize must be less than or equal to 50% of the variant's total instance count.");
    plan.steps = [canary, 1];
  } else if (routing?.Type === 'LINEAR') {
    if (!routing.LinearStepSize) throw validationException('LinearStepSize must be specified when the traffic routing type is LINEAR.');
    const step = share(routing.LinearStepSize, newFleetInstances);
    if (step < 0.1 || step > 0.5) throw validationException("LinearStepSize must be between 10% and 50% of the variant's total instance count.");
    const steps: number[] = [];
    for (let done = step; done < 1 - 1e-9; done += step) steps.push(Math.round(done * 1e6) / 1e6);
    plan.steps = [...steps, 1];
  }
  const totalWait = plan.waitMs * plan.steps.length + plan.terminationWaitMs;
  if (policy?.MaximumExecutionTimeoutInSeconds !== undefined && plan.timeoutMs <= totalWait) {
    throw validationException('MaximumExecutionTimeoutInSeconds must be larger than the total waiting time of the deployment (WaitIntervalInSeconds for every step plus TerminationWaitInSeconds).');
  }
  return plan;
}
