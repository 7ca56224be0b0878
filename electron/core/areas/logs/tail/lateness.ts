import type { LogEvent } from '../../../../../shared/domain/logs';

/**
 * How far back before the newest timestamp seen each polling pass re-reads, and why.
 *
 * FilterLogEvents selects by event time, but events become readable at their ingestion time. A
 * CloudWatch agent flushes every ~5 s, so a SageMaker instance's lines arrive seconds after their
 * timestamps, while another instance's newer lines may already have been read. A poller that
 * resumes from the newest timestamp seen (what `aws logs tail --follow` does) skips those late
 * lines forever. Each pass therefore re-reads a lookback window; the viewers' dedupers make the
 * overlap exactly-once.
 *
 * A fixed 15 s window would cover any agent but re-read 150,000 events a pass at 10,000 events/s,
 * so the window follows the lateness actually observed (ingestionTime − timestamp, which
 * FilterLogEvents returns): the largest of the last minute, plus how far producers' clocks run
 * ahead of ingestion (the newest timestamp, and so the window's end, is that far in the future),
 * plus a margin, between 1 s and 15 s. Prompt producers keep it at 1 s.
 */
export const LOOKBACK = {
  minMs: 1_000,
  maxMs: 15_000,
  marginMs: 1_000,
  /** Ingestion time over which the largest lateness is remembered: a dozen agent flushes. */
  memoryMs: 60_000,
};

const BUCKET_MS = 1_000;
const BUCKETS = Math.ceil(LOOKBACK.memoryMs / BUCKET_MS);

/**
 * The largest lateness (and lead) per second of ingestion time, in a ring over `LOOKBACK.memoryMs`:
 * O(1) per event, O(60) per lookback asked, whatever the rate.
 */
export class LatenessTracker {
  private readonly second = new Float64Array(BUCKETS).fill(-Infinity);
  private readonly late = new Float64Array(BUCKETS);
  private readonly lead = new Float64Array(BUCKETS);
  private newestSecond = -Infinity;

  observe(event: LogEvent): void {
    const { ingestionTime } = event;
    if (ingestionTime === undefined) return;
    const second = Math.floor(ingestionTime / BUCKET_MS);
    if (second <= this.newestSecond - BUCKETS) return;
    const slot = ((second % BUCKETS) + BUCKETS) % BUCKETS;
    if (this.second[slot] !== second) {
      this.second[slot] = second;
      this.late[slot] = 0;
      this.lead[slot] = 0;
    }
    const lateness = ingestionTime - event.timestamp;
    if (lateness > (this.late[slot] as number)) this.late[slot] = lateness;
    if (-lateness > (this.lead[slot] as number)) this.lead[slot] = -lateness;
    if (second > this.newestSecond) this.newestSecond = second;
  }

  /** The window to re-read; the widest one while nothing has been observed (nothing to re-read then anyway). */
  lookbackMs(): number {
    if (this.newestSecond === -Infinity) return LOOKBACK.maxMs;
    let late = 0;
    let lead = 0;
    for (let slot = 0; slot < BUCKETS; slot++) {
      if ((this.second[slot] as number) <= this.newestSecond - BUCKETS) continue;
      late = Math.max(late, this.late[slot] as number);
      lead = Math.max(lead, this.lead[slot] as number);
    }
    return Math.min(LOOKBACK.maxMs, Math.max(LOOKBACK.minMs, Math.ceil(late + lead + LOOKBACK.marginMs)));
  }
}
