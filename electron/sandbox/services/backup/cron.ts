import { invalidParameter } from './errors';

/**
 * AWS cron expressions as Backup rules take them: `cron(Minutes Hours Day-of-month Month
 * Day-of-week Year)` in UTC, one of the day fields `?`. Lists, ranges and steps are supported;
 * `L`, `W` and `#` are not (refused).
 */
export interface Cron {
  minutes: Set<number>;
  hours: Set<number>;
  daysOfMonth?: Set<number>;
  months: Set<number>;
  /** 1 = Sunday, as AWS numbers them. */
  daysOfWeek?: Set<number>;
  years?: Set<number>;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function field(text: string, min: number, max: number, names: string[] = []): Set<number> | undefined {
  if (text === '?') return undefined;
  const out = new Set<number>();
  const value = (s: string) => {
    const named = names.indexOf(s.toUpperCase());
    const n = named >= 0 ? named + min : Number(s);
    if (!/^\d+$/.test(s) && named < 0) throw new Error(s);
    if (n < min || n > max) throw new Error(s);
    return n;
  };
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : value(stepText);
    let [from, to] = [min, max];
    if (range !== '*') {
      const [a = '', b] = range.split('-');
      from = value(a);
      to = b === undefined ? (stepText === undefined ? from : max) : value(b);
    }
    for (let n = from; n <= to; n += Math.max(1, step)) out.add(n);
  }
  return out;
}

export function parseCron(expression: string): Cron {
  const match = /^cron\((.*)\)$/.exec(expression.trim());
  const parts = match?.[1]?.trim().split(/\s+/) ?? [];
  try {
    if (parts.length !== 6) throw new Error('fields');
    const [mi = '', h = '', dom = '', mo = '', dow = '', y = ''] = parts;
    if ((dom === '?') === (dow === '?')) throw new Error('day fields');
    const cron: Cron = { minutes: field(mi, 0, 59) ?? new Set(), hours: field(h, 0, 23) ?? new Set(), months: field(mo, 1, 12, MONTHS) ?? new Set() };
    const days = field(dom, 1, 31);
    if (days) cron.daysOfMonth = days;
    const weekdays = field(dow, 1, 7, DAYS);
    if (weekdays) cron.daysOfWeek = weekdays;
    const years = y === '*' ? undefined : field(y, 1970, 2199);
    if (years) cron.years = years;
    return cron;
  } catch {
    throw invalidParameter(`Invalid schedule expression ${expression}`);
  }
}

const DAY_MS = 86_400_000;

function dayMatches(cron: Cron, dayMs: number): boolean {
  const d = new Date(dayMs);
  if (cron.years && !cron.years.has(d.getUTCFullYear())) return false;
  if (!cron.months.has(d.getUTCMonth() + 1)) return false;
  if (cron.daysOfMonth && !cron.daysOfMonth.has(d.getUTCDate())) return false;
  if (cron.daysOfWeek && !cron.daysOfWeek.has(d.getUTCDay() + 1)) return false;
  return true;
}

/** Run times in (afterMs, throughMs], oldest first. */
export function runsBetween(cron: Cron, afterMs: number, throughMs: number): number[] {
  const out: number[] = [];
  const hours = [...cron.hours].sort((a, b) => a - b);
  const minutes = [...cron.minutes].sort((a, b) => a - b);
  for (let day = Math.floor(afterMs / DAY_MS) * DAY_MS; day <= throughMs; day += DAY_MS) {
    if (!dayMatches(cron, day)) continue;
    for (const h of hours) for (const m of minutes) {
      const at = day + h * 3_600_000 + m * 60_000;
      if (at > afterMs && at <= throughMs) out.push(at);
    }
  }
  return out;
}

/** The first run after `afterMs` within a year (a Backup schedule runs at least yearly), or undefined. */
export function nextRun(cron: Cron, afterMs: number): number | undefined {
  for (let from = afterMs; from < afterMs + 400 * DAY_MS; from += 31 * DAY_MS) {
    const [first] = runsBetween(cron, from, from + 31 * DAY_MS);
    if (first !== undefined) return first;
  }
  return undefined;
}
