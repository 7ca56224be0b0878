import type { SageMakerDeps } from '../base/deps';
import type { EndpointRecord } from '../base/records';
import type { RegionState } from '../base/state';
import { logInstanceStart } from '../endpoints/instances';
import { endpointTimerKey } from '../endpoints/timer-keys';
import { reportHostingUsage } from '../base/usage';

/** How long a weight or instance-count change keeps the endpoint Updating (simulated). */
export const CAPACITY_CHANGE_MS = 120_000;

/**
 * UpdateEndpointWeightsAndCapacities and Auto Scaling: the endpoint is Updating while instances
 * start or stop, then current counts and weights meet the desired ones and it is InService again.
 */
export class CapacityChanges {
  constructor(private readonly deps: SageMakerDeps) {}

  /** Desired values are already set on the variants; this runs the transition. */
  begin(state: RegionState, endpoint: EndpointRecord): void {
    endpoint.status = 'Updating';
    endpoint.lastModifiedMs = this.deps.env.clock.now();
    this.resume(state, endpoint, CAPACITY_CHANGE_MS);
  }

  resume(state: RegionState, endpoint: EndpointRecord, remainingMs: number): void {
    this.deps.timers.after(endpointTimerKey.capacity(endpoint), Math.max(0, remainingMs), () => this.settle(state, endpoint));
  }

  private settle(state: RegionState, endpoint: EndpointRecord): void {
    const now = this.deps.env.clock.now();
    for (const variant of endpoint.variants) {
      if (variant.desiredInstanceCount > variant.currentInstanceCount) {
        logInstanceStart(this.deps.env, state.where, endpoint, variant, variant.currentInstanceCount, variant.desiredInstanceCount, now);
      }
      variant.currentInstanceCount = variant.desiredInstanceCount;
      variant.currentWeight = variant.desiredWeight;
    }
    endpoint.status = 'InService';
    endpoint.lastModifiedMs = now;
    reportHostingUsage(this.deps.env, endpoint);
  }
}
