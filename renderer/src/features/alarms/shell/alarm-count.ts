import { useSyncExternalStore } from 'react';

/*
 * How many alarms of the session are in ALARM, for the navigation badge and the window title. The
 * shell loads this tiny module eagerly; the alarm notifier (a lazy chunk, mounted once) follows
 * alarms.watch and publishes the count here, so badge, title and notifications share one stream.
 * `undefined` while nothing is known (no session yet, the first list still on its way).
 */

let inAlarm: number | undefined;
const listeners = new Set<() => void>();

export function publishAlarmCount(count: number | undefined): void {
  if (count === inAlarm) return;
  inAlarm = count;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const current = () => inAlarm;

export function useAlarmCount(): number | undefined {
  return useSyncExternalStore(subscribe, current);
}
