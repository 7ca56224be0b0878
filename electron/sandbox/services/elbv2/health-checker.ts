import type { Clock } from '../../types';
import type { ElbStore, RegionElb, TargetGroupRecord, TargetRecord } from './model';
import { applyCheck, restartChecks } from './target-health';
import { groupUse } from './usage';

interface CheckTimer {
  intervalMs: number;
  cancel(): void;
}

const targetKey = (groupArn: string, target: TargetRecord) => `${groupArn}|${target.id}|${target.port ?? ''}`;

/**
 * Runs health checks on the sandbox clock: one timer per in-service target, firing every
 * `HealthCheckIntervalSeconds` from its registration (or from when its group went into use),
 * and one per draining target that removes it when the deregistration delay ends. `sync()`
 * reconciles the timers with the store after every change, so restore, modify and attach need
 * no bookkeeping of their own.
 */
export class HealthChecker {
  private checks = new Map<string, CheckTimer>();
  private drains = new Map<string, () => void>();

  constructor(
    private readonly store: ElbStore,
    private readonly clock: Clock,
  ) {}

  sync(): void {
    const liveChecks = new Set<string>();
    const liveDrains = new Set<string>();
    for (const region of this.store.all()) {
      for (const group of Object.values(region.targetGroups)) {
        const use = groupUse(region, group);
        for (const target of group.targets) {
          const key = targetKey(group.arn, target);
          if (target.state === 'draining') {
            liveDrains.add(key);
            if (!this.drains.has(key)) this.drains.set(key, this.clock.after(this.drainRemaining(group, target), () => this.finishDraining(region, group.arn, target)));
            continue;
          }
          if (!use.inUse) restartChecks(target);
          if (!use.inUse || !group.healthCheck.enabled) continue;
          liveChecks.add(key);
          const intervalMs = (group.healthCheck.intervalSeconds ?? 30) * 1000;
          const existing = this.checks.get(key);
          if (existing?.intervalMs === intervalMs) continue;
          existing?.cancel();
          this.checks.set(key, { intervalMs, cancel: this.clock.every(intervalMs, () => this.check(region, group.arn, target)) });
        }
      }
    }
    for (const [key, timer] of this.checks) if (!liveChecks.has(key)) {
      timer.cancel();
      this.checks.delete(key);
    }
    for (const [key, cancel] of this.drains) if (!liveDrains.has(key)) {
      cancel();
      this.drains.delete(key);
    }
  }

  dispose(): void {
    for (const timer of this.checks.values()) timer.cancel();
    for (const cancel of this.drains.values()) cancel();
    this.checks.clear();
    this.drains.clear();
  }

  /** After a restart the manual clock may start before the saved end: never wait longer than the delay. */
  private drainRemaining(group: TargetGroupRecord, target: TargetRecord): number {
    const delayMs = Number(group.attributes['deregistration_delay.timeout_seconds'] ?? 300) * 1000;
    return Math.max(0, Math.min(delayMs, (target.drainUntil ?? 0) - this.clock.now()));
  }

  private check(region: RegionElb, groupArn: string, target: TargetRecord): void {
    const group = region.targetGroups[groupArn];
    if (group?.targets.includes(target)) applyCheck(group, target);
  }

  private finishDraining(region: RegionElb, groupArn: string, target: TargetRecord): void {
    const group = region.targetGroups[groupArn];
    if (group) group.targets = group.targets.filter((t) => t !== target);
    this.drains.delete(targetKey(groupArn, target));
  }
}
