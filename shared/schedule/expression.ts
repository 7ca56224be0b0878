import { type CronSchedule, nextCronTime, parseCron } from './cron';
import { type LocalTime, zonedInstant } from './zoned-time';

export type ScheduleExpression =
  | { kind: 'rate'; everyMs: number }
  | { kind: 'cron'; cron: CronSchedule }
  | { kind: 'at'; local: LocalTime };

const UNITS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** rate(N unit), cron(...) and at(yyyy-mm-ddThh:mm:ss); undefined when the text is none of them. */
export function parseExpression(text: string): ScheduleExpression | undefined {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(text);
  if (rate) {
    const amount = Number(rate[1]);
    const unit = rate[2] as string;
    // AWS insists on the singular for 1 and the plural otherwise.
    if (amount < 1 || (amount === 1) !== !unit.endsWith('s')) return undefined;
    return { kind: 'rate', everyMs: amount * (UNITS[unit.replace(/s$/, '')] ?? 0) };
  }
  const cron = /^cron\((.+)\)$/.exec(text);
  if (cron) {
    try {
      return { kind: 'cron', cron: parseCron(cron[1] as string) };
    } catch {
      return undefined;
    }
  }
  const at = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/.exec(text);
  if (at) {
    const [year, month, day, hour, minute, second] = at.slice(1).map(Number) as [number, number, number, number, number, number];
    const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return undefined;
    return { kind: 'at', local: { year, month, day, hour, minute, second } };
  }
  return undefined;
}

export interface FireWindow {
  timeZone: string;
  /** Rate schedules count from here (StartDate, else creation). */
  anchorMs: number;
  startMs?: number;
  endMs?: number;
}

/** The next instant strictly after `afterMs` at which the schedule fires, within its start/end dates. */
export function nextFireTime(expression: ScheduleExpression, afterMs: number, window: FireWindow): number | undefined {
  const from = window.startMs !== undefined ? Math.max(afterMs, window.startMs - 1) : afterMs;
  let next: number | undefined;
  switch (expression.kind) {
    case 'rate': {
      const first = window.startMs !== undefined ? window.anchorMs : window.anchorMs + expression.everyMs;
      const steps = from < first ? 0 : Math.floor((from - first) / expression.everyMs) + 1;
      next = first + steps * expression.everyMs;
      break;
    }
    case 'cron':
      next = nextCronTime(expression.cron, from, window.timeZone);
      break;
    case 'at': {
      const instant = zonedInstant(expression.local, window.timeZone);
      next = instant !== undefined && instant > afterMs ? instant : undefined;
      break;
    }
  }
  if (next === undefined || (window.endMs !== undefined && next > window.endMs)) return undefined;
  return next;
}
