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

  /**
   * Tells listeners at once, for the user's own changes (a toggle, a checkbox): React restores a
   * controlled input to its old value right after the event, so a render a frame later showed it
   * unchanged for that frame (and Playwright's check() saw the click undone).
   */
  notifyNow(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }

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
