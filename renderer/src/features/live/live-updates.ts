/**
 * Whether the list on screen is still following AWS. It is never a reason to hide the list: a
 * paused stream leaves the last known rows in place and says so next to them.
 */
export type LiveUpdates =
  | { state: 'connecting' }
  | { state: 'live' }
  /** The window is hidden: nothing is watched until it is shown again. */
  | { state: 'hidden' }
  /** The watcher failed to poll (throttled, access denied) and tries again at `retryAt` (epoch ms). */
  | { state: 'paused'; code: string; message: string; retryAt: number };

/** Whole seconds until `retryAt`, never negative, for "retrying in N s". */
export function secondsUntil(retryAt: number, now: number): number {
  return Math.max(0, Math.ceil((retryAt - now) / 1000));
}
