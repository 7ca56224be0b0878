import { validation } from './errors';

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface Period {
  /** Inclusive, epoch ms at 00:00 UTC. */
  startMs: number;
  /** Exclusive. */
  endMs: number;
}

export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const startOfDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

export function startOfMonth(ms: number, monthsLater = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthsLater, 1);
}

export const hoursInMonthOf = (ms: number) => (startOfMonth(ms, 1) - startOfMonth(ms)) / 3_600_000;

function parseDate(value: unknown, member: string): number {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw validation(`Value '${String(value)}' at 'timePeriod.${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}:\\d{2}Z)?`);
  }
  return Date.parse(`${value}T00:00:00Z`);
}

/** TimePeriod {Start, End}: dates, End exclusive; AWS's messages for a reversed or empty range. */
export function readPeriod(input: unknown): Period {
  const tp = (input ?? {}) as { Start?: unknown; End?: unknown };
  const startMs = parseDate(tp.Start, 'start');
  const endMs = parseDate(tp.End, 'end');
  if (startMs >= endMs) throw validation('Start date (and hour) should be before end date (and hour)');
  return { startMs, endMs };
}

/** AWS answers no further than the first day of next month for actual cost. */
export function assertNotPastNextMonth(period: Period, nowMs: number): void {
  if (period.endMs > startOfMonth(nowMs, 1)) throw validation('end date past the beginning of next month');
}

export type Granularity = 'DAILY' | 'MONTHLY';

export function readGranularity(value: unknown, fallback?: Granularity): Granularity {
  if (value === undefined && fallback) return fallback;
  if (value === 'DAILY' || value === 'MONTHLY') return value;
  if (value === 'HOURLY') throw validation('Hourly granularity is only available when hourly cost data is enabled');
  throw validation(`Value '${String(value)}' at 'granularity' failed to satisfy constraint: Member must satisfy enum value set: [DAILY, MONTHLY, HOURLY]`);
}

/** The period cut into days or calendar months (the first and last month may be partial, as AWS cuts them). */
export function buckets(period: Period, granularity: Granularity): Period[] {
  const out: Period[] = [];
  for (let start = period.startMs; start < period.endMs; ) {
    const next = granularity === 'DAILY' ? start + DAY_MS : startOfMonth(start, 1);
    out.push({ startMs: start, endMs: Math.min(next, period.endMs) });
    start = next;
  }
  return out;
}

/** Whole UTC days inside a window, each clipped to it (usage is integrated day by day). */
export function days(fromMs: number, toMs: number): Period[] {
  const out: Period[] = [];
  for (let start = startOfDay(fromMs); start < toMs; start += DAY_MS) out.push({ startMs: Math.max(start, fromMs), endMs: Math.min(start + DAY_MS, toMs) });
  return out;
}

export const timePeriodOf = (p: Period) => ({ Start: isoDate(p.startMs), End: isoDate(p.endMs) });
