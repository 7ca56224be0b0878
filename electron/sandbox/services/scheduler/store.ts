import type { Where } from '../../types';
import { DEFAULT_GROUP, type GroupRecord, type ScheduleRecord } from './model';

interface RegionSchedules {
  where: Where;
  schedules: Map<string, ScheduleRecord>;
  groups: Map<string, GroupRecord>;
}

export interface SchedulerSnapshot {
  regions: { where: Where; schedules: ScheduleRecord[]; groups: GroupRecord[] }[];
}

export const scheduleKey = (group: string, name: string) => `${group}/${name}`;

export function groupArn(where: Where, name: string): string {
  return `arn:aws:scheduler:${where.region}:${where.accountId}:schedule-group/${name}`;
}

export function scheduleArn(where: Where, group: string, name: string): string {
  return `arn:aws:scheduler:${where.region}:${where.accountId}:schedule/${group}/${name}`;
}

/** Schedules and schedule groups per (account, region); every region has its `default` group. */
export class SchedulerStore {
  private regions = new Map<string, RegionSchedules>();

  region(where: Where): RegionSchedules {
    const key = `${where.accountId}/${where.region}`;
    let region = this.regions.get(key);
    if (!region) {
      region = { where: { accountId: where.accountId, region: where.region }, schedules: new Map(), groups: new Map() };
      region.groups.set(DEFAULT_GROUP, { name: DEFAULT_GROUP, arn: groupArn(where, DEFAULT_GROUP), createdMs: 0, modifiedMs: 0, tags: [] });
      this.regions.set(key, region);
    }
    return region;
  }

  all(): RegionSchedules[] {
    return [...this.regions.values()];
  }

  snapshot(): SchedulerSnapshot {
    return {
      regions: this.all().map((region) => ({ where: region.where, schedules: [...region.schedules.values()], groups: [...region.groups.values()] })),
    };
  }

  restore(state: unknown): void {
    this.reset();
    const snapshot = (state ?? {}) as Partial<SchedulerSnapshot>;
    for (const saved of snapshot.regions ?? []) {
      const region = this.region(saved.where);
      for (const group of saved.groups) region.groups.set(group.name, group);
      for (const schedule of saved.schedules) region.schedules.set(scheduleKey(schedule.groupName, schedule.name), schedule);
    }
  }

  reset(): void {
    this.regions = new Map();
  }
}
