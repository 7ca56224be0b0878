import { useSyncExternalStore } from 'react';
import type { TailSession } from './tail-session';

/**
 * Re-renders the caller at most once per animation frame while the tail changes; read the
 * session's fields directly after calling it (they are current, the version only says when).
 */
export function useTailVersion(session: TailSession): number {
  return useSyncExternalStore(session.notifier.subscribe, session.notifier.getVersion);
}
