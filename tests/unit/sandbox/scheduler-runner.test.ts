import type { CreateProcessingJobRequest } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { CREATE_PROCESSING_JOB_TARGET, type ScheduleRecord } from '../../../electron/sandbox/services/scheduler/model';
import { ScheduleRunner } from '../../../electron/sandbox/services/scheduler/runner';
import { SchedulerStore, scheduleKey } from '../../../electron/sandbox/services/scheduler/store';
import type { Clock, SandboxBus, ServiceEnv } from '../../../electron/sandbox/types';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const where = { accountId: '111122223333', region: 'us-east-1' };

/**
 * A clock as `--time-scale 60` behaves: timers are due after a sixtieth of their simulated delay,
 * while now() (wall-clock timestamps) moves only that much.
 */
function scaledClock(timeScale: number) {
  let wall = T0;
  let pending: { due: number; fn: () => void }[] = [];
  const clock: Clock = {
    timeScale,
    now: () => wall,
    after(ms, fn) {
      const timer = { due: wall + ms / timeScale, fn };
      pending.push(timer);
      return () => {
        pending = pending.filter((item) => item !== timer);
      };
    },
    every: () => () => undefined,
  };
  return {
    clock,
    /** Fires the next timer, moving the wall clock to its (scaled) due time. */
    fireNext(): void {
      const [next] = pending.sort((a, b) => a.due - b.due);
      if (!next) throw new Error('nothing pending');
      pending = pending.filter((item) => item !== next);
      wall = next.due;
      next.fn();
    },
    pending: () => pending.length,
  };
}

function schedule(overrides: Partial<ScheduleRecord> = {}): ScheduleRecord {
  return {
    name: 'every-5',
    groupName: 'default',
    arn: 'arn:aws:scheduler:us-east-1:111122223333:schedule/default/every-5',
    expression: 'rate(5 minutes)',
    timeZone: 'UTC',
    state: 'ENABLED',
    flexibleTimeWindow: { Mode: 'OFF' },
    target: { Arn: CREATE_PROCESSING_JOB_TARGET, RoleArn: 'arn:aws:iam::111122223333:role/r', Input: JSON.stringify({ ProcessingJobName: 'prep-<aws.scheduler.execution-id>', Environment: { AT: '<aws.scheduler.scheduled-time>', N: '<aws.scheduler.attempt-number>' } }) },
    actionAfterCompletion: 'NONE',
    createdMs: T0,
    modifiedMs: T0,
    invocations: [],
    ...overrides,
  };
}

function setup(bus: SandboxBus) {
  const time = scaledClock(60);
  const env: ServiceEnv = { clock: time.clock, defaultAccountId: where.accountId, bus };
  const store = new SchedulerStore();
  const runner = new ScheduleRunner(env, store);
  const record = schedule();
  store.region(where).schedules.set(scheduleKey(record.groupName, record.name), record);
  runner.arm(where, record);
  return { time, record, runner };
}

describe('schedule runner', () => {
  it('keeps advancing scheduled times when the clock is scaled, so no run repeats', () => {
    const started: string[] = [];
    const times: string[] = [];
    const { time, record } = setup({
      processing: {
        start: (_where, input: CreateProcessingJobRequest) => {
          started.push(input.ProcessingJobName ?? '');
          times.push(`${input.Environment?.AT ?? ''}#${input.Environment?.N ?? ''}`);
          return `arn:aws:sagemaker:us-east-1:111122223333:processing-job/${input.ProcessingJobName ?? ''}`;
        },
      },
    });
    for (let i = 0; i < 3; i += 1) time.fireNext();
    // AWS passes the input as given, with the context attributes substituted; no suffix is added.
    expect(times).toEqual(['2026-01-05T09:05:00Z#1', '2026-01-05T09:10:00Z#1', '2026-01-05T09:15:00Z#1']);
    expect(started).toEqual(record.invocations.map((run) => `prep-${run.executionId ?? ''}`));
    expect(new Set(started).size).toBe(3);
    for (const name of started) expect(name).toMatch(/^prep-[0-9a-z]{16}$/);
    expect(time.clock.now()).toBe(T0 + 15_000); // three scaled 5-minute intervals of wall time
  });

  it('records a failed run when no processing provider is registered, and keeps the schedule', () => {
    const { time, record } = setup({});
    time.fireNext();
    expect(record.invocations).toEqual([
      { scheduledMs: T0 + 300_000, executionId: expect.stringMatching(/^[0-9a-z]{16}$/) as unknown as string, outcome: 'Failed', detail: 'No SageMaker processing provider is registered in this sandbox.' },
    ]);
    expect(time.pending()).toBe(1);
  });
});
