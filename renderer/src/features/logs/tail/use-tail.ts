import { useSyncExternalStore } from 'react';
import type { TailSession } from './tail-session';

/**
 * Re-renders the caller at most once per animation frame while the tail changes; read the
 * session's fields directly after calling it (they are current, the version only says when).
 */
export function useTailVersion(session: TailSession): number {
  return useSyncExternalStore(session.notifier.subscribe, session.notifier.getVersion);
}

/**
 * Re-renders the caller only when `select` gives another value: for parts that do not show the
 * lines (controls, filters, stream toggles), which would otherwise render again with every batch.
 * At 10,000 events/s that is two or three renders a second of Cloudscape controls (selects,
 * toggles, form fields), about half the React work of a frame, for nothing. `select` runs on every
 * notified frame, so it must be cheap and return a primitive (a string joining the fields read).
 */
export function useTailSelect<T extends string | number | boolean>(session: TailSession, select: (session: TailSession) => T): T {
  return useSyncExternalStore(session.notifier.subscribe, () => select(session));
}
