import { randomBytes } from 'node:crypto';
import type { CreateProcessingJobRequest } from '@aws-sdk/client-sagemaker';
import { AwsError, type ServiceEnv, type Where } from '../../types';
import { nextRunTime } from '../../../../shared/schedule/next-run';
import { CREATE_PROCESSING_JOB_TARGET, type Invocation, type ScheduleRecord } from './model';
import { type SchedulerStore, scheduleKey } from './store';

const KEPT_INVOCATIONS = 20;
const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new execution id shaped as AWS's (16 lowercase alphanumerics, e.g. `d32c5kddcf5bb8c3` in the
 * Scheduler user guide's "Adding context attributes"): unique per attempted invocation, so a job
 * name built from it never repeats.
 */
export function newExecutionId(): string {
  let id = '';
  for (const byte of randomBytes(16)) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  return id;
}

/**
 * Scheduler's context attributes, substituted in the target input as AWS does; nothing else in
 * the input is changed (AWS does not make a job name unique: a fixed name fails on its second run).
 */
export function substituteContext(input: string, context: { scheduleArn: string; scheduledMs: number; executionId: string; attempt: number }): string {
  return input
    .replaceAll('<aws.scheduler.schedule-arn>', context.scheduleArn)
    .replaceAll('<aws.scheduler.scheduled-time>', new Date(context.scheduledMs).toISOString().replace('.000Z', 'Z'))
    .replaceAll('<aws.scheduler.execution-id>', context.executionId)
    .replaceAll('<aws.scheduler.attempt-number>', String(context.attempt));
}

/**
 * Arms one timer per enabled schedule on the sandbox clock for its next fire time; on firing it
 * invokes the target, records the outcome, publishes AWS/Scheduler metrics and re-arms.
 */
export class ScheduleRunner {
  private readonly timers = new Map<string, () => void>();

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
    const now = this.env.clock.now();
    // Under --time-scale the timer fires before the wall clock reaches the scheduled time (the
    // delay is simulated), so the schedule continues from its last run, never from `now` alone:
    // runs come every interval / timeScale and no scheduled time repeats.
    const lastRun = schedule.invocations[schedule.invocations.length - 1]?.scheduledMs ?? -Infinity;
    const from = Math.max(now, lastRun);
    const next = nextRunTime(
      { expression: schedule.expression, timeZone: schedule.timeZone, enabled: schedule.state === 'ENABLED', createdMs: schedule.createdMs, startMs: schedule.startMs, endMs: schedule.endMs },
      from,
    );
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
    const executionId = newExecutionId();
    const failed = (detail: string): Invocation => ({ scheduledMs, executionId, outcome: 'Failed', detail });
    if (schedule.target.Arn !== CREATE_PROCESSING_JOB_TARGET)
      return failed(`Target ${schedule.target.Arn ?? ''} is not emulated by the SageDeck sandbox.`);
    const processing = this.env.bus.processing;
    if (!processing) return failed('No SageMaker processing provider is registered in this sandbox.');
    let request: CreateProcessingJobRequest;
    try {
      const input = substituteContext(schedule.target.Input ?? '{}', { scheduleArn: schedule.arn, scheduledMs, executionId, attempt: 1 });
      request = JSON.parse(input) as CreateProcessingJobRequest;
    } catch {
      return failed('The target input is not valid JSON.');
    }
    try {
      return { scheduledMs, executionId, outcome: 'Succeeded', detail: processing.start(where, request) };
    } catch (error) {
      return failed(error instanceof AwsError ? `${error.code}: ${error.message}` : String(error));
    }
  }

  /** The AWS/Scheduler metrics the console charts (account level and per schedule group). */
  private publish(where: Where, schedule: ScheduleRecord, invocation: Invocation): void {
    const metrics = this.env.bus.metrics;
    if (!metrics) return;
    const timestamp = this.env.clock.now();
    // A failed run is not retried here (see README), so it is also the invocation AWS drops once
    // its retry policy gives up (no dead-letter queue is emulated): InvocationDroppedCount.
    const failures = invocation.outcome === 'Failed' ? ['TargetErrorCount', 'InvocationDroppedCount'] : [];
    const names = ['InvocationAttemptCount', ...failures];
    for (const metricName of names) {
      const perGroup: Record<string, string>[] = [{}, { ScheduleGroup: schedule.groupName }];
      for (const dimensions of perGroup) {
        metrics.put(where, { namespace: 'AWS/Scheduler', metricName, dimensions, value: 1, unit: 'Count', timestamp });
      }
    }
  }
}
