import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { ListProcessingJobsCommand } from '@aws-sdk/client-sagemaker';
import { CreateScheduleCommand } from '@aws-sdk/client-scheduler';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXECUTION_ID, PROCESSING_TARGET, ROLE, type SchedulerSandbox, processingTemplate, startSchedulerSandbox } from './scheduler-harness';
import { control } from './support';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

let env: SchedulerSandbox;
beforeEach(async () => {
  env = await startSchedulerSandbox();
});
afterEach(async () => {
  await env.stop();
});

const HOUR = 3_600_000;

async function hourly(name: string, jobName: string): Promise<void> {
  await env.scheduler.send(
    new CreateScheduleCommand({ Name: name, ScheduleExpression: 'rate(1 hour)', FlexibleTimeWindow: { Mode: 'OFF' }, Target: { Arn: PROCESSING_TARGET, RoleArn: ROLE, Input: processingTemplate(jobName) } }),
  );
}

async function jobNames(): Promise<string[]> {
  const jobs = await env.sagemaker.send(new ListProcessingJobsCommand({ SortBy: 'CreationTime', SortOrder: 'Ascending' }));
  return (jobs.ProcessingJobSummaries ?? []).map((job) => job.ProcessingJobName ?? '');
}

interface Run {
  scheduleArn: string;
  scheduledTime: string;
  executionId: string;
  outcome: string;
  detail: string;
}

async function runs(): Promise<Run[]> {
  const answer = await control(env.sandbox.endpoint, 'GET', 'scheduler/runs');
  expect(answer.status).toBe(200);
  return answer.json.runs as Run[];
}

/** Hourly sums of an AWS/Scheduler metric over the test's day, all series without dimensions. */
async function schedulerSums(metricName: string): Promise<number> {
  const answer = await env.cloudwatch.send(
    new GetMetricDataCommand({
      StartTime: new Date(env.clock.now() - 24 * HOUR),
      EndTime: new Date(env.clock.now() + 60_000),
      MetricDataQueries: [{ Id: 'm', MetricStat: { Metric: { Namespace: 'AWS/Scheduler', MetricName: metricName }, Period: 3600, Stat: 'Sum' } }],
    }),
  );
  return (answer.MetricDataResults?.[0]?.Values ?? []).reduce((total, value) => total + value, 0);
}

describe('Scheduler target input, as AWS passes it', () => {
  it('substitutes the execution id, so every run starts a job of its own name', async () => {
    await hourly('unique', `prep-${EXECUTION_ID}`);
    env.clock.advance(2 * HOUR);
    const names = await jobNames();
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/^prep-[0-9a-z]{16}$/);
    const recorded = await runs();
    expect(recorded.map((run) => run.outcome)).toEqual(['Succeeded', 'Succeeded']);
    expect(recorded.map((run) => `prep-${run.executionId}`)).toEqual(names);
    expect(recorded[0]?.scheduledTime).toBe('2026-01-05T10:00:00.000Z');
  });

  it('keeps a fixed ProcessingJobName, so the second run fails with SageMaker ResourceInUse and is observable', async () => {
    await hourly('fixed', 'nightly-fixed');
    env.clock.advance(HOUR);
    expect(await jobNames()).toEqual(['nightly-fixed']);
    env.clock.advance(HOUR);
    expect(await jobNames()).toEqual(['nightly-fixed']);

    const [first, second] = await runs();
    expect(first).toMatchObject({ outcome: 'Succeeded', detail: 'arn:aws:sagemaker:us-east-1:111122223333:processing-job/nightly-fixed' });
    expect(second).toMatchObject({ scheduleArn: 'arn:aws:scheduler:us-east-1:111122223333:schedule/default/fixed', outcome: 'Failed' });
    expect(second?.detail).toMatch(/^ResourceInUse: Processing job names must be unique within an AWS account and region/);
    expect(await schedulerSums('InvocationAttemptCount')).toBe(2);
    expect(await schedulerSums('TargetErrorCount')).toBe(1);
    expect(await schedulerSums('InvocationDroppedCount')).toBe(1);
  });
});
