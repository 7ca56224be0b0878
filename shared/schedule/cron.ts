import { localTime, zonedInstant } from './zoned-time';

/**
 * EventBridge cron expressions: `minutes hours day-of-month month day-of-week year`, with `?` in
 * exactly one of day-of-month / day-of-week, `L` and `W` in day-of-month, `L` and `#` in
 * day-of-week (1 = SUN ... 7 = SAT), names for months and days, `*`, `,`, `-` and `/`.
 */
export interface CronSchedule {
  minutes: Set<number>;
  hours: Set<number>;
  month: Set<number>;
  years: Set<number> | undefined;
  dayOfMonth: DayOfMonth;
  dayOfWeek: DayOfWeek;
}

type DayOfMonth =
  | { kind: 'any' }
  | { kind: 'set'; days: Set<number> }
  | { kind: 'last'; offset: number }
  | { kind: 'lastWeekday' }
  | { kind: 'nearestWeekday'; day: number };

type DayOfWeek =
  | { kind: 'any' }
  | { kind: 'set'; days: Set<number> }
  | { kind: 'lastOf'; day: number }
  | { kind: 'nth'; day: number; nth: number };

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

export class CronError extends Error {}

function value(text: string, min: number, max: number, names?: string[]): number {
  const named = names?.indexOf(text.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + min : /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new CronError(`value ${text} out of range ${min}-${max}`);
  return n;
}

/** `*`, `5`, `1-5`, `0/15`, `*\/10`, `MON-FRI`, and lists of those. */
function field(text: string, min: number, max: number, names?: string[]): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : value(stepText, 1, max - min + 1);
    let from: number;
    let to: number;
    if (range === '*') {
      from = min;
      to = max;
    } else if (range.includes('-')) {
      const [a = '', b = ''] = range.split('-');
      from = value(a, min, max, names);
      to = value(b, min, max, names);
      if (from > to) throw new CronError(`range ${range} is reversed`);
    } else {
      from = value(range, min, max, names);
      to = stepText === undefined ? from : max;
    }
    for (let n = from; n <= to; n += step) out.add(n);
  }
  return out;
}

export function parseCron(body: string): CronSchedule {
  const parts = body.trim().split(/\s+/);
  if (parts.length !== 6) throw new CronError('a cron expression has six fields');
  const [minutes = '', hours = '', dom = '', month = '', dow = '', year = ''] = parts;
  if ((dom === '?') === (dow === '?')) throw new CronError('exactly one of day-of-month and day-of-week must be ?');
  return {
    minutes: field(minutes, 0, 59),
    hours: field(hours, 0, 23),
    month: field(month, 1, 12, MONTHS),
    years: year === '*' ? undefined : field(year, 1970, 2199),
    dayOfMonth: parseDayOfMonth(dom),
    dayOfWeek: parseDayOfWeek(dow),
  };
}

function parseDayOfMonth(text: string): DayOfMonth {
  if (text === '?') return { kind: 'any' };
  if (text === 'L') return { kind: 'last', offset: 0 };
  if (/^L-\d+$/.test(text)) return { kind: 'last', offset: value(text.slice(2), 0, 30) };
  if (text === 'LW') return { kind: 'lastWeekday' };
  if (/^\d+W$/.test(text)) return { kind: 'nearestWeekday', day: value(text.slice(0, -1), 1, 31) };
  return { kind: 'set', days: field(text, 1, 31) };
}

function parseDayOfWeek(text: string): DayOfWeek {
  if (text === '?') return { kind: 'any' };
  if (text === 'L') return { kind: 'set', days: new Set([7]) };
  const last = /^(\w+)L$/.exec(text);
  if (last) return { kind: 'lastOf', day: value(last[1] as string, 1, 7, DAYS) };
  const nth = /^(\w+)#(\d)$/.exec(text);
  if (nth) return { kind: 'nth', day: value(nth[1] as string, 1, 7, DAYS), nth: value(nth[2] as string, 1, 5) };
  return { kind: 'set', days: field(text, 1, 7, DAYS) };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** 1 = Sunday ... 7 = Saturday, as cron counts. */
const weekday = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;

function isWeekday(year: number, month: number, day: number): boolean {
  const d = weekday(year, month, day);
  return d !== 1 && d !== 7;
}

function dayMatches(cron: CronSchedule, year: number, month: number, day: number): boolean {
  const length = daysIn(year, month);
  const dom = cron.dayOfMonth;
  switch (dom.kind) {
    case 'set':
      return dom.days.has(day);
    case 'last':
      return day === length - dom.offset;
    case 'lastWeekday': {
      let last = length;
      while (!isWeekday(year, month, last)) last -= 1;
      return day === last;
    }
    case 'nearestWeekday': {
      const target = Math.min(dom.day, length);
      let nearest = target;
      const d = weekday(year, month, target);
      if (d === 7) nearest = target === 1 ? target + 2 : target - 1;
      else if (d === 1) nearest = target === length ? target - 2 : target + 1;
      return day === nearest;
    }
    case 'any':
      break;
  }
  const dow = cron.dayOfWeek;
  const d = weekday(year, month, day);
  switch (dow.kind) {
    case 'set':
      return dow.days.has(d);
    case 'lastOf':
      return d === dow.day && day + 7 > length;
    case 'nth':
      return d === dow.day && Math.ceil(day / 7) === dow.nth;
    case 'any':
      return true;
  }
}

const SEARCH_DAYS = 366 * 8;

/** The first instant strictly after `afterMs` that the expression names in `timeZone`. */
export function nextCronTime(cron: CronSchedule, afterMs: number, timeZone: string): number | undefined {
  const start = localTime(afterMs, timeZone);
  const minutes = [...cron.minutes].sort((a, b) => a - b);
  const hours = [...cron.hours].sort((a, b) => a - b);
  for (let offset = 0; offset < SEARCH_DAYS; offset += 1) {
    const date = new Date(Date.UTC(start.year, start.month - 1, start.day + offset));
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    if (cron.years && !cron.years.has(year)) continue;
    if (!cron.month.has(month) || !dayMatches(cron, year, month, day)) continue;
    for (const hour of hours) {
      for (const minute of minutes) {
        const instant = zonedInstant({ year, month, day, hour, minute }, timeZone);
        if (instant !== undefined && instant > afterMs) return instant;
      }
    }
  }
  return undefined;
}
