import { useCallback, useSyncExternalStore } from 'react';
import { useSession } from '../../../app/services';

/*
 * Alarms whose notifications the user muted, per profile (the same alarm name in two accounts is
 * two alarms), kept in localStorage: a preference of this machine, not of the AWS account.
 */

const storageKey = (profile: string) => `sagedeck.alarms.muted.${profile}`;
const listeners = new Set<() => void>();

export function mutedAlarms(profile: string | undefined): readonly string[] {
  if (!profile) return [];
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey(profile)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

export function isMuted(profile: string | undefined, name: string): boolean {
  return mutedAlarms(profile).includes(name);
}

export function setMuted(profile: string, name: string, muted: boolean): void {
  const others = mutedAlarms(profile).filter((entry) => entry !== name);
  window.localStorage.setItem(storageKey(profile), JSON.stringify(muted ? [...others, name] : others));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another window of the same app muting an alarm.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Whether `name` is muted for the session's profile, and a setter; follows changes from any window. */
export function useMute(name: string): [boolean, (muted: boolean) => void] {
  const profile = useSession((state) => state.session?.profile);
  const muted = useSyncExternalStore(subscribe, () => isMuted(profile, name));
  const set = useCallback((next: boolean) => profile && setMuted(profile, name, next), [profile, name]);
  return [muted, set];
}
