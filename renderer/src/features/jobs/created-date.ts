/*
 * "Created after/before" dates, typed or picked. JavaScript's Date.parse takes "1" (2001) and
 * 2026-02-30 (2 March), which would filter silently on a day nobody meant: only whole calendar dates
 * and ISO 8601 date-times pass, and anything else gets a message.
 */

const DATE = /^(\d{4})[-/](\d{2})[-/](\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type ParsedDate = { iso: string; problem?: undefined } | { iso?: undefined; problem: string };

/** A typed or picked date as the ISO instant the list query takes; a date alone is midnight UTC. */
export function parseCreatedDate(text: string): ParsedDate {
  const value = text.trim();
  const problem = `"${value}" is not a date: pick one, or type YYYY-MM-DD or an ISO 8601 date-time.`;
  const date = DATE.exec(value);
  if (date) {
    const [year, month, day] = date.slice(1, 4).map(Number) as [number, number, number];
    return isCalendarDate(year, month, day) ? { iso: new Date(Date.UTC(year, month - 1, day)).toISOString() } : { problem };
  }
  const dateTime = DATE_TIME.exec(value);
  if (dateTime) {
    const [year, month, day, hour, minute, second = 0] = dateTime.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
    const valid = isCalendarDate(year ?? 0, month ?? 0, day ?? 0) && (hour ?? 0) < 24 && (minute ?? 0) < 60 && second < 60;
    return valid ? { iso: new Date(Date.parse(value)).toISOString() } : { problem };
  }
  return { problem };
}

/** Picked dates are whole days (`YYYY-MM-DD`), which the filter reads as midnight UTC. */
export function formatCreatedToken(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return 'no date';
  return parseCreatedDate(text).iso ? (DATE.test(text) ? `${text.replaceAll('/', '-')} (UTC)` : text) : `${text} (not a date)`;
}
