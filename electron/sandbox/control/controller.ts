import type { CredentialRegistry } from '../auth/credential-registry';
import { isAdvanceable } from '../clock';
import type { RequestCounters } from '../counters';
import type { FaultInjector, FaultRule, FaultSpec } from '../faults';
import type { Clock, SandboxBus, ScheduleRunReport, SeedKind, ServiceDefinition, ServiceModule } from '../types';
import { backupCommands, type BackupCommands } from '../services/backup/control';
import { elbCommands, type ElbCommands } from './elb-target-fault';
import { trafficCommands, type TrafficCommands } from './traffic-commands';

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
  /** The user's answer to an IAM Identity Center device sign-in; false for an unknown, used or expired code. */
  decideSsoDevice(userCode: string, decision: 'approve' | 'deny'): boolean;
  isSsoDevicePending(userCode: string): boolean;
  /** The next CreateToken poll of this user code answers slow_down; false for an unknown code. */
  slowDownSsoDevice(userCode: string): boolean;
  /** EventBridge Scheduler's recent runs (outcome, execution id, job ARN or the target's error). */
  scheduleRuns(): ScheduleRunReport[];
  /** SageMaker endpoint traffic: rate, per-variant latency and errors, start/stop. */
  traffic: TrafficCommands;
  /** ELBv2 targets that fail (or pass again) their health checks. */
  elb: ElbCommands;
  /** AWS Backup recovery points whose stored objects get corrupted (a restore test must catch it). */
  backup: BackupCommands;
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
  /** Providers the modules registered (the SSO module's device approvals). */
  bus: SandboxBus;
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
    decideSsoDevice: (userCode, decision) => deps.bus.ssoDevices?.decide(userCode, decision) ?? false,
    isSsoDevicePending: (userCode) => deps.bus.ssoDevices?.isPending(userCode) ?? false,
    slowDownSsoDevice: (userCode) => deps.bus.ssoDevices?.slowDownNext(userCode) ?? false,
    scheduleRuns: () => deps.bus.scheduleRuns?.list() ?? [],
    traffic: trafficCommands(deps),
    elb: elbCommands(deps),
    backup: backupCommands(deps),
  };
}
