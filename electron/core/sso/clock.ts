/**
 * Time as the SSO code sees it. The sandbox's manual clock has this shape, so integration tests
 * hand the same clock to the sandbox and the core and move both with one `advance`.
 */
export interface SsoClock {
  /** Epoch milliseconds. */
  now(): number;
  /** Runs `fn` once `ms` have passed; returns a cancel function. */
  after(ms: number, fn: () => void): () => void;
}

export const realClock: SsoClock = {
  now: () => Date.now(),
  after(ms, fn) {
    const handle = setTimeout(fn, ms);
    // A pending sign-in poll must not keep a CLI process alive on its own.
    handle.unref?.();
    return () => clearTimeout(handle);
  },
};
