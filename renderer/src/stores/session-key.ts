import type { SessionState } from './session-store';

/**
 * One string that changes whenever what a view shows may have changed: another profile or region,
 * a new session generation, or a refresh without a switch (an SSO sign-in). A string, not a tuple,
 * so a zustand selector returns the same value while nothing changed.
 */
export function selectSessionKey(state: Pick<SessionState, 'session' | 'viewRefresh'>): string | undefined {
  const { session } = state;
  if (!session) return undefined;
  return [session.profile, session.region, session.generation, state.viewRefresh].join('|');
}
