/**
 * A counting semaphore: at most `limit` holders at once, waiters served first come first served.
 * A waiter whose signal aborts leaves the queue.
 */
export class Slots {
  private used = 0;
  private readonly waiters: (() => void)[] = [];

  constructor(readonly limit: number) {}

  get inUse(): number {
    return this.used;
  }

  async acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.used < this.limit && this.waiters.length === 0) {
      this.used += 1;
      return this.releaser();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        this.used += 1;
        resolve(this.releaser());
      };
      const onAbort = () => {
        const index = this.waiters.indexOf(grant);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(signal?.reason);
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(grant);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= 1;
      const next = this.waiters.shift();
      next?.();
    };
  }
}
