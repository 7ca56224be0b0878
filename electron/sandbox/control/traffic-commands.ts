import type { SandboxBus, TrafficControl, TrafficFault, TrafficSettings } from '../types';

/** Which endpoint a traffic request means: the seeded account, in `region` (default the seed's). */
export interface TrafficTarget {
  endpointName: string;
  region?: string;
}

/** SageMaker's endpoint traffic generator, as the control API drives it. */
export interface TrafficCommands {
  list(): TrafficSettings[];
  start(target: TrafficTarget & { baseRatePerMinute?: number }): TrafficSettings;
  stop(target: TrafficTarget): TrafficSettings;
  /** Requests per minute, or null to go back to the daily pattern. */
  setRate(target: TrafficTarget & { ratePerMinute: number | null }): TrafficSettings;
  setFault(target: TrafficTarget & { variantName: string } & Partial<TrafficFault>): TrafficSettings;
}

export function trafficCommands(deps: { bus: SandboxBus; seedWhere: { accountId: string; region: string }; onChange(): void }): TrafficCommands {
  // Read at use time: the SageMaker module registers its generator on the bus while it is built.
  const generator = (): TrafficControl => {
    const traffic = deps.bus.traffic;
    if (!traffic) throw new Error('this sandbox does not serve SageMaker endpoints (no traffic generator)');
    return traffic;
  };
  const where = (target: TrafficTarget) => ({ accountId: deps.seedWhere.accountId, region: target.region ?? deps.seedWhere.region });
  const changed = <T>(value: T): T => {
    deps.onChange();
    return value;
  };
  return {
    list: () => generator().list(),
    start: (t) => changed(generator().start(where(t), t.endpointName, t.baseRatePerMinute)),
    stop: (t) => changed(generator().stop(where(t), t.endpointName)),
    setRate: (t) => changed(generator().setRate(where(t), t.endpointName, t.ratePerMinute ?? undefined)),
    setFault: (t) => {
      const change: Partial<TrafficFault> = {};
      if (t.latencyMs !== undefined) change.latencyMs = t.latencyMs;
      if (t.errorRate !== undefined) change.errorRate = t.errorRate;
      if (t.newFleetOnly !== undefined) change.newFleetOnly = t.newFleetOnly;
      return changed(generator().setFault(where(t), t.endpointName, t.variantName, change));
    },
  };
}
