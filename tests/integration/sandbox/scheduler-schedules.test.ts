import { GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeProcessingJobCommand, ListProcessingJobsCommand } from '@aws-sdk/client-sagemaker';
import {
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  CreateScheduleGroupCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  ListScheduleGroupsCommand,
  ListSchedulesCommand,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXECUTION_ID, PROCESSING_TARGET, ROLE, type SchedulerSandbox, processingTemplate, schedulerError, startSchedulerSandbox } from './scheduler-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

let env: SchedulerSandbox;
beforeEach(async () => {
  env = await startSchedulerSandbox();
});
afterEach(async () => {
  await env.stop();
});

const HOUR = 3_600_000;

function nightly(overrides: Partial<CreateScheduleCommandInput> = {}): CreateScheduleCommandInput {
  return {
    Name: 'churn-nightly-preprocess',
    ScheduleExpression: 'cron(0 2 * * ? *)',
    ScheduleExpressionTimezone: 'Europe/Berlin',
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: { Arn: PROCESSING_TARGET, RoleArn: ROLE, Input: processingTemplate() },
    ...overrides,
  };
}

async function schedulerSum(metricName: string): Promise<number> {
  const stats = await env.cloudwatch.send(
    new GetMetricStatisticsCommand({ Namespace: 'AWS/Scheduler', MetricName: metricName, StartTime: new Date(env.clock.now() - 72 * HOUR), EndTime: new Date(env.clock.now() + 60_000), Period: 3600, Statistics: ['Sum'] }),
  );
  return (stats.Datapoints ?? []).reduce((total, point) => total + (point.Sum ?? 0), 0);
}

