import type { LogEvent } from '../../../../../shared/domain/logs';
import { contentKey, derivedId } from './event-identity';

/** How many copies of one content key at one millisecond were delivered, and how many each read returned. */
interface Copies {
  delivered: number;
  byRead: Map<number, number>;
}

/**
 * Exactly-once delivery across overlapping reads. Every read (one Live Tail session, one
 * FilterLogEvents pass from a start time, one backfill) has its own number. Each read is complete
 * for what it covers, so the true number of copies of a line at a millisecond is the largest count
 * any one read returned: an event is new when its read has now returned it more often than it was
 * delivered. That stays right for identical lines at the same millisecond (two `epoch 3 done`
 * from two threads are two events), where a set of ids would merge them.
 *
 * Counts are kept for the window of event time [newest − windowMs, newest] that a later read may
 * still cover (polling re-reads a lookback window before the newest timestamp, a resume backfills
 * from it); anything older is either a late Live Tail event (no read will return it again:
 * delivered, untracked) or a FilterLogEvents re-read of a range an earlier read covered (dropped).
 * `maxKeys` caps the memory whatever the rate: the oldest milliseconds go first, and from then on
 * FilterLogEvents events at or before the newest millisecond forgotten count as delivered too, as
 * if the window ended there: a re-read of them would otherwise deliver them twice.
 */
export class Deduper {
  private readonly byTime = new Map<number, Map<string, Copies>>();
  private newest = -Infinity;
  private size = 0;
  private late = 0;
  /** The newest millisecond forgotten for the cap while still inside the window. */
  private forgotten = -Infinity;

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** The events of `events` (as read `read` returned them) not delivered before, with ids filled in. */
  accept(events: readonly LogEvent[], read: number): LogEvent[] {
    const fresh: LogEvent[] = [];
    for (const event of events) {
      const taken = this.take(event, read);
      if (taken) fresh.push(taken);
    }
    this.prune();
    return fresh;
  }

  get tracked(): number {
    return this.size;
  }

  private take(event: LogEvent, read: number): LogEvent | undefined {
    if (event.timestamp < this.newest - this.windowMs || (event.id && event.timestamp <= this.forgotten)) {
      // FilterLogEvents (it has ids) returns old events only when a read started further back than the
      // window, over a range an earlier read covered; Live Tail returns them when they were ingested late.
      if (event.id) return undefined;
      this.late += 1;
      return { ...event, id: `${derivedId(event, 0)}-late${this.late}` };
    }
    let atTime = this.byTime.get(event.timestamp);
    if (!atTime) {
      atTime = new Map();
      this.byTime.set(event.timestamp, atTime);
    }
    const key = contentKey(event);
    let copies = atTime.get(key);
    if (!copies) {
      copies = { delivered: 0, byRead: new Map() };
      atTime.set(key, copies);
      this.size += 1;
    }
    const seen = (copies.byRead.get(read) ?? 0) + 1;
    copies.byRead.set(read, seen);
    if (seen <= copies.delivered) return undefined;
    copies.delivered += 1;
    if (event.timestamp > this.newest) this.newest = event.timestamp;
    return event.id ? event : { ...event, id: derivedId(event, copies.delivered) };
  }

  private prune(): void {
    const horizon = this.newest - this.windowMs;
    // Map order is insertion order, which is time order for all but late arrivals.
    for (const [time, atTime] of this.byTime) {
      if (time >= horizon && this.size <= this.maxKeys) break;
      if (time >= horizon && time > this.forgotten) this.forgotten = time;
      this.byTime.delete(time);
      this.size -= atTime.size;
    }
  }
}
