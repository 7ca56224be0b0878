/**
 * Delay before the next reconnect attempt: doubles from `base` up to `max`, so a restarting host
 * is found quickly while a host that is gone is not hammered.
 */
export function reconnectDelay(attempt: number, base = 250, max = 5_000): number {
  const exponent = Math.max(0, Math.min(attempt, 16));
  return Math.min(max, base * 2 ** exponent);
}
