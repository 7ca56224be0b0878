import type { SageMakerDeps } from '../base/deps';
import type { EndpointRecord, VariantState } from '../base/records';
import { key, type RegionState } from '../base/state';
import { endpointTimerKeys } from './timer-keys';
import { logInstanceStart, resolvedImages } from './instances';
import { modelProblem } from './model-check';
import { reportHostingUsage } from '../base/usage';

export const ENDPOINT_TIMINGS = {
  creatingMs: 45_000,
  deletingMs: 10_000,
} as const;

/** Creating → InService (or Failed), Deleting → gone. Updates live in ../deployments. */
export class EndpointLifecycle {
  constructor(private readonly deps: SageMakerDeps) {}

  resume(state: RegionState, endpoint: EndpointRecord): void {
    if (endpoint.status === 'Creating') {
      this.deps.timers.after(endpoint.arn, ENDPOINT_TIMINGS.creatingMs, () => this.settle(state, endpoint));
    } else if (endpoint.status === 'Deleting') {
      this.deps.timers.after(endpoint.arn, ENDPOINT_TIMINGS.deletingMs, () => this.remove(state, endpoint));
    }
  }

  delete(state: RegionState, endpoint: EndpointRecord): void {
    for (const timerKey of endpointTimerKeys(endpoint)) this.deps.timers.cancel(timerKey);
    delete endpoint.deployment;
    endpoint.status = 'Deleting';
    reportHostingUsage(this.deps.env, endpoint, false);
    endpoint.lastModifiedMs = this.deps.env.clock.now();
    this.resume(state, endpoint);
  }

  private settle(state: RegionState, endpoint: EndpointRecord): void {
    const now = this.deps.env.clock.now();
    endpoint.lastModifiedMs = now;
    for (const variant of endpoint.variants) {
      const problem = modelProblem(state.models[key(variant.modelName)], variant.modelName);
      if (problem) {
        endpoint.status = 'Failed';
        endpoint.failureReason = problem;
        return;
      }
    }
    for (const variant of endpoint.variants) this.bringUp(state, endpoint, variant, now);
    endpoint.status = 'InService';
    reportHostingUsage(this.deps.env, endpoint);
  }

  private bringUp(state: RegionState, endpoint: EndpointRecord, variant: VariantState, now: number): void {
    variant.currentInstanceCount = variant.desiredInstanceCount;
    variant.currentWeight = variant.desiredWeight;
    variant.deployedImages = resolvedImages(state.models[key(variant.modelName)], now);
    logInstanceStart(this.deps.env, state.where, endpoint, variant, 0, variant.desiredInstanceCount, now);
  }

  private remove(state: RegionState, endpoint: EndpointRecord): void {
    delete state.endpoints[key(endpoint.name)];
    delete state.tags[endpoint.arn];
  }
}
