import type { LogGroupClass } from '@aws-sdk/client-cloudwatch-logs';
import { groupExists, groupNotFound, streamExists, streamNotFound } from './errors';
import type { GroupState, IngestedEvent, RegionState, StoredEvent, StreamState, Where } from './model';

type IngestListener = (events: IngestedEvent[]) => void;

interface Snapshot {
  seq: number;
  regions: {
    accountId: string;
    region: string;
    groups: (Omit<GroupState, 'streams'> & { streams: StreamState[] })[];
  }[];
}

const byTimeThenSeq = (a: StoredEvent, b: StoredEvent) => a.timestamp - b.timestamp || a.seq - b.seq;

export const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8');

/** All CloudWatch Logs state of the sandbox, per (account, region), and the ingestion feed live tail listens to. */
export class LogsStore {
  private regions = new Map<string, RegionState>();
  private seq = 0;
  private readonly listeners = new Set<IngestListener>();

  region(where: Where): RegionState {
    const key = `${where.accountId}/${where.region}`;
    let state = this.regions.get(key);
    if (!state) {
      state = { accountId: where.accountId, region: where.region, groups: new Map() };
      this.regions.set(key, state);
    }
    return state;
  }

  findGroup(where: Where, name: string): GroupState | undefined {
    return this.regions.get(`${where.accountId}/${where.region}`)?.groups.get(name);
  }

  group(where: Where, name: string): GroupState {
    const group = this.findGroup(where, name);
    if (!group) throw groupNotFound();
    return group;
  }

  stream(group: GroupState, name: string): StreamState {
    const stream = group.streams.get(name);
    if (!stream) throw streamNotFound();
    return stream;
  }

  createGroup(
    where: Where,
    name: string,
    now: number,
    options: { kmsKeyId?: string; tags?: Record<string, string>; logGroupClass?: LogGroupClass; deletionProtectionEnabled?: boolean } = {},
  ): GroupState {
    const region = this.region(where);
    if (region.groups.has(name)) throw groupExists();
    const group: GroupState = {
      name,
      creationTime: now,
      logGroupClass: options.logGroupClass ?? 'STANDARD',
      deletionProtectionEnabled: options.deletionProtectionEnabled ?? false,
      tags: { ...(options.tags ?? {}) },
      storedBytes: 0,
      streams: new Map(),
    };
    if (options.kmsKeyId !== undefined) group.kmsKeyId = options.kmsKeyId;
    region.groups.set(name, group);
    return group;
  }

  deleteGroup(where: Where, name: string): void {
    this.group(where, name);
    this.region(where).groups.delete(name);
  }

  createStream(group: GroupState, name: string, now: number): StreamState {
    if (group.streams.has(name)) throw streamExists();
    const stream: StreamState = { name, creationTime: now, events: [] };
    group.streams.set(name, stream);
    return stream;
  }

  deleteStream(group: GroupState, name: string): void {
    const stream = this.stream(group, name);
    for (const event of stream.events) group.storedBytes -= utf8Length(event.message);
    group.streams.delete(name);
  }

  /** Stores events (any order) and tells live tail about them. Returns the stored copies. */
  append(where: Where, group: GroupState, stream: StreamState, events: { timestamp: number; message: string }[], now: number): StoredEvent[] {
    const stored = events.map((event) => ({ timestamp: event.timestamp, message: event.message, ingestionTime: now, seq: ++this.seq }));
    if (stored.length === 0) return stored;
    const sorted = [...stored].sort(byTimeThenSeq);
    const last = stream.events[stream.events.length - 1];
    stream.events.push(...sorted);
    if (last && (sorted[0] as StoredEvent).timestamp < last.timestamp) stream.events.sort(byTimeThenSeq);
    const first = stream.events[0] as StoredEvent;
    const latest = stream.events[stream.events.length - 1] as StoredEvent;
    stream.firstEventTimestamp = first.timestamp;
    stream.lastEventTimestamp = latest.timestamp;
    stream.lastIngestionTime = now;
    for (const event of stored) group.storedBytes += utf8Length(event.message);
    const feed = stored.map((event) => ({ where, group: group.name, stream: stream.name, event }));
    for (const listener of this.listeners) listener(feed);
    return stored;
  }

  onIngest(listener: IngestListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(): Snapshot {
    return {
      seq: this.seq,
      regions: [...this.regions.values()].map((region) => ({
        accountId: region.accountId,
        region: region.region,
        groups: [...region.groups.values()].map((group) => ({ ...group, tags: { ...group.tags }, streams: [...group.streams.values()] })),
      })),
    };
  }

  restore(state: unknown): void {
    const snapshot = (state ?? {}) as Partial<Snapshot>;
    this.reset();
    this.seq = snapshot.seq ?? 0;
    for (const region of snapshot.regions ?? []) {
      const target = this.region(region);
      for (const group of region.groups) {
        target.groups.set(group.name, { ...group, streams: new Map(group.streams.map((stream) => [stream.name, stream])) });
      }
    }
  }

  reset(): void {
    this.regions = new Map();
    this.seq = 0;
  }
}
