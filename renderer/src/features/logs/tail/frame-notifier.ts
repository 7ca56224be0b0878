/**
 * Listeners told at most once per animation frame however many changes happen in it: a tail at
 * 10,000 events/s delivers many batches per frame, and React should render once for all of them.
 */
export class FrameNotifier {
  private readonly listeners = new Set<() => void>();
  private pending = false;
  /** Changes once per notified frame: `useSyncExternalStore`'s snapshot. */
  version = 0;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    const flush = () => {
      this.pending = false;
      this.version++;
      for (const listener of [...this.listeners]) listener();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flush);
    else setTimeout(flush, 16);
  }
}
