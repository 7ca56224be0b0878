import type { AlarmStateChange, AlarmStateValue, Where } from '../../types';
import type { AlarmRecord, HistoryRecord } from './alarm-model';

/** AWS keeps alarm history for 30 days; the sandbox also caps it per region. */
const HISTORY_MS = 30 * 24 * 3600_000;
const HISTORY_CAP = 20_000;

interface RegionAlarms {
  accountId: string;
  region: string;
  alarms: Map<string, AlarmRecord>;
  history: HistoryRecord[];
}

export interface AlarmSnapshot {
  regions: { accountId: string; region: string; alarms: AlarmRecord[]; history: HistoryRecord[] }[];
}

/** Alarms and their history per (account, region), and the listeners of state changes. */
export class AlarmStore {
  private regions = new Map<string, RegionAlarms>();
  private readonly listeners = new Set<(change: AlarmStateChange) => void>();

  region(where: Where): RegionAlarms {
    const key = `${where.accountId}/${where.region}`;
    let region = this.regions.get(key);
    if (!region) {
      region = { accountId: where.accountId, region: where.region, alarms: new Map(), history: [] };
      this.regions.set(key, region);
    }
    return region;
  }

  get(where: Where, name: string): AlarmRecord | undefined {
    return this.regions.get(`${where.accountId}/${where.region}`)?.alarms.get(name);
  }

  /** Alarms of a region in name order, as DescribeAlarms lists them. */
  list(where: Where): AlarmRecord[] {
    const alarms = [...(this.regions.get(`${where.accountId}/${where.region}`)?.alarms.values() ?? [])];
    return alarms.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Every region holding alarms, for the evaluator. */
  allRegions(): { where: Where; alarms: AlarmRecord[] }[] {
    return [...this.regions.values()]
      .filter((region) => region.alarms.size > 0)
      .map((region) => ({ where: { accountId: region.accountId, region: region.region }, alarms: [...region.alarms.values()] }));
  }

  count(): number {
    let total = 0;
    for (const region of this.regions.values()) total += region.alarms.size;
    return total;
  }

  addHistory(where: Where, item: HistoryRecord): void {
    const history = this.region(where).history;
    history.push(item);
    const cutoff = item.timestamp - HISTORY_MS;
    let drop = 0;
    while (drop < history.length && ((history[drop] as HistoryRecord).timestamp < cutoff || history.length - drop > HISTORY_CAP)) drop += 1;
    if (drop > 0) history.splice(0, drop);
  }

  history(where: Where): HistoryRecord[] {
    return this.regions.get(`${where.accountId}/${where.region}`)?.history ?? [];
  }

  onStateChange(listener: (change: AlarmStateChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(where: Where, alarmName: string, from: AlarmStateValue, to: AlarmStateValue, reason: string, timestamp: number, value?: number): void {
    const change: AlarmStateChange = { where, alarmName, from, to, reason, timestamp };
    if (value !== undefined) change.value = value;
    for (const listener of [...this.listeners]) {
      try {
        listener({ ...change });
      } catch (error) {
        // A consumer's bug must not stop alarm evaluation for everyone else.
        console.error('[sandbox] alarm state listener failed:', error);
      }
    }
  }

  snapshot(): AlarmSnapshot {
    return {
      regions: [...this.regions.values()].map((region) => ({
        accountId: region.accountId,
        region: region.region,
        alarms: [...region.alarms.values()],
        history: region.history,
      })),
    };
  }

  restore(state: unknown): void {
    this.reset();
    const snapshot = (state ?? {}) as Partial<AlarmSnapshot>;
    for (const saved of snapshot.regions ?? []) {
      const region = this.region(saved);
      for (const alarm of saved.alarms) region.alarms.set(alarm.name, alarm);
      region.history = [...saved.history];
    }
  }

  reset(): void {
    this.regions = new Map();
  }
}
