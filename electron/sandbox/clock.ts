import type { Clock } from './types';

interface Timer {
  due: number;
  seq: number;
  fn: () => void;
  interval?: number;
}

/**
 * Real time, optionally compressed: a simulated duration d takes d / timeScale real milliseconds.
 * Timestamps stay wall-clock so any client's time ranges keep working.
 */
export function createRealClock(timeScale = 1): Clock {
  if (!(timeScale > 0)) throw new Error(`timeScale must be a positive number, got ${timeScale}`);
  return {
    timeScale,
    now: () => Date.now(),
    after(simulatedMs, fn) {
      const handle = setTimeout(fn, Math.max(0, simulatedMs / timeScale));
      handle.unref?.();
      return () => clearTimeout(handle);
    },
    every(simulatedMs, fn) {
      const handle = setInterval(fn, Math.max(1, simulatedMs / timeScale));
      handle.unref?.();
      return () => clearInterval(handle);
    },
  };
}

export interface ManualClock extends Clock {
  /** Moves time forward, firing every due timer in time order (timers may schedule more). */
  advance(simulatedMs: number): void;
  /** Number of timers still scheduled (lets tests assert that a resource stopped its work). */
  pending(): number;
}

/** Deterministic time for tests: nothing happens until `advance` is called. */
export function createManualClock(start = Date.UTC(2026, 0, 5, 9, 0, 0)): ManualClock {
  let current = start;
  let seq = 0;
  const timers = new Set<Timer>();

  const add = (delay: number, fn: () => void, interval?: number) => {
    const timer: Timer = { due: current + Math.max(0, delay), seq: seq++, fn };
    if (interval !== undefined) timer.interval = Math.max(1, interval);
    timers.add(timer);
    return () => {
      timers.delete(timer);
    };
  };

  return {
    timeScale: 1,
    now: () => current,
    after: (ms, fn) => add(ms, fn),
    every: (ms, fn) => add(ms, fn, ms),
    pending: () => timers.size,
    advance(ms) {
      const target = current + ms;
      for (;;) {
        let next: Timer | undefined;
        for (const timer of timers) {
          if (timer.due <= target && (!next || timer.due < next.due || (timer.due === next.due && timer.seq < next.seq))) {
            next = timer;
          }
        }
        if (!next) break;
        current = next.due;
        if (next.interval !== undefined) {
          next.due += next.interval;
          next.seq = seq++;
        } else {
          timers.delete(next);
        }
        next.fn();
      }
      current = target;
    },
  };
}
