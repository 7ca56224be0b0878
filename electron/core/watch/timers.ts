/** The one timer a watcher needs, injectable so tests drive polling from the sandbox's manual clock. */
export interface WatchTimers {
  /** Runs `run` after `ms`; the returned function cancels it. */
  after(ms: number, run: () => void): () => void;
}

export const realTimers: WatchTimers = {
  after(ms, run) {
    const handle = setTimeout(run, ms);
    // A poll waiting for its turn must not keep a CLI or test process alive.
    handle.unref?.();
    return () => clearTimeout(handle);
  },
};
