import type { WatchEvent } from '../../../shared/domain/watch';
import type { Diagnostics } from '../../../shared/domain/app';
import { ResourceWatcher, type WatchIntervals, type WatchSource } from './resource-watcher';
import type { WatchTimers } from './timers';

interface Entry {
  watcher: ResourceWatcher<unknown>;
  refs: number;
}

export interface WatcherRegistryOptions {
  intervals?: WatchIntervals;
  timers?: WatchTimers;
}

/**
 * One watcher per key (session generation, resource kind, query), shared by every view and window
 * that asks for it and disposed when the last one lets go — so N open lists cost one poller.
 */
export class WatcherRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: WatcherRegistryOptions = {}) {}

  /** Subscribes `emit` to the watcher for `key` (made from `source` if none runs); returns the unsubscribe. */
  watch<T>(key: string, source: () => WatchSource<T>, emit: (event: WatchEvent<T>) => void): () => void {
    let entry = this.entries.get(key);
    if (!entry) {
      const watcher = new ResourceWatcher<T>(source(), this.options.intervals, this.options.timers);
      entry = { watcher: watcher as ResourceWatcher<unknown>, refs: 0 };
      this.entries.set(key, entry);
    }
    const held = entry;
    held.refs += 1;
    const unsubscribe = (held.watcher as ResourceWatcher<T>).subscribe(emit);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      unsubscribe();
      held.refs -= 1;
      if (held.refs === 0 && this.entries.get(key) === held) {
        this.entries.delete(key);
        held.watcher.dispose();
      }
    };
  }

  /** Every running watcher asks AWS again now: called when a write settles. */
  refreshAll(): void {
    for (const entry of this.entries.values()) entry.watcher.refresh();
  }

  describe(): Diagnostics['watchers'] {
    return [...this.entries].map(([key, { watcher, refs }]) => ({ key, subscribers: refs, intervalMs: watcher.intervalMs, polls: watcher.polls }));
  }

  dispose(): void {
    for (const entry of this.entries.values()) entry.watcher.dispose();
    this.entries.clear();
  }
}

/** A stable key for a query object: same filters in any property order give the same watcher. */
export function watchKey(generation: number, kind: string, query: Record<string, unknown>): string {
  const sorted = Object.keys(query)
    .filter((name) => query[name] !== undefined)
    .sort()
    .map((name) => [name, query[name]]);
  return `${generation}|${kind}|${JSON.stringify(sorted)}`;
}
