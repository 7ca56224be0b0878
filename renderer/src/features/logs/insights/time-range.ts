/** The time ranges an Insights query covers: the last few minutes to a week, or two instants. */
export type TimeRange = { kind: 'relative'; key: RelativeKey } | { kind: 'absolute'; start: string; end: string };

export type RelativeKey = '5m' | '1h' | '1d' | '1w';

const MINUTE = 60_000;

/** The last 5 minutes, hour, day or week, named as the control shows them. */
export const RELATIVE_RANGES: readonly { key: RelativeKey; label: string; ms: number }[] = [
  { key: '5m', label: '5 min', ms: 5 * MINUTE },
  { key: '1h', label: '1 hour', ms: 60 * MINUTE },
  { key: '1d', label: '1 day', ms: 24 * 60 * MINUTE },
  { key: '1w', label: '1 week', ms: 7 * 24 * 60 * MINUTE },
];

export type ResolvedRange =
  { ok: true; startTime: number; endTime: number } | { ok: false; field: 'start' | 'end'; message: string };

/**
 * Epoch milliseconds for `logs.startQuery`. A relative range ends now, at the moment the query runs,
 * so running the same query again looks at the newest logs. Absolute instants are what the
 * `datetime-local` fields hold: local time, as the user typed it.
 */
export function resolveRange(range: TimeRange, now: number): ResolvedRange {
  if (range.kind === 'relative') {
    const ms = RELATIVE_RANGES.find((entry) => entry.key === range.key)?.ms ?? MINUTE * 60;
    return { ok: true, startTime: now - ms, endTime: now };
  }
  const startTime = Date.parse(range.start);
  const endTime = Date.parse(range.end);
  if (Number.isNaN(startTime)) return { ok: false, field: 'start', message: 'Enter when the range starts.' };
  if (Number.isNaN(endTime)) return { ok: false, field: 'end', message: 'Enter when the range ends.' };
  if (startTime > endTime) return { ok: false, field: 'start', message: 'The start is after the end.' };
  return { ok: true, startTime, endTime };
}

/** `YYYY-MM-DDTHH:mm` in local time: what a `datetime-local` field shows for an instant. */
export function localInputValue(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
