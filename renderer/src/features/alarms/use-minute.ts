import { useSyncExternalStore } from 'react';

// "5 minutes ago" needs a fresh clock, but not every second: a board of a thousand rows re-renders once in 30 s.
const TICK_MS = 30_000;
const currentTick = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;

function subscribe(onTick: () => void): () => void {
  const timer = window.setInterval(onTick, TICK_MS);
  return () => window.clearInterval(timer);
}

/** The time to the last 30 seconds, for relative times. */
export function useCoarseNow(): number {
  return useSyncExternalStore(subscribe, currentTick);
}
