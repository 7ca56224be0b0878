import type { WatchEvent } from '../../../shared/domain/watch';
import { toErrorEnvelope } from '../rpc/errors';
import { diffLists, hasChanges } from './diff';
import { isThrottling } from './throttling';
import { realTimers, type WatchTimers } from './timers';

/** What a watcher polls: one List call (a page of it) and how to read its items. */
export interface WatchSource<T> {
  list(signal: AbortSignal): Promise<T[]>;
  keyOf(item: T): string;
  /** True while an item changes by itself (InProgress, Stopping, Creating...): poll fast then. */
  isTransitioning(item: T): boolean;
}

export interface WatchIntervals {
  /** While anything transitions. */
  fastMs: number;
  /** When everything is steady. */
  slowMs: number;
  /** The longest wait after repeated failures. */
  maxBackoffMs: number;
}

/**
 * Fast enough that a job reaching Completed shows within seconds, slow enough that a list open all
 * day costs ~120 List calls an hour when steady. AWS's List APIs are throttled per account, shared
 * with every other tool the user runs.
 */
export const DEFAULT_INTERVALS: WatchIntervals = { fastMs: 5_000, slowMs: 30_000, maxBackoffMs: 300_000 };

type Listener<T> = (event: WatchEvent<T>) => void;

/**
 * Polls one List query for any number of listeners: a snapshot first, then one batch of changes
 * per poll that found any. The interval adapts to what it sees, backs off on failures (harder on
 * throttling), and polling stops when the last listener leaves.
 */
export class ResourceWatcher<T> {
  private readonly listeners = new Set<Listener<T>>();
  private readonly controller = new AbortController();
  private known: Map<string, string> | undefined;
  private items: T[] | undefined;
  private cancelTimer: (() => void) | undefined;
  private inFlight = false;
  /** A write settled while a poll was in flight: that poll began before it, so ask again at once. */
  private again = false;
  private failures = 0;
  private disposed = false;
  polls = 0;
  intervalMs: number;

  constructor(
    private readonly source: WatchSource<T>,
    private readonly intervals: WatchIntervals = DEFAULT_INTERVALS,
    private readonly timers: WatchTimers = realTimers,
  ) {
    this.intervalMs = intervals.fastMs;
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  subscribe(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    if (this.items) listener({ type: 'snapshot', items: this.items });
    if (this.listeners.size === 1 && !this.inFlight) void this.poll();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.pause();
    };
  }

  /**
   * A write just settled (any mutation through the gate): ask now rather than at the next interval,
   * so every open list — and every view that subscribes next and gets the snapshot — sees it.
   */
  refresh(): void {
    if (this.disposed || this.listeners.size === 0) return;
    if (this.inFlight) this.again = true;
    else void this.poll();
  }

  dispose(): void {
    this.disposed = true;
    this.pause();
    this.listeners.clear();
    this.controller.abort();
  }

  private pause(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }

  private emit(event: WatchEvent<T>): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private async poll(): Promise<void> {
    if (this.disposed || this.inFlight) return;
    this.pause();
    this.inFlight = true;
    this.polls += 1;
    try {
      const items = await this.source.list(this.controller.signal);
      if (this.disposed) return;
      this.failures = 0;
      this.items = items;
      if (this.known === undefined) {
        this.known = new Map(items.map((item) => [this.source.keyOf(item), JSON.stringify(item)]));
        this.emit({ type: 'snapshot', items });
      } else {
        const { next, ...changes } = diffLists(this.known, items, (item) => this.source.keyOf(item));
        this.known = next;
        if (hasChanges(changes)) this.emit({ type: 'changes', ...changes });
      }
      this.intervalMs = items.some((item) => this.source.isTransitioning(item)) ? this.intervals.fastMs : this.intervals.slowMs;
    } catch (error) {
      if (this.disposed) return;
      this.failures += 1;
      // Throttling means the account is busy: wait much longer than for a passing fault.
      const base = isThrottling(error) ? this.intervals.slowMs : this.intervals.fastMs;
      this.intervalMs = Math.min(this.intervals.maxBackoffMs, base * 2 ** (this.failures - 1));
      const envelope = toErrorEnvelope(error);
      this.emit({ type: 'error', code: envelope.code, message: envelope.message, retryInMs: this.intervalMs });
    } finally {
      this.inFlight = false;
    }
    if (this.disposed || this.listeners.size === 0) return;
    if (this.again) {
      this.again = false;
      void this.poll();
      return;
    }
    this.cancelTimer = this.timers.after(this.intervalMs, () => void this.poll());
  }
}
