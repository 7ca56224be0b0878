import type { DeploymentConfig } from '@aws-sdk/client-sagemaker';
import type { AlarmStateChange } from '../../../types';
import type { SageMakerDeps } from '../base/deps';
import type { DeploymentRecord, EndpointRecord, VariantState } from '../base/records';
import { key, type RegionState } from '../base/state';
import { trackEndpoint } from '../lineage/hosting-tracking';
import { logInstanceStart, resolvedImages } from '../endpoints/instances';
import { modelProblem } from '../endpoints/model-check';
import { endpointTimerKey } from '../endpoints/timer-keys';
import { reportHostingUsage } from '../base/usage';
import type { DeploymentPlan } from './deployment-plan';

/** Simulated time for the new (green) fleet's instances to come up before any traffic moves. */
export const NEW_FLEET_PROVISION_MS = 90_000;

export interface DeploymentRequest {
  configName: string;
  config: DeploymentConfig;
  plan: DeploymentPlan;
  newVariants: VariantState[];
}

/**
 * Blue/green UpdateEndpoint: the new fleet is provisioned, traffic shifts to it step by step
 * (all at once, canary, linear), each step bakes while the auto-rollback alarms are watched; after
 * the last bake and the termination wait the old fleet goes. An alarm in ALARM during a bake, a
 * model that cannot be hosted, or the execution timeout send all traffic back to the old fleet:
 * the endpoint is InService on its previous config with a FailureReason.
 */
