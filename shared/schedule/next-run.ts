import { nextFireTime, parseExpression } from './expression';

/** What decides when an EventBridge Scheduler schedule runs next, as GetSchedule describes it. */
export interface ScheduleTiming {
  expression: string;
  /** IANA zone the expression's wall-clock times are in; AWS's default is UTC. */
  timeZone?: string;
  enabled: boolean;
  /** Rate schedules count from StartDate, else from creation. */
  createdMs: number;
  startMs?: number;
  endMs?: number;
}

/**
 * The first run strictly after `afterMs`, or undefined when the schedule is paused, past its end
 * date, spent (at()) or unreadable. Scheduler's API does not return it, so the console and the
 * sandbox's runner both compute it here: what the console shows is what the sandbox fires.
 */
export function nextRunTime(timing: ScheduleTiming, afterMs: number): number | undefined {
  if (!timing.enabled) return undefined;
  const expression = parseExpression(timing.expression);
  if (!expression) return undefined;
  return nextFireTime(expression, afterMs, {
    timeZone: timing.timeZone ?? 'UTC',
    anchorMs: timing.startMs ?? timing.createdMs,
    startMs: timing.startMs,
    endMs: timing.endMs,
  });
}
