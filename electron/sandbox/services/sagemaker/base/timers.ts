import type { Clock } from '../../../types';

/**
 * Timers grouped by the resource they drive, so stopping or deleting one resource cancels exactly
 * its pending work and dispose() leaves nothing scheduled on the clock.
 */
export class ResourceTimers {
  private readonly byKey = new Map<string, Set<() => void>>();

  constructor(private readonly clock: Clock) {}

  after(key: string, simulatedMs: number, fn: () => void): void {
    const cancel = this.clock.after(simulatedMs, () => {
      this.forget(key, cancel);
      fn();
    });
    this.remember(key, cancel);
  }

  every(key: string, simulatedMs: number, fn: () => void): void {
    this.remember(key, this.clock.every(simulatedMs, fn));
  }

  cancel(key: string): void {
    for (const cancel of this.byKey.get(key) ?? []) cancel();
    this.byKey.delete(key);
  }

  cancelAll(): void {
    for (const key of [...this.byKey.keys()]) this.cancel(key);
  }

  private remember(key: string, cancel: () => void): void {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(cancel);
  }

  private forget(key: string, cancel: () => void): void {
    const set = this.byKey.get(key);
    set?.delete(cancel);
    if (set && set.size === 0) this.byKey.delete(key);
  }
}
