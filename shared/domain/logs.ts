/**
 * CloudWatch Logs as the console sees it: log groups, the targets a tail follows, the events it
 * delivers in batches, and Logs Insights queries.
 */

export type JobKindForLogs = 'training' | 'processing';

/** What a tail follows. Jobs and endpoints resolve to their SageMaker log group and streams. */
export type TailTarget =
  | { kind: 'group'; group: string; streams?: string[]; streamPrefix?: string }
  | { kind: 'job'; jobKind: JobKindForLogs; name: string }
  | { kind: 'endpoint'; name: string };

/** Which API delivers a tail's events: Live Tail (StartLiveTail) or FilterLogEvents polling. */
export type TailSource = 'live' | 'polling';

/** One log event, whichever API delivered it. */
export interface LogEvent {
  /** Unique within the tail: FilterLogEvents' eventId, or one derived from the event for Live Tail. */
  id: string;
  /** Epoch milliseconds the producer stamped. */
  timestamp: number;
  /** Epoch milliseconds CloudWatch received it, when the API says. */
  ingestionTime?: number;
  group: string;
  stream: string;
  message: string;
}

/** The target as resolved by the host: the groups and streams it reads, and how to name it. */
export interface ResolvedTarget {
  /** A short human label: "training job churn-xgb-0412", "group /aws/…". */
  label: string;
  /** File-name-safe name for exports: "training-churn-xgb-0412". */
  slug: string;
  groups: string[];
  streams?: string[];
  streamPrefix?: string;
}

export type TailMessage =
  /** First message: the tail's id (for `logs.ack`), what it reads and from when. */
  | { type: 'started'; tailId: string; target: ResolvedTarget; source: TailSource; since: number }
  /**
   * A batch of new events in time order. `droppedByHost` counts events the host discarded (oldest
   * first) since the previous batch because this viewer had not acknowledged earlier batches.
   * `sampled` when Live Tail sent a sample of a busier second (above 500 events per update).
   */
  | { type: 'events'; seq: number; events: LogEvent[]; droppedByHost: number; sampled: boolean }
  /** The source changed: Live Tail was refused (reason says why) and the tail polls instead, or the reverse. */
  | { type: 'source'; source: TailSource; reason: string }
  /** Upstream trouble the tail is riding out; `retryInSeconds` until the next attempt. */
  | { type: 'paused'; reason: string; retryInSeconds: number }
  /** Following again after a pause, with no gap (backfilled). */
  | { type: 'resumed' }
  /** The producer ended (a job reached a terminal state); the stream closes after this message. */
  | { type: 'ended'; reason: string; at: number };

export interface LogGroupSummary {
  name: string;
  arn?: string;
  createdAt?: string;
  /** Absent: the group keeps its events forever. */
  retentionInDays?: number;
  storedBytes?: number;
  logGroupClass?: string;
}

export interface LogGroupPage {
  groups: LogGroupSummary[];
  nextToken?: string;
}

export interface LogStreamSummary {
  name: string;
  firstEventAt?: string;
  lastEventAt?: string;
}

export interface LogStreamPage {
  streams: LogStreamSummary[];
  nextToken?: string;
}

/** A page of a past time range, oldest first. */
export interface LogSearchPage {
  events: LogEvent[];
  nextToken?: string;
}

/** Events just before a time, oldest first; `exhausted` when nothing older exists. */
export interface OlderEvents {
  events: LogEvent[];
  exhausted: boolean;
}

export type QueryStatus = 'Scheduled' | 'Running' | 'Complete' | 'Failed' | 'Cancelled' | 'Timeout' | 'Unknown';

export interface QueryStatistics {
  recordsMatched: number;
  recordsScanned: number;
  bytesScanned: number;
}

export interface QueryResults {
  status: QueryStatus;
  /** Field names in the order the query produced them (hidden `@ptr` left out). */
  fields: string[];
  rows: Record<string, string>[];
  statistics: QueryStatistics;
}

export interface SavedQuery {
  id: string;
  name: string;
  query: string;
  groups: string[];
  savedAt: string;
}

/** Retention periods CloudWatch Logs accepts (PutRetentionPolicy). */
export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;
