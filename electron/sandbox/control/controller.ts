import type { CredentialRegistry } from '../auth/credential-registry';
import { isAdvanceable } from '../clock';
import type { RequestCounters } from '../counters';
import type { FaultInjector, FaultRule, FaultSpec } from '../faults';
import type { Clock, SeedKind, ServiceDefinition, ServiceModule } from '../types';

/** Everything the control API can do, also handed to in-process callers by startSandbox. */
export interface SandboxControl {
  /** Drops all state: resources, issued credentials, faults, counters. */
  reset(): Promise<void>;
  seed(kind: SeedKind): Promise<void>;
  /** Moves simulated time forward and fires what became due (manual and real clocks alike). */
  advanceClock(ms: number): void;
  addFault(spec: FaultSpec): FaultRule;
  faults(): FaultRule[];
  clearFaults(): void;
  /** Every temporary credential issued so far expires now; returns how many did. */
  expireCredentials(): number;
  counters(): Record<string, number>;
  resetCounters(): void;
}

export interface ControlDeps {
  modules: ServiceModule[];
  /** The modules' own definitions (not the instrumented copies), whose reset() holds `this`. */
  services: ServiceDefinition[];
  registry: CredentialRegistry;
  faults: FaultInjector;
  counters: RequestCounters;
  clock: Clock;
  seedWhere: { accountId: string; region: string };
  onChange(): void;
}

export function createSandboxControl(deps: ControlDeps): SandboxControl {
  return {
    async reset() {
      for (const module of deps.modules) module.dispose?.();
      for (const service of deps.services) service.reset?.();
      deps.registry.clearTemporary();
      deps.faults.clear();
      deps.counters.reset();
      deps.onChange();
    },
    async seed(kind) {
      for (const module of deps.modules) await module.seed?.(kind, deps.seedWhere);
      deps.onChange();
    },
    advanceClock(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('ms must be a non-negative number');
      if (!isAdvanceable(deps.clock))
        throw new TypeError('this sandbox was started with a clock that cannot be advanced');
      deps.clock.advance(ms);
      deps.onChange();
    },
    addFault: (spec) => deps.faults.add(spec),
    faults: () => deps.faults.list(),
    clearFaults: () => deps.faults.clear(),
    expireCredentials() {
      const count = deps.registry.expireAll();
      deps.onChange();
      return count;
    },
    counters: () => deps.counters.snapshot(),
    resetCounters: () => deps.counters.reset(),
  };
}
