import type { MetricRange } from '../../../../shared/domain/metrics';

export interface RangePreset {
  id: string;
  label: string;
  /** What a screen reader says for the short label. */
  description: string;
  minutes: number;
}

export const RANGE_PRESETS: readonly RangePreset[] = [
  { id: '1h', label: '1 h', description: 'Last hour', minutes: 60 },
  { id: '3h', label: '3 h', description: 'Last 3 hours', minutes: 180 },
  { id: '12h', label: '12 h', description: 'Last 12 hours', minutes: 720 },
  { id: '1d', label: '1 d', description: 'Last day', minutes: 1_440 },
  { id: '3d', label: '3 d', description: 'Last 3 days', minutes: 4_320 },
  { id: '1w', label: '1 w', description: 'Last week', minutes: 10_080 },
  { id: '2w', label: '2 w', description: 'Last 2 weeks', minutes: 20_160 },
];

export const DEFAULT_RANGE: MetricRange = { kind: 'relative', minutes: 180 };

/** CloudWatch keeps 1-hour datapoints for 455 days: nothing older can be drawn. */
const RETENTION_MS = 455 * 86_400_000;
const MIN_SPAN_MS = 5 * 60_000;
const TYPED = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

/** `2026-12-05 14:30` (UTC), how a custom range is typed and shown. */
export function formatUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

function parseUtc(text: string): number | undefined {
  const match = TYPED.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  // Date.UTC rolls 2026-02-31 over into March: refuse what is not a real date.
  return formatUtc(ms) === `${match[1]}-${match[2]}-${match[3]} ${match[4]}:${match[5]}` ? ms : undefined;
}

export interface CustomRangeCheck {
  range?: MetricRange;
  errors: { start?: string; end?: string };
}

/** A typed custom range: the range, or what is wrong with each field (the text itself is kept by the form). */
export function checkCustomRange(startText: string, endText: string, now: number): CustomRangeCheck {
  const format = 'Enter a UTC time as YYYY-MM-DD HH:mm, e.g. 2026-12-05 14:30.';
  const start = parseUtc(startText);
  const end = parseUtc(endText);
  const errors: CustomRangeCheck['errors'] = {};
  if (start === undefined) errors.start = format;
  else if (start < now - RETENTION_MS) errors.start = 'CloudWatch keeps metrics for 455 days (15 months): choose a later start.';
  else if (start >= now) errors.start = 'The start must be in the past.';
  if (end === undefined) errors.end = format;
  else if (start !== undefined && end - start < MIN_SPAN_MS) errors.end = end <= start ? 'The end must be after the start.' : 'Choose at least 5 minutes.';
  if (errors.start || errors.end || start === undefined || end === undefined) return { errors };
  return { range: { kind: 'absolute', start: new Date(start).toISOString(), end: new Date(end).toISOString() }, errors };
}

/** The range in words, for headings and the charts' accessible names. */
export function rangeLabel(range: MetricRange): string {
  if (range.kind === 'relative') return RANGE_PRESETS.find((p) => p.minutes === range.minutes)?.description ?? `Last ${range.minutes} minutes`;
  return `${formatUtc(Date.parse(range.start))} to ${formatUtc(Date.parse(range.end))} UTC`;
}

/** The absolute window a range covers now: what the custom fields start from. */
export function rangeBounds(range: MetricRange, now: number): { start: number; end: number } {
  if (range.kind === 'absolute') return { start: Date.parse(range.start), end: Date.parse(range.end) };
  return { start: now - range.minutes * 60_000, end: now };
}
