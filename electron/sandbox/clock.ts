import type { Clock } from './types';

interface Timer {
  due: number;
  seq: number;
  fn: () => void;
  interval?: number;
  handle?: ReturnType<typeof setTimeout>;
}

/** A clock the control API can move forward; both built-in clocks are one. */
export interface AdvanceableClock extends Clock {
  /** Moves time forward, firing every due timer in time order (timers may schedule more). */
  advance(simulatedMs: number): void;
}

export function isAdvanceable(clock: Clock): clock is AdvanceableClock {
  return typeof (clock as Partial<AdvanceableClock>).advance === 'function';
}

/** Picks the earliest due timer (ties in scheduling order), or undefined when none is due. */
function nextDue(timers: Set<Timer>, horizon: number): Timer | undefined {
  let next: Timer | undefined;
  for (const timer of timers) {
    if (timer.due <= horizon && (!next || timer.due < next.due || (timer.due === next.due && timer.seq < next.seq)))
      next = timer;
  }
  return next;
}

/**
 * Real time, optionally compressed: a simulated duration d takes d / timeScale real milliseconds.
 * Timestamps stay wall-clock so any client's time ranges keep working. `advance` (control API)
 * shifts timestamps forward and fires whatever became due, as the manual clock does.
 */
export function createRealClock(timeScale = 1): AdvanceableClock {
  if (!(timeScale > 0)) throw new Error(`timeScale must be a positive number, got ${timeScale}`);
  const origin = Date.now();
  let advanced = 0;
  let seq = 0;
  const timers = new Set<Timer>();
  /** Simulated milliseconds since the clock was made: scaled real time plus every advance. */
  const simulatedNow = () => (Date.now() - origin) * timeScale + advanced;

  const arm = (timer: Timer) => {
    if (timer.handle !== undefined) clearTimeout(timer.handle);
    timer.handle = setTimeout(() => fire(timer), Math.max(0, (timer.due - simulatedNow()) / timeScale));
    timer.handle.unref?.();
  };
  const fire = (timer: Timer) => {
    if (!timers.has(timer)) return;
    if (timer.interval !== undefined) {
      timer.due += timer.interval;
      timer.seq = seq++;
      arm(timer);
    } else {
      timers.delete(timer);
    }
    timer.fn();
  };
  const add = (delay: number, fn: () => void, interval?: number) => {
    const timer: Timer = { due: simulatedNow() + Math.max(0, delay), seq: seq++, fn };
    if (interval !== undefined) timer.interval = Math.max(1, interval);
    timers.add(timer);
    arm(timer);
    return () => {
      timers.delete(timer);
      if (timer.handle !== undefined) clearTimeout(timer.handle);
    };
  };

  return {
    timeScale,
    now: () => Date.now() + advanced,
    after: (ms, fn) => add(ms, fn),
    every: (ms, fn) => add(ms, fn, ms),
    advance(ms) {
      advanced += Math.max(0, ms);
      const horizon = simulatedNow();
      for (let timer = nextDue(timers, horizon); timer; timer = nextDue(timers, horizon)) fire(timer);
      for (const timer of timers) arm(timer);
    },
  };
}

export interface ManualClock extends AdvanceableClock {
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
      for (let next = nextDue(timers, target); next; next = nextDue(timers, target)) {
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
