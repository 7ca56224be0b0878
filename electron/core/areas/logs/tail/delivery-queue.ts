import type { LogEvent, TailMessage } from '../../../../../shared/domain/logs';

export type EventsBatch = Extract<TailMessage, { type: 'events' }>;

export interface DeliveryLimits {
  /** Events per batch crossing the bridge. */
  batchSize: number;
  /** Batches a viewer may hold unacknowledged before the host waits. */
  maxUnacked: number;
  /** Events waiting for this viewer at most; beyond it the oldest are dropped and counted. */
  maxQueued: number;
}

/**
 * 1,000 events per batch keeps a message around 250 KB for typical lines: the renderer receives,
 * decodes and parses each message in one main-thread task, and a profile at 10,000 events/s had
 * 5,000-event messages cost up to 55 ms of CPU each, tasks of 90-175 ms on a busy 2-core machine
 * (1,000-event ones cost at most 13 ms). Twenty batches in flight keep the 20,000 unacknowledged
 * events that four batches of 5,000 allowed, so a viewer busy for a frame or two stalls nothing.
 * 50,000 waiting events is half the viewer's default buffer, about 10–25 MB of host memory per
 * viewer at worst.
 */
export const DELIVERY_LIMITS: DeliveryLimits = { batchSize: 1_000, maxUnacked: 20, maxQueued: 50_000 };

/**
 * One viewer's outbox with flow control. Events go out at once, in batches, while fewer than
 * `maxUnacked` batches wait for `logs.ack`; beyond that they wait here, and past `maxQueued` the
 * oldest are dropped, counted in the next batch's `droppedByHost`.
 *
 * Drop-oldest rather than back-pressure: a tail is about now, so a viewer that fell behind wants
 * the newest lines, and the count tells it exactly what it missed (a range it can search later).
 * Back-pressure could not work anyway: the upstream (one Live Tail session, one poller) is shared
 * by every viewer of the target, and Live Tail itself drops what a slow reader does not take, so
 * pushing back would stall the other viewers and then lose lines upstream, uncounted.
 */
export class DeliveryQueue {
  private chunks: LogEvent[][] = [];
  /** Events of chunks[0] already sent or dropped. */
  private head = 0;
  private queuedCount = 0;
  private dropped = 0;
  private sampled = false;
  private nextSeq = 0;
  private acked = -1;

  constructor(
    private readonly send: (batch: EventsBatch) => void,
    private readonly limits: DeliveryLimits = DELIVERY_LIMITS,
  ) {}

  get queued(): number {
    return this.queuedCount;
  }

  get unacked(): number {
    return this.nextSeq - 1 - this.acked;
  }

  push(events: LogEvent[], sampled: boolean): void {
    if (events.length > 0) {
      this.chunks.push(events);
      this.queuedCount += events.length;
    }
    this.sampled ||= sampled;
    this.dropOverflow();
    this.pump(false);
  }

  /** Events lost before they reached this queue (held while a backfill ran), told in the next batch. */
  countDropped(count: number): void {
    this.dropped += count;
    this.pump(false);
  }

  /** The viewer stored batch `seq` (and every one before it). */
  ack(seq: number): void {
    if (seq >= this.nextSeq || seq <= this.acked) return;
    this.acked = seq;
    this.pump(false);
  }

  /** Everything waiting goes out now, acknowledged or not: the tail is ending and at most `maxQueued` events wait. */
  flush(): void {
    this.pump(true);
  }

  private dropOverflow(): void {
    let excess = this.queuedCount - this.limits.maxQueued;
    while (excess > 0) {
      const first = this.chunks[0] as LogEvent[];
      const take = Math.min(excess, first.length - this.head);
      this.head += take;
      excess -= take;
      this.queuedCount -= take;
      this.dropped += take;
      if (this.head === first.length) {
        this.chunks.shift();
        this.head = 0;
      }
    }
  }

  private takeBatch(): LogEvent[] {
    const batch: LogEvent[] = [];
    while (batch.length < this.limits.batchSize && this.chunks.length > 0) {
      const first = this.chunks[0] as LogEvent[];
      const take = Math.min(this.limits.batchSize - batch.length, first.length - this.head);
      for (let i = 0; i < take; i++) batch.push(first[this.head + i] as LogEvent);
      this.head += take;
      if (this.head === first.length) {
        this.chunks.shift();
        this.head = 0;
      }
    }
    this.queuedCount -= batch.length;
    return batch;
  }

  private pump(ignoreAcks: boolean): void {
    while ((this.queuedCount > 0 || this.dropped > 0 || this.sampled) && (ignoreAcks || this.unacked < this.limits.maxUnacked)) {
      // Everything the batch reports is taken before it is sent: an ack may arrive inside `send` and pump again.
      const batch: EventsBatch = { type: 'events', seq: this.nextSeq++, events: this.takeBatch(), droppedByHost: this.dropped, sampled: this.sampled };
      this.dropped = 0;
      this.sampled = false;
      this.send(batch);
    }
  }
}
