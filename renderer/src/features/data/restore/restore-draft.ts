/** `2026-12-05T09:00:00Z` from what was typed: a date and time in UTC, in the past. */
export function asOfProblem(text: string, now: Date = new Date()): string | undefined {
  const trimmed = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?Z?$/.test(trimmed))
    return 'Enter a date and time in UTC, e.g. 2026-12-05 09:00.';
  const time = new Date(normalizeAsOf(trimmed));
  if (Number.isNaN(time.getTime())) return 'That date does not exist.';
  if (time.getTime() > now.getTime()) return 'Choose a time in the past: versions from the future do not exist yet.';
  return undefined;
}

/** The contract's form: ISO 8601 with seconds and a Z. */
export function normalizeAsOf(text: string): string {
  const [date, time = ''] = text.trim().replace('Z', '').split(/[T ]/);
  return `${date}T${time.length === 5 ? `${time}:00` : time}Z`;
}

/** `restore-drill/20261205T090000Z/`: a fresh scratch prefix per drill, sortable by when it ran. */
export function drillScratchPrefix(now: Date = new Date()): string {
  return `restore-drill/${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z/`;
}

/** An hour ago, to the minute, as the form shows times. */
export function defaultAsOf(now: Date = new Date()): string {
  return new Date(now.getTime() - 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