export class DeploymentRunner {
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly deps: SageMakerDeps) {}

  private now(): number {
    return this.deps.env.clock.now();
  }

  start(state: RegionState, endpoint: EndpointRecord, request: DeploymentRequest): void {
    this.watchAlarms();
    const now = this.now();
    const deployment: DeploymentRecord = {
      configName: request.configName,
      startMs: now,
      config: request.config,
      steps: request.plan.steps,
      waitMs: request.plan.waitMs,
      terminationWaitMs: request.plan.terminationWaitMs,
      timeoutMs: request.plan.timeoutMs,
      stepsDone: 0,
      phase: 'Creating',
      phaseStartMs: now,
      newVariants: request.newVariants,
      newFraction: 0,
    };
    endpoint.deployment = deployment;
    endpoint.status = 'Updating';
    delete endpoint.failureReason;
    endpoint.lastModifiedMs = now;
    this.resume(state, endpoint);
  }

  /** Arms the timers of the deployment's current phase (also after a restore). */
  resume(state: RegionState, endpoint: EndpointRecord): void {
    const d = endpoint.deployment;
    if (!d) return;
    this.watchAlarms();
    const timerKey = endpointTimerKey.deployment(endpoint);
    const elapsed = (since: number) => this.now() - since;
    this.deps.timers.after(timerKey, Math.max(0, d.timeoutMs - elapsed(d.startMs)), () =>
      this.rollBack(endpoint, `Deployment rolled back: it did not complete within MaximumExecutionTimeoutInSeconds (${d.timeoutMs / 1000} seconds).`),
    );
    if (d.phase === 'Creating') {
      this.deps.timers.after(timerKey, Math.max(0, NEW_FLEET_PROVISION_MS - elapsed(d.phaseStartMs)), () => this.provisioned(state, endpoint));
    } else if (d.phase === 'Baking') {
      this.deps.timers.after(timerKey, Math.max(0, d.waitMs - elapsed(d.phaseStartMs)), () => this.baked(state, endpoint));
    } else {
      this.deps.timers.after(timerKey, Math.max(0, d.terminationWaitMs - elapsed(d.phaseStartMs)), () => this.complete(state, endpoint));
    }
  }

  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Alarms come from the CloudWatch module, which may be built after this one: subscribe on first use. */
  private watchAlarms(): void {
    const alarms = this.deps.env.bus.alarms;
    if (this.unsubscribe || !alarms) return;
    this.unsubscribe = alarms.onStateChange((change) => this.onAlarm(change));
  }

  private onAlarm(change: AlarmStateChange): void {
    if (change.to !== 'ALARM') return;
    const state = this.deps.store.region(change.where);
    for (const endpoint of Object.values(state.endpoints)) {
      const d = endpoint.deployment;
      if (d?.phase === 'Baking' && this.rollbackAlarms(d).includes(change.alarmName)) {
        this.rollBack(endpoint, this.alarmReason([change.alarmName]));
      }
    }
  }

  private rollbackAlarms(d: DeploymentRecord): string[] {
    return (d.config.AutoRollbackConfiguration?.Alarms ?? []).map((a) => a.AlarmName ?? '');
  }

  private alarmReason(names: string[]): string {
    return `Deployment rolled back: CloudWatch alarm(s) [${names.join(', ')}] went into ALARM state during the baking period. All traffic is back on the previous endpoint configuration.`;
  }

  private provisioned(state: RegionState, endpoint: EndpointRecord): void {
    const d = endpoint.deployment;
    if (!d) return;
    const now = this.now();
    for (const variant of d.newVariants) {
      const problem = modelProblem(state.models[key(variant.modelName)], variant.modelName);
      if (problem) {
        this.rollBack(endpoint, `Deployment rolled back: ${problem}`);
        return;
      }
    }
    for (const variant of d.newVariants) {
      variant.currentInstanceCount = variant.desiredInstanceCount;
      variant.currentWeight = variant.desiredWeight;
      variant.deployedImages = resolvedImages(state.models[key(variant.modelName)], now);
      logInstanceStart(this.deps.env, state.where, endpoint, variant, 0, variant.desiredInstanceCount, now);
    }
    reportHostingUsage(this.deps.env, endpoint);
    this.shift(state, endpoint);
  }

  /** Moves the next step of traffic to the new fleet and starts its bake. */
  private shift(state: RegionState, endpoint: EndpointRecord): void {
    const d = endpoint.deployment;
    if (!d) return;
    const tripped = this.trippedAlarms(state, d);
    if (tripped.length > 0) {
      this.rollBack(endpoint, this.alarmReason(tripped));
      return;
    }
    d.newFraction = d.steps[d.stepsDone] ?? 1;
    d.stepsDone += 1;
    d.phase = 'Baking';
    d.phaseStartMs = this.now();
    this.deps.timers.after(endpointTimerKey.deployment(endpoint), d.waitMs, () => this.baked(state, endpoint));
  }

  private baked(state: RegionState, endpoint: EndpointRecord): void {
    const d = endpoint.deployment;
    if (!d) return;
    const tripped = this.trippedAlarms(state, d);
    if (tripped.length > 0) {
      this.rollBack(endpoint, this.alarmReason(tripped));
    } else if (d.stepsDone < d.steps.length) {
      this.shift(state, endpoint);
    } else {
      d.phase = 'Terminating';
      d.phaseStartMs = this.now();
      this.deps.timers.after(endpointTimerKey.deployment(endpoint), d.terminationWaitMs, () => this.complete(state, endpoint));
    }
  }

  /** Alarms already in ALARM when a step starts or ends count as tripping during the bake. */
  private trippedAlarms(state: RegionState, d: DeploymentRecord): string[] {
    const alarms = this.deps.env.bus.alarms;
    if (!alarms) return [];
    return this.rollbackAlarms(d).filter((name) => alarms.state(state.where, name) === 'ALARM');
  }

  private complete(state: RegionState, endpoint: EndpointRecord): void {
    const d = endpoint.deployment;
    if (!d) return;
    this.deps.timers.cancel(endpointTimerKey.deployment(endpoint));
    endpoint.variants = d.newVariants;
    endpoint.configName = d.configName;
    endpoint.lastDeploymentConfig = d.config;
    delete endpoint.deployment;
    endpoint.status = 'InService';
    endpoint.lastModifiedMs = this.now();
    reportHostingUsage(this.deps.env, endpoint);
    // As AWS does when an update completes: a ModelDeployment action for the config now served.
    trackEndpoint(state, endpoint);
  }

  private rollBack(endpoint: EndpointRecord, reason: string): void {
    const d = endpoint.deployment;
    if (!d) return;
    this.deps.timers.cancel(endpointTimerKey.deployment(endpoint));
    endpoint.lastDeploymentConfig = d.config;
    delete endpoint.deployment;
    endpoint.failureReason = reason;
    endpoint.status = 'InService';
    endpoint.lastModifiedMs = this.now();
    reportHostingUsage(this.deps.env, endpoint);
  }
}
