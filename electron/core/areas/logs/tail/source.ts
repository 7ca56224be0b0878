import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { LogEvent, ResolvedTarget, TailMessage } from '../../../../../shared/domain/logs';
import type { WatchTimers } from '../../../watch/timers';

/** Status a source reports to every viewer of its upstream. */
export type TailNotice = Extract<TailMessage, { type: 'source' | 'paused' | 'resumed' }>;

/**
 * What a source (Live Tail or polling) is given by its upstream. Events are handed on raw, tagged
 * with the number of the read that returned them (a session, a FilterLogEvents pass, a backfill):
 * reads overlap on purpose (a pass re-reads a lookback window before the newest timestamp, a
 * resume backfills from the last event seen) and each viewer's deduper turns them into exactly-once delivery.
 */
export interface SourceContext {
  target: ResolvedTarget;
  filterPattern?: string;
  /** Single-attempt clients: a source backs off by itself, SDK retries would spend quota twice. */
  logs(): Promise<CloudWatchLogsClient>;
  timers: WatchTimers;
  now(): number;
  /** The newest event time any read returned: where polling and resumes read from (inclusive). */
  watermark(): number;
  /** Where the upstream started: polling never re-reads before it (the viewers backfill what is older). */
  startAt: number;
  newRead(): number;
  deliver(events: LogEvent[], read: number, sampled: boolean): void;
  notice(message: TailNotice): void;
  /** The upstream cannot go on (bad filter pattern, no permission to read): every viewer ends with it. */
  fail(error: unknown): void;
}

export interface TailSource {
  /** Read whatever is left once (the job ended), without starting another wait. */
  drain(): Promise<void>;
  stop(): void;
}

/** Time order within one delivery: Live Tail sends a second's events in ingestion order. */
export function byTime(events: LogEvent[]): LogEvent[] {
  return events.sort((a, b) => a.timestamp - b.timestamp);
}
