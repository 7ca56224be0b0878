import type { CreateProcessingJobRequest } from '@aws-sdk/client-sagemaker';
import { AwsError, type ServiceEnv, type Where } from '../../types';
import { nextFireTime, parseExpression } from './expression';
import { CREATE_PROCESSING_JOB_TARGET, type Invocation, type ScheduleRecord } from './model';
import { type SchedulerStore, scheduleKey } from './store';
import { localTime } from './zoned-time';

const KEPT_INVOCATIONS = 20;
const JOB_NAME_MAX = 63;

const pad = (n: number) => String(n).padStart(2, '0');

/** `-2026-01-05-0200`: the scheduled time in the schedule's zone, so every run gets its own job name. */
export function runSuffix(scheduledMs: number, timeZone: string): string {
  const t = localTime(scheduledMs, timeZone);
  return `-${t.year}-${pad(t.month)}-${pad(t.day)}-${pad(t.hour)}${pad(t.minute)}`;
}

/** Scheduler's context attributes, substituted in the target input as AWS does. */
function substitute(input: string, schedule: ScheduleRecord, scheduledMs: number, executionId: string): string {
  return input
    .replaceAll('<aws.scheduler.schedule-arn>', schedule.arn)
    .replaceAll('<aws.scheduler.scheduled-time>', new Date(scheduledMs).toISOString().replace('.000Z', 'Z'))
    .replaceAll('<aws.scheduler.execution-id>', executionId)
    .replaceAll('<aws.scheduler.attempt-number>', '1');
}

/**
 * Arms one timer per enabled schedule on the sandbox clock for its next fire time; on firing it
 * invokes the target, records the outcome, publishes AWS/Scheduler metrics and re-arms.
 */
export class ScheduleRunner {
  private readonly timers = new Map<string, () => void>();
  private executions = 0;

  constructor(
    private readonly env: ServiceEnv,
    private readonly store: SchedulerStore,
  ) {}

  private timerKey(where: Where, schedule: { groupName: string; name: string }): string {
    return `${where.accountId}/${where.region}/${scheduleKey(schedule.groupName, schedule.name)}`;
  }

  disarm(where: Where, schedule: { groupName: string; name: string }): void {
    const key = this.timerKey(where, schedule);
    this.timers.get(key)?.();
    this.timers.delete(key);
  }

  arm(where: Where, schedule: ScheduleRecord): void {
    this.disarm(where, schedule);
    if (schedule.state !== 'ENABLED') return;
    const expression = parseExpression(schedule.expression);
    if (!expression) return;
    const now = this.env.clock.now();
    const window = { timeZone: schedule.timeZone, anchorMs: schedule.startMs ?? schedule.createdMs, startMs: schedule.startMs, endMs: schedule.endMs };
    // Under --time-scale the timer fires before the wall clock reaches the scheduled time (the
    // delay is simulated), so the schedule continues from its last run, never from `now` alone:
    // runs come every interval / timeScale and no scheduled time repeats.
    const lastRun = schedule.invocations[schedule.invocations.length - 1]?.scheduledMs ?? -Infinity;
    const from = Math.max(now, lastRun);
    const next = nextFireTime(expression, from, window);
    if (next === undefined) return;
    const key = this.timerKey(where, schedule);
    this.timers.set(
      key,
      this.env.clock.after(next - from, () => {
        this.timers.delete(key);
        this.fire(where, schedule, next);
      }),
    );
  }

  armAll(): void {
    for (const region of this.store.all()) for (const schedule of region.schedules.values()) this.arm(region.where, schedule);
  }

  stopAll(): void {
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
  }

  private fire(where: Where, schedule: ScheduleRecord, scheduledMs: number): void {
    const region = this.store.region(where);
    // The schedule may have been replaced or deleted since the timer was set.
    if (region.schedules.get(scheduleKey(schedule.groupName, schedule.name)) !== schedule) return;
    const invocation = this.invoke(where, schedule, scheduledMs);
    schedule.invocations.push(invocation);
    if (schedule.invocations.length > KEPT_INVOCATIONS) schedule.invocations.splice(0, schedule.invocations.length - KEPT_INVOCATIONS);
    this.publish(where, schedule, invocation);
    this.arm(where, schedule);
    if (!this.timers.has(this.timerKey(where, schedule)) && schedule.actionAfterCompletion === 'DELETE')
      region.schedules.delete(scheduleKey(schedule.groupName, schedule.name));
  }

  private invoke(where: Where, schedule: ScheduleRecord, scheduledMs: number): Invocation {
    const failed = (detail: string): Invocation => ({ scheduledMs, outcome: 'Failed', detail });
    if (schedule.target.Arn !== CREATE_PROCESSING_JOB_TARGET)
      return failed(`Target ${schedule.target.Arn ?? ''} is not emulated by the SageDeck sandbox.`);
    const processing = this.env.bus.processing;
    if (!processing) return failed('No SageMaker processing provider is registered in this sandbox.');
    this.executions += 1;
    const executionId = `sandbox-${scheduledMs.toString(36)}-${this.executions}`;
    let request: CreateProcessingJobRequest;
    try {
      request = JSON.parse(substitute(schedule.target.Input ?? '{}', schedule, scheduledMs, executionId)) as CreateProcessingJobRequest;
    } catch {
      return failed('The target input is not valid JSON.');
    }
    const suffix = runSuffix(scheduledMs, schedule.timeZone);
    const base = (request.ProcessingJobName ?? schedule.name).slice(0, JOB_NAME_MAX - suffix.length);
    try {
      const arn = processing.start(where, { ...request, ProcessingJobName: `${base}${suffix}` });
      return { scheduledMs, outcome: 'Succeeded', detail: arn };
    } catch (error) {
      return failed(error instanceof AwsError ? `${error.code}: ${error.message}` : String(error));
    }
  }

  /** The AWS/Scheduler metrics the console charts (account level and per schedule group). */
  private publish(where: Where, schedule: ScheduleRecord, invocation: Invocation): void {
    const metrics = this.env.bus.metrics;
    if (!metrics) return;
    const timestamp = this.env.clock.now();
    const names = ['InvocationAttemptCount', ...(invocation.outcome === 'Failed' ? ['TargetErrorCount'] : [])];
    for (const metricName of names) {
      const perGroup: Record<string, string>[] = [{}, { ScheduleGroup: schedule.groupName }];
      for (const dimensions of perGroup) {
        metrics.put(where, { namespace: 'AWS/Scheduler', metricName, dimensions, value: 1, unit: 'Count', timestamp });
      }
    }
  }
}
