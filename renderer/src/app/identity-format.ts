/** How close the session's temporary credentials are to expiring, as the top bar shows it. */
export type ExpiryState = 'ok' | 'warning' | 'expired';

export interface ExpiryView {
  state: ExpiryState;
  text: string;
}

const HOUR = 3_600_000;
/** Under this the countdown turns to a warning: enough time to finish what one is doing, not more. */
export const EXPIRY_WARNING_MS = 5 * 60_000;

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** mm:ss under an hour, "h m" above it. */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (ms < HOUR) return `${twoDigits(Math.floor(seconds / 60))}:${twoDigits(seconds % 60)}`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${hours}h ${minutes}m`;
}

export function describeExpiry(expiresAt: string, now: number): ExpiryView | undefined {
  const at = Date.parse(expiresAt);
  if (Number.isNaN(at)) return undefined;
  const remaining = at - now;
  if (remaining <= 0) return { state: 'expired', text: 'Expired — refresh' };
  return {
    state: remaining < EXPIRY_WARNING_MS ? 'warning' : 'ok',
    text: `Expires in ${formatRemaining(remaining)}`,
  };
}

/**
 * The part of an ARN after the account (`assumed-role/Ops/sagedeck`, `user/alice`): what tells
 * two identities in one account apart, short enough for the top bar.
 */
export function shortArn(arn: string): string {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return arn;
  return parts.slice(5).join(':');
}
