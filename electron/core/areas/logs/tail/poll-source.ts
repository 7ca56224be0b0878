import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { AdaptiveInterval } from './intervals';
import { isAbort, isFatal, isThrottling, reasonOf } from './errors';
import { filterPages, type ReadRange } from './filter-reads';
import { LatenessTracker, LOOKBACK } from './lateness';
import type { SourceContext, TailSource } from './source';

/**
 * FilterLogEvents polling: each pass reads every page from a lookback window before the newest
 * timestamp seen, then waits an adaptive interval (intervals.ts). The window is there because
 * events are readable only once ingested, and agents flush seconds late: resuming from the newest
 * timestamp (`aws logs tail` does) loses another stream's earlier lines ingested after the pass.
 * Its width follows the lateness observed (lateness.ts); the overlap, like the newest millisecond
 * read again, is made exactly-once by the viewers' dedupers (dedupe.ts).
 * A failed pass (throttled or not) is `paused` with the wait, the next one that works `resumed`;
 * because every pass starts from the watermark, nothing is skipped whatever failed mid-way.
 */
export class PollSource implements TailSource {
  private readonly interval = new AdaptiveInterval();
  private readonly lateness = new LatenessTracker();
  private readonly abort = new AbortController();
  private cancelTimer: () => void = () => undefined;
  private stopped = false;
  private draining = false;
  private running: Promise<void> | undefined;
  /** Events the last pass read at its newest millisecond: more there next time counts as lines flowing. */
  private atNewest = 0;
  /** The latest ingestion time read: a re-read event is not new, one ingested since is. */
  private ingestedUpTo = -Infinity;

  constructor(private readonly ctx: SourceContext) {}

  start(): void {
    this.running = this.pass(true);
  }

  async drain(): Promise<void> {
    this.draining = true;
    this.cancelTimer();
    await this.running;
    if (!this.stopped) await this.pass(false);
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer();
    this.abort.abort();
  }

  private async pass(thenWait: boolean): Promise<void> {
    const { ctx } = this;
    const watermark = ctx.watermark();
    let lookback = this.lateness.lookbackMs();
    // Never before where the upstream started: that is the viewers' backfills' business.
    let from = Math.max(ctx.startAt, watermark - lookback);
    const ingestedBefore = this.ingestedUpTo;
    let wait: number;
    try {
      const logs = await ctx.logs();
      const newest = { time: watermark, count: 0 };
      if (!(await this.read(logs, { startTime: from }, newest))) return;
      // A line in this pass as late as the window is wide (a stream's first late flush, an agent
      // slowing down) means the window's start may have cut off its older neighbours: widen it and
      // read what the wider window adds now, rather than losing them for good. Lateness creeping up
      // by a few milliseconds is not that, and not worth a read of a second of lines at high rates.
      for (let wanted = this.lateness.lookbackMs(); wanted > lookback + LOOKBACK.marginMs / 2 && from > ctx.startAt; wanted = this.lateness.lookbackMs()) {
        lookback = Math.min(LOOKBACK.maxMs, Math.max(wanted, 2 * lookback));
        const earlier = Math.max(ctx.startAt, watermark - lookback);
        if (!(await this.read(logs, { startTime: earlier, endTime: from - 1 }, newest))) return;
        from = earlier;
      }
      const found = newest.time > watermark || newest.count > this.atNewest || this.ingestedUpTo > ingestedBefore;
      this.atNewest = newest.count;
      if (this.interval.failing) ctx.notice({ type: 'resumed' });
      wait = this.interval.afterPass(found);
    } catch (error) {
      if (this.stopped || isAbort(error)) return;
      if (isFatal(error)) {
        ctx.fail(error);
        return;
      }
      wait = this.interval.afterFailure(isThrottling(error));
      ctx.notice({ type: 'paused', reason: reasonOf(error), retryInSeconds: Math.ceil(wait / 1000) });
    }
    if (thenWait && !this.stopped && !this.draining) {
      this.cancelTimer = ctx.timers.after(wait, () => {
        this.running = this.pass(true);
      });
    }
  }

  /** One read (all its pages) as its own numbered read; false once the source is stopped. */
  private async read(logs: CloudWatchLogsClient, range: ReadRange, newest: { time: number; count: number }): Promise<boolean> {
    const { ctx } = this;
    const read = ctx.newRead();
    const pattern = ctx.filterPattern ? { filterPattern: ctx.filterPattern } : {};
    for await (const page of filterPages(logs, ctx.target, { ...range, ...pattern }, this.abort.signal)) {
      if (this.stopped) return false;
      for (const event of page) {
        this.lateness.observe(event);
        if (event.ingestionTime !== undefined && event.ingestionTime > this.ingestedUpTo) this.ingestedUpTo = event.ingestionTime;
        if (event.timestamp > newest.time) [newest.time, newest.count] = [event.timestamp, 0];
        if (event.timestamp === newest.time) newest.count += 1;
      }
      ctx.deliver(page, read, false);
    }
    return true;
  }
}
