/**
 * When the next FilterLogEvents pass runs. `aws logs tail --follow` sleeps 5 s between passes;
 * SageDeck's latency target is a p95 five times lower, so while lines flow it polls every 750 ms
 * (about 1.3 passes a second, well inside FilterLogEvents' quota of 5 requests per second per
 * account and Region). Lines rarely arrive on every pass, so only after three empty passes in a
 * row (over 2 s of quiet) does the wait grow, by half each pass up to 3 s: an idle tail costs a
 * quarter as much, and a slow trickle of lines is still picked up briskly. Failures back off: doubling from 1 s (2 s when throttled: the account's
 * quota is shared with every other caller) up to 30 s (60 s throttled).
 */
export interface PollIntervals {
  flowingMs: number;
  /** Empty passes in a row that still count as flowing. */
  quietPasses: number;
  idleMs: number;
  growth: number;
  firstBackoffMs: number;
  firstThrottledBackoffMs: number;
  maxBackoffMs: number;
  maxThrottledBackoffMs: number;
}

export const POLL_INTERVALS: PollIntervals = {
  flowingMs: 750,
  quietPasses: 3,
  idleMs: 3_000,
  growth: 1.5,
  firstBackoffMs: 1_000,
  firstThrottledBackoffMs: 2_000,
  maxBackoffMs: 30_000,
  maxThrottledBackoffMs: 60_000,
};

export class AdaptiveInterval {
  private waitMs: number;
  private backoffMs = 0;
  private emptyPasses = 0;

  constructor(private readonly intervals: PollIntervals = POLL_INTERVALS) {
    this.waitMs = intervals.flowingMs;
  }

  /** After a pass that worked: short while lines came lately, a little longer each quiet pass after that. */
  afterPass(foundEvents: boolean): number {
    this.backoffMs = 0;
    this.emptyPasses = foundEvents ? 0 : this.emptyPasses + 1;
    this.waitMs =
      this.emptyPasses <= this.intervals.quietPasses
        ? this.intervals.flowingMs
        : Math.min(this.intervals.idleMs, Math.round(this.waitMs * this.intervals.growth));
    return this.waitMs;
  }

  /** After a failed pass: the wait before trying again. */
  afterFailure(throttled: boolean): number {
    const { firstBackoffMs, firstThrottledBackoffMs, maxBackoffMs, maxThrottledBackoffMs } = this.intervals;
    const first = throttled ? firstThrottledBackoffMs : firstBackoffMs;
    const max = throttled ? maxThrottledBackoffMs : maxBackoffMs;
    this.backoffMs = Math.min(max, Math.max(first, this.backoffMs * 2));
    // Lines are probably waiting once the trouble ends: poll at the short interval then.
    this.waitMs = this.intervals.flowingMs;
    return this.backoffMs;
  }

  get failing(): boolean {
    return this.backoffMs > 0;
  }
}
