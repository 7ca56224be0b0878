import { useSyncExternalStore } from 'react';

/** Whole seconds, so the snapshot stays equal between ticks and React re-renders once a second. */
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;

function subscribeEverySecond(onTick: () => void): () => void {
  const timer = window.setInterval(onTick, 1000);
  return () => window.clearInterval(timer);
}

const neverTicks = () => () => {};

/** The time, refreshed every second while `live`; read fresh on every render either way. */
export function useNow(live: boolean): number {
  return useSyncExternalStore(live ? subscribeEverySecond : neverTicks, currentSecond);
}
