import { asDate } from '../../../protocols/values';

/**
 * Timestamps arrive decoded by the protocol layer (awsJson: epoch seconds); records keep epoch
 * milliseconds so snapshots stay plain JSON.
 */
export function toEpochMs(value: unknown): number | undefined {
  return asDate(value)?.getTime();
}

export function toDate(ms: number): Date;
export function toDate(ms: number | undefined): Date | undefined;
export function toDate(ms: number | undefined): Date | undefined {
  return ms === undefined ? undefined : new Date(ms);
}

/** True when `ms` lies strictly inside the optional (after, before) window, as the List filters do. */
export function inWindow(ms: number, after: unknown, before: unknown): boolean {
  const from = toEpochMs(after);
  const to = toEpochMs(before);
  if (from !== undefined && !(ms > from)) return false;
  if (to !== undefined && !(ms < to)) return false;
  return true;
}
