import { AdaptiveInterval } from './intervals';
import { isAbort, isFatal, isThrottling, reasonOf } from './errors';
import { filterPages } from './filter-reads';
import type { SourceContext, TailSource } from './source';

/**
 * FilterLogEvents polling: each pass reads every page from the newest timestamp seen (startTime is
 * inclusive, so the newest millisecond is read again and deduplicated downstream: lines written
 * later in that same millisecond are not lost), then waits an adaptive interval (intervals.ts).
 * A failed pass (throttled or not) is `paused` with the wait, the next one that works `resumed`;
 * because every pass starts from the watermark, nothing is skipped whatever failed mid-way.
 */
export class PollSource implements TailSource {
  private readonly interval = new AdaptiveInterval();
  private readonly abort = new AbortController();
  private cancelTimer: () => void = () => undefined;
  private stopped = false;
  private draining = false;
  private running: Promise<void> | undefined;
  /** Events the last pass read at its newest millisecond: more there next time counts as lines flowing. */
  private atNewest = 0;

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
    const from = ctx.watermark();
    const read = ctx.newRead();
    let wait: number;
    try {
      const logs = await ctx.logs();
      let newest = from;
      let atNewest = 0;
      for await (const page of filterPages(logs, ctx.target, { startTime: from, ...(ctx.filterPattern ? { filterPattern: ctx.filterPattern } : {}) }, this.abort.signal)) {
        if (this.stopped) return;
        for (const { timestamp } of page) {
          if (timestamp > newest) [newest, atNewest] = [timestamp, 0];
          if (timestamp === newest) atNewest += 1;
        }
        ctx.deliver(page, read, false);
      }
      const found = newest > from || atNewest > this.atNewest;
      this.atNewest = atNewest;
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
}