describe('EventBridge Scheduler on the sandbox clock', () => {
  it('fires a time-zoned cron schedule that starts a processing job from its template', async () => {
    // The manual clock starts at 2026-01-05T09:00Z; 02:00 in Berlin (UTC+1) is 01:00Z the next day.
    const created = await env.scheduler.send(new CreateScheduleCommand(nightly({ Description: 'daily churn features' })));
    expect(created.ScheduleArn).toBe('arn:aws:scheduler:us-east-1:111122223333:schedule/default/churn-nightly-preprocess');
    const got = await env.scheduler.send(new GetScheduleCommand({ Name: 'churn-nightly-preprocess' }));
    expect(got).toMatchObject({
      Name: 'churn-nightly-preprocess',
      GroupName: 'default',
      State: 'ENABLED',
      ScheduleExpression: 'cron(0 2 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      Description: 'daily churn features',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: { Arn: PROCESSING_TARGET, RoleArn: ROLE, RetryPolicy: { MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 185 } },
      ActionAfterCompletion: 'NONE',
    });
    expect(got.CreationDate?.toISOString()).toBe('2026-01-05T09:00:00.000Z');

    env.clock.advance(16 * HOUR - 1);
    expect((await env.sagemaker.send(new ListProcessingJobsCommand({}))).ProcessingJobSummaries).toEqual([]);
    env.clock.advance(1);
    const [first] = (await env.sagemaker.send(new ListProcessingJobsCommand({}))).ProcessingJobSummaries ?? [];
    // The name is the template's, with the run's execution id (16 lowercase alphanumerics) substituted.
    expect(first?.ProcessingJobName).toMatch(/^nightly-preprocess-[0-9a-z]{16}$/);
    const job = await env.sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: first?.ProcessingJobName }));
    expect(job).toMatchObject({ ProcessingJobStatus: 'InProgress', Environment: { SCHEDULED_TIME: '2026-01-06T01:00:00Z' } });
    expect(job.CreationTime?.toISOString()).toBe('2026-01-06T01:00:00.000Z');

    env.clock.advance(24 * HOUR);
    const jobs = await env.sagemaker.send(new ListProcessingJobsCommand({ SortBy: 'CreationTime', SortOrder: 'Ascending' }));
    const names = jobs.ProcessingJobSummaries?.map((summary) => summary.ProcessingJobName);
    expect(names).toHaveLength(2);
    expect(names?.[0]).toBe(first?.ProcessingJobName);
    expect(names?.[1]).toMatch(/^nightly-preprocess-[0-9a-z]{16}$/);
    expect(names?.[1]).not.toBe(names?.[0]);
    expect(jobs.ProcessingJobSummaries?.[0]?.ProcessingJobStatus).toBe('Completed');
    expect(await schedulerSum('InvocationAttemptCount')).toBe(2); // the account-level series (no dimensions)
    expect(await schedulerSum('TargetErrorCount')).toBe(0);
  });

  it('does not fire while DISABLED, fires every rate period once enabled, and stops when deleted', async () => {
    await env.scheduler.send(new CreateScheduleCommand(nightly({ Name: 'every-5', ScheduleExpression: 'rate(5 minutes)', ScheduleExpressionTimezone: undefined, State: 'DISABLED', Target: { Arn: PROCESSING_TARGET, RoleArn: ROLE, Input: processingTemplate(`five-${EXECUTION_ID}`) } })));
    env.clock.advance(HOUR);
    expect((await env.sagemaker.send(new ListProcessingJobsCommand({}))).ProcessingJobSummaries).toEqual([]);

    await env.scheduler.send(new UpdateScheduleCommand(nightly({ Name: 'every-5', ScheduleExpression: 'rate(5 minutes)', ScheduleExpressionTimezone: undefined, Target: { Arn: PROCESSING_TARGET, RoleArn: ROLE, Input: processingTemplate(`five-${EXECUTION_ID}`) } })));
    const updated = await env.scheduler.send(new GetScheduleCommand({ Name: 'every-5' }));
    expect(updated.State).toBe('ENABLED');
    expect(updated.CreationDate?.toISOString()).toBe('2026-01-05T09:00:00.000Z');
    expect(updated.LastModificationDate?.toISOString()).toBe('2026-01-05T10:00:00.000Z');
    env.clock.advance(10 * 60_000);
    const names = async () => ((await env.sagemaker.send(new ListProcessingJobsCommand({ SortBy: 'Name', SortOrder: 'Ascending' }))).ProcessingJobSummaries ?? []).map((s) => s.ProcessingJobName);
    // Rate schedules count from the creation time: 09:00 + k * 5 min.
    const started = await names();
    expect(started).toHaveLength(2);
    for (const name of started) expect(name).toMatch(/^five-[0-9a-z]{16}$/);
    await env.scheduler.send(new DeleteScheduleCommand({ Name: 'every-5' }));
    env.clock.advance(HOUR);
    expect(await names()).toHaveLength(2);
    const gone = await schedulerError(env.scheduler.send(new GetScheduleCommand({ Name: 'every-5' })));
    expect(gone.name).toBe('ResourceNotFoundException');
    expect(gone.message).toBe('Schedule every-5 does not exist.');
    expect(gone.$metadata.httpStatusCode).toBe(404);
  });

  it('runs a one-time at() schedule, deletes it after completion, and records a failing target', async () => {
    await env.scheduler.send(
      new CreateScheduleCommand(nightly({ Name: 'backfill', ScheduleExpression: 'at(2026-01-05T12:00:00)', ScheduleExpressionTimezone: 'America/New_York', ActionAfterCompletion: 'DELETE', Target: { Arn: PROCESSING_TARGET, RoleArn: ROLE, Input: processingTemplate('backfill') } })),
    );
    const broken = JSON.parse(processingTemplate('broken')) as Record<string, unknown>;
    delete broken.AppSpecification;
    await env.scheduler.send(new CreateScheduleCommand(nightly({ Name: 'broken', ScheduleExpression: 'rate(1 hour)', ScheduleExpressionTimezone: undefined, Target: { Arn: PROCESSING_TARGET, RoleArn: ROLE, Input: JSON.stringify(broken) } })));

    env.clock.advance(8 * HOUR); // 12:00 in New York is 17:00Z
    const job = await env.sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: 'backfill' }));
    expect(job.CreationTime?.toISOString()).toBe('2026-01-05T17:00:00.000Z');
    const left = await env.scheduler.send(new ListSchedulesCommand({}));
    expect(left.Schedules?.map((s) => s.Name)).toEqual(['broken']);
    // The broken template failed CreateProcessingJob's validation at each of its 8 hourly runs.
    expect(await schedulerSum('TargetErrorCount')).toBe(8);
  });

  it('validates schedules and answers AWS errors', async () => {
    await env.scheduler.send(new CreateScheduleCommand(nightly()));
    const duplicate = await schedulerError(env.scheduler.send(new CreateScheduleCommand(nightly())));
    expect(duplicate.name).toBe('ConflictException');
    expect(duplicate.$metadata.httpStatusCode).toBe(409);
    const expression = await schedulerError(env.scheduler.send(new CreateScheduleCommand(nightly({ Name: 'x', ScheduleExpression: 'cron(0 2 * * * *)' }))));
    expect(expression.name).toBe('ValidationException');
    expect(expression.message).toBe('Invalid Schedule Expression cron(0 2 * * * *).');
    const zone = await schedulerError(env.scheduler.send(new CreateScheduleCommand(nightly({ Name: 'x', ScheduleExpressionTimezone: 'Mars/Olympus' }))));
    expect(zone.message).toBe('Invalid Schedule Expression Timezone Mars/Olympus.');
    const name = await schedulerError(env.scheduler.send(new CreateScheduleCommand(nightly({ Name: 'bad name!' }))));
    expect(name.message).toBe("1 validation error detected: Value 'bad name!' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-zA-Z-_.]+$");
    const role = await schedulerError(env.scheduler.send(new CreateScheduleCommand(nightly({ Name: 'x', Target: { Arn: PROCESSING_TARGET, RoleArn: 'not-a-role', Input: '{}' } }))));
    expect(role.message).toContain("at 'target.roleArn' failed to satisfy constraint");
    const input = await schedulerError(env.scheduler.send(new CreateScheduleCommand(nightly({ Name: 'x', Target: { Arn: PROCESSING_TARGET, RoleArn: ROLE, Input: 'not json' } }))));
    expect(input.name).toBe('ValidationException');
    const window = await schedulerError(env.scheduler.send(new CreateScheduleCommand(nightly({ Name: 'x', FlexibleTimeWindow: { Mode: 'FLEXIBLE' } }))));
    expect(window.message).toBe('MaximumWindowInMinutes must be provided when the FlexibleTimeWindow mode is FLEXIBLE.');
    const group = await schedulerError(env.scheduler.send(new CreateScheduleCommand(nightly({ Name: 'x', GroupName: 'nope' }))));
    expect(group.name).toBe('ResourceNotFoundException');
    const missing = await schedulerError(env.scheduler.send(new UpdateScheduleCommand(nightly({ Name: 'never-created' }))));
    expect(missing.name).toBe('ResourceNotFoundException');
  });

  it('lists schedules with filters and pages, and schedule groups', async () => {
    await env.scheduler.send(new CreateScheduleGroupCommand({ Name: 'ml-nightly' }));
    for (const name of ['churn-a', 'churn-b', 'churn-c', 'other']) {
      await env.scheduler.send(new CreateScheduleCommand(nightly({ Name: name, State: name === 'churn-b' ? 'DISABLED' : 'ENABLED', GroupName: name === 'churn-c' ? 'ml-nightly' : undefined })));
    }
    const page = await env.scheduler.send(new ListSchedulesCommand({ NamePrefix: 'churn-', MaxResults: 2 }));
    expect(page.Schedules?.map((s) => `${s.GroupName}/${s.Name}/${s.State}`)).toEqual(['default/churn-a/ENABLED', 'default/churn-b/DISABLED']);
    expect(page.Schedules?.[0]?.Target).toEqual({ Arn: PROCESSING_TARGET });
    const rest = await env.scheduler.send(new ListSchedulesCommand({ NamePrefix: 'churn-', MaxResults: 2, NextToken: page.NextToken }));
    expect(rest.Schedules?.map((s) => s.Name)).toEqual(['churn-c']);
    expect(rest.NextToken).toBeUndefined();
    expect((await env.scheduler.send(new ListSchedulesCommand({ State: 'DISABLED' }))).Schedules?.map((s) => s.Name)).toEqual(['churn-b']);
    expect((await env.scheduler.send(new ListSchedulesCommand({ GroupName: 'ml-nightly' }))).Schedules?.map((s) => s.Name)).toEqual(['churn-c']);
    const groups = await env.scheduler.send(new ListScheduleGroupsCommand({}));
    expect(groups.ScheduleGroups?.map((g) => `${g.Name}:${g.State}`)).toEqual(['default:ACTIVE', 'ml-nightly:ACTIVE']);
  });

  it('accepts a FLEXIBLE window and still fires at the exact time', async () => {
    await env.scheduler.send(
      new CreateScheduleCommand(nightly({ Name: 'flexible', ScheduleExpression: 'rate(1 hour)', ScheduleExpressionTimezone: undefined, FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 }, Target: { Arn: PROCESSING_TARGET, RoleArn: ROLE, Input: processingTemplate('flexible') } })),
    );
    expect((await env.scheduler.send(new GetScheduleCommand({ Name: 'flexible' }))).FlexibleTimeWindow).toEqual({ Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 });
    env.clock.advance(HOUR);
    const job = await env.sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: 'flexible' }));
    expect(job.CreationTime?.toISOString()).toBe('2026-01-05T10:00:00.000Z');
  });
});
