import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { LogEvent, ResolvedTarget, TailMessage } from '../../../../../shared/domain/logs';
import type { WatchTimers } from '../../../watch/timers';
import { Deduper } from './dedupe';
import { DeliveryQueue, DELIVERY_LIMITS } from './delivery-queue';
import { errorName, isAbort, isFatal, isThrottling, reasonOf } from './errors';
import { filterPages } from './filter-reads';
import { AdaptiveInterval } from './intervals';
import { LOOKBACK } from './lateness';
import type { TailNotice } from './source';
import type { Upstream, UpstreamListener } from './upstream';

/**
 * Event time the deduper remembers behind the newest event. Polling re-reads up to
 * `LOOKBACK.maxMs` before the upstream's newest timestamp (lateness.ts), and this viewer's newest
 * may be ahead of that by what its own backfill read meanwhile; a resume backfill or a joining
 * viewer's backfill overlaps the live session by about one Live Tail update (1 s) plus the time
 * the backfill took. 5 s past the widest lookback leaves room for both.
 */
const DEDUPE_WINDOW_MS = LOOKBACK.maxMs + 5_000;
/** Backfill reads use negative numbers so they never collide with the upstream's reads. */
let backfillReads = 0;

export interface ViewerOptions {
  tailId: string;
  resolved: ResolvedTarget;
  since: number;
  filterPattern?: string;
  logs(): Promise<CloudWatchLogsClient>;
  timers: WatchTimers;
  emit(message: TailMessage): void;
  end(error?: unknown): void;
}

/**
 * One `logs.tail` stream. It joins a shared upstream, backfills from its own `since` with
 * FilterLogEvents while holding what the upstream delivers meanwhile, then passes the upstream's
 * deliveries on. Its deduper makes the overlaps (backfill vs. live, re-read boundaries, resumes)
 * exactly-once; its queue does the flow control (delivery-queue.ts).
 */
export class Viewer implements UpstreamListener {
  private readonly deduper = new Deduper(DEDUPE_WINDOW_MS);
  private readonly queue: DeliveryQueue;
  /** Upstream deliveries held during the backfill (bounded like the queue: the oldest go, counted). */
  private held: { events: LogEvent[]; read: number; sampled: boolean }[] | undefined = [];
  private heldCount = 0;
  private heldDropped = 0;
  private ending: { reason: string; at: number } | undefined;
  private readonly abort = new AbortController();
  private cancelTimer: () => void = () => undefined;
  private detach: () => void = () => undefined;
  private closed = false;

  constructor(private readonly options: ViewerOptions) {
    this.queue = new DeliveryQueue((batch) => options.emit(batch));
  }

  /** Joins `upstream` and starts the backfill; `detach` leaves it. */
  start(upstream: Upstream, detach: () => void): void {
    this.detach = detach;
    const { options } = this;
    options.emit({ type: 'started', tailId: options.tailId, target: options.resolved, source: upstream.kind, since: options.since });
    if (upstream.fallbackReason) options.emit({ type: 'source', source: 'polling', reason: upstream.fallbackReason });
    void upstream.ready.then(() => this.backfill(options.since));
  }

  ack(seq: number): void {
    this.queue.ack(seq);
  }

  stop(): void {
    if (this.closed) return;
    this.closed = true;
    this.abort.abort();
    this.cancelTimer();
    this.detach();
  }

  deliver(events: LogEvent[], read: number, sampled: boolean): void {
    if (this.closed) return;
    if (this.held) {
      this.held.push({ events, read, sampled });
      this.heldCount += events.length;
      while (this.heldCount > DELIVERY_LIMITS.maxQueued && this.held.length > 1) {
        const dropped = this.held.shift()?.events.length ?? 0;
        this.heldCount -= dropped;
        this.heldDropped += dropped;
      }
      return;
    }
    this.queue.push(this.deduper.accept(events, read), sampled);
  }

  notice(message: TailNotice): void {
    if (!this.closed) this.options.emit(message);
  }

  ended(reason: string, at: number): void {
    this.ending = { reason, at };
    if (!this.held) this.finish();
  }

  failed(error: unknown): void {
    if (this.closed) return;
    this.stop();
    this.options.end(error);
  }

  private finish(): void {
    if (this.closed || !this.ending) return;
    this.queue.flush();
    this.options.emit({ type: 'ended', ...this.ending });
    this.stop();
    this.options.end();
  }

  /** Reads from `from` to now, page by page; retried from the newest event read after a failure. */
  private async backfill(from: number): Promise<void> {
    const interval = new AdaptiveInterval();
    let start = from;
    for (;;) {
      if (this.closed) return;
      const read = -++backfillReads;
      try {
        const logs = await this.options.logs();
        const range = { startTime: start, ...(this.options.filterPattern ? { filterPattern: this.options.filterPattern } : {}) };
        for await (const page of filterPages(logs, this.options.resolved, range, this.abort.signal)) {
          if (this.closed) return;
          this.queue.push(this.deduper.accept(page, read), false);
          start = page[page.length - 1]?.timestamp ?? start;
        }
        if (interval.failing) this.options.emit({ type: 'resumed' });
        break;
      } catch (error) {
        if (this.closed || isAbort(error)) return;
        if (isFatal(error)) return this.failed(error);
        // No group yet (a job that has not logged): nothing to backfill, the upstream waits for it.
        if (errorName(error) === 'ResourceNotFoundException') break;
        const wait = interval.afterFailure(isThrottling(error));
        this.options.emit({ type: 'paused', reason: reasonOf(error), retryInSeconds: Math.ceil(wait / 1000) });
        await new Promise<void>((resolve) => {
          this.cancelTimer = this.options.timers.after(wait, resolve);
        });
      }
    }
    this.release();
  }

  /** The backfill is done: what the upstream delivered meanwhile goes out, minus what the backfill already had. */
  private release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    if (this.heldDropped > 0) this.queue.countDropped(this.heldDropped);
    for (const { events, read, sampled } of held) this.queue.push(this.deduper.accept(events, read), sampled);
    this.finish();
  }
}
