import type { LogGroupClass } from '@aws-sdk/client-cloudwatch-logs';

/** One stored log event. `seq` orders events with equal timestamps and backs tokens and event ids. */
export interface StoredEvent {
  timestamp: number;
  message: string;
  ingestionTime: number;
  seq: number;
}

export interface StreamState {
  name: string;
  creationTime: number;
  /** Sorted by (timestamp, seq): batches may arrive out of order relative to each other. */
  events: StoredEvent[];
  firstEventTimestamp?: number;
  lastEventTimestamp?: number;
  lastIngestionTime?: number;
}

export interface GroupState {
  name: string;
  creationTime: number;
  retentionInDays?: number;
  kmsKeyId?: string;
  logGroupClass: LogGroupClass;
  deletionProtectionEnabled: boolean;
  tags: Record<string, string>;
  storedBytes: number;
  streams: Map<string, StreamState>;
}

/** Everything Logs holds for one (account, region). */
export interface RegionState {
  accountId: string;
  region: string;
  groups: Map<string, GroupState>;
}

export interface Where {
  accountId: string;
  region: string;
}

/** An event just ingested, as live tail sessions see it. */
export interface IngestedEvent {
  where: Where;
  group: string;
  stream: string;
  event: StoredEvent;
}
