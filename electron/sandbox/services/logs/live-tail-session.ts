import type { LiveTailSessionLogEvent, LiveTailSessionStart, LiveTailSessionUpdate } from '@aws-sdk/client-cloudwatch-logs';
import { AwsError, type Clock, type StreamEvent } from '../../types';
import type { MessageMatcher } from './filter-pattern';
import type { IngestedEvent, Where } from './model';
import { evenSample } from './sampling';

export const UPDATE_PERIOD_MS = 1000;
export const MAX_EVENTS_PER_UPDATE = 500;
export const SESSION_TIMEOUT_MS = 3 * 60 * 60 * 1000;
/** What AWS holds for a slow reader before dropping the oldest updates. */
const MAX_BUFFERED_UPDATES = 10;
const MAX_BUFFERED_EVENTS = 5000;

export interface TailedGroup {
  where: Where;
  name: string;
}

export interface LiveTailSessionOptions {
  clock: Clock;
  signal: AbortSignal;
  start: LiveTailSessionStart;
  groups: TailedGroup[];
  streamNames?: string[];
  streamNamePrefixes?: string[];
  matcher: MessageMatcher;
  /** Called once when the session ends for any reason (timeout, disconnect, consumer stop). */
  onClose: () => void;
}

/**
 * One Live Tail session: collects matching events as they are ingested and, once per second of
 * clock time, queues a sessionUpdate (empty when nothing arrived, as AWS does). The session ends
 * with SessionTimeoutException after three hours, or when the client goes away.
 */
export class LiveTailSession {
  private pending: LiveTailSessionLogEvent[] = [];
  private readonly queue: LiveTailSessionUpdate[] = [];
  private wake: (() => void) | undefined;
  private timedOut = false;
  private closed = false;
  private readonly cancelTimers: (() => void)[];
  private readonly onAbort = () => this.close();

  constructor(private readonly options: LiveTailSessionOptions) {
    this.cancelTimers = [
      options.clock.every(UPDATE_PERIOD_MS, () => this.flush()),
      options.clock.after(SESSION_TIMEOUT_MS, () => {
        this.timedOut = true;
        this.close();
      }),
    ];
    options.signal.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Offered every ingested batch; keeps what this session's filters select. */
  offer(events: IngestedEvent[]): void {
    if (this.closed) return;
    for (const { where, group, stream, event } of events) {
      if (!this.selects(where, group, stream) || !this.options.matcher(event.message)) continue;
      this.pending.push({
        logStreamName: stream,
        logGroupIdentifier: `${where.accountId}:${group}`,
        message: event.message,
        timestamp: event.timestamp,
        ingestionTime: event.ingestionTime,
      });
    }
  }

  private selects(where: Where, group: string, stream: string): boolean {
    const tailed = this.options.groups.some((target) => target.name === group && target.where.accountId === where.accountId && target.where.region === where.region);
    if (!tailed) return false;
    const { streamNames, streamNamePrefixes } = this.options;
    if (streamNames && !streamNames.includes(stream)) return false;
    if (streamNamePrefixes && !streamNamePrefixes.some((prefix) => stream.startsWith(prefix))) return false;
    return true;
  }

  private flush(): void {
    const matched = this.pending;
    this.pending = [];
    this.queue.push({
      sessionMetadata: { sampled: matched.length > MAX_EVENTS_PER_UPDATE },
      sessionResults: evenSample(matched, MAX_EVENTS_PER_UPDATE),
    });
    let buffered = this.queue.reduce((sum, update) => sum + (update.sessionResults?.length ?? 0), 0);
    while (this.queue.length > MAX_BUFFERED_UPDATES || (buffered > MAX_BUFFERED_EVENTS && this.queue.length > 1)) {
      buffered -= this.queue.shift()?.sessionResults?.length ?? 0;
    }
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const cancel of this.cancelTimers) cancel();
    this.options.signal.removeEventListener('abort', this.onAbort);
    this.options.onClose();
    this.notify();
  }

  /** sessionStart, then the updates; throws SessionTimeoutException at the timeout. */
  async *events(): AsyncGenerator<StreamEvent> {
    try {
      yield { eventType: 'sessionStart', payload: this.options.start };
      for (;;) {
        const update = this.queue.shift();
        if (update) {
          yield { eventType: 'sessionUpdate', payload: update };
          continue;
        }
        if (this.closed) break;
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
      }
      if (this.timedOut) {
        throw new AwsError('SessionTimeoutException', 'Live Tail session has timed out after 3 hours.');
      }
    } finally {
      this.close();
    }
  }
}
