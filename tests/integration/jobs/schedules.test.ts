import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { ListProcessingJobsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { CreateScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobSchedule } from '../../../shared/domain/jobs';
import type { JournalEntry } from '../../../shared/domain/journal';
import { BASE_KEYS, startCredentialWorld, type CredentialWorld } from '../../support/credentials-harness';
import { control } from '../sandbox/support';

const CONFIG = `
[profile base]
region = us-east-1
endpoint_url = {endpoint}
`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SCHEDULER_ROLE = 'arn:aws:iam::111122223333:role/SageDeckSchedulerRole';
const JOB_ROLE = 'arn:aws:iam::111122223333:role/SageDeckTestRole';
const PROCESSING_TARGET = 'arn:aws:scheduler:::aws-sdk:sagemaker:createProcessingJob';
/** Friday 09:00 UTC, two days before Paris moves to summer time (Sunday 2030-03-31). */
const FRIDAY = Date.parse('2030-03-29T09:00:00Z');

/** The form's processing job, named with the execution id so every run gets a name of its own. */
function scheduledJob(name = 'nightly-prep-<aws.scheduler.execution-id>') {
  return {
    kind: 'processing' as const,
    name,
    roleArn: JOB_ROLE,
    image: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3',
    instanceType: 'ml.m5.large',
    instanceCount: 1,
    volumeSizeGb: 20,
    maxRuntimeSeconds: 3_600,
    entrypoint: ['python3', '/opt/ml/processing/code/prep.py'],
    inputs: [{ name: 'raw', s3Uri: 's3://sagedeck-schedules-test/raw/', localPath: '/opt/ml/processing/input' }],
    outputs: [{ name: 'features', s3Uri: 's3://sagedeck-schedules-test/features/', localPath: '/opt/ml/processing/output' }],
  };
}

interface Run {
  scheduleArn: string;
  executionId: string;
  outcome: 'Succeeded' | 'Failed';
  detail: string;
}

let world: CredentialWorld;
let scheduler: SchedulerClient;
let sagemaker: SageMakerClient;
let cloudwatch: CloudWatchClient;

beforeEach(async () => {
  world = await startCredentialWorld({ config: CONFIG, credentials: BASE_KEYS, env: { AWS_PROFILE: 'base' } });
  world.clock.advance(FRIDAY - world.clock.now());
  // The test's own SDK clients (the sandbox's keys), to look at what the console cannot do itself.
  const config = { endpoint: world.sandbox.endpoint, region: 'us-east-1', credentials: world.keys, maxAttempts: 1 };
  scheduler = new SchedulerClient(config);
  sagemaker = new SageMakerClient(config);
  cloudwatch = new CloudWatchClient(config);
});

afterEach(async () => {
  scheduler.destroy();
  sagemaker.destroy();
  cloudwatch.destroy();
  await world.close();
});

const listSchedules = () => world.ok<JobSchedule[]>('jobs.listSchedules', {});
const advanceTo = (iso: string) => world.clock.advance(Date.parse(iso) - world.clock.now());

async function jobNames(): Promise<string[]> {
  const answer = await sagemaker.send(new ListProcessingJobsCommand({ SortBy: 'CreationTime', SortOrder: 'Ascending' }));
  return (answer.ProcessingJobSummaries ?? []).map((job) => job.ProcessingJobName ?? '');
}

async function runs(): Promise<Run[]> {
  const answer = await control(world.sandbox.endpoint, 'GET', 'scheduler/runs');
  return answer.json.runs as Run[];
}

async function schedulerMetricSum(metricName: string): Promise<number> {
  const answer = await cloudwatch.send(
    new GetMetricDataCommand({
      StartTime: new Date(world.clock.now() - DAY),
      EndTime: new Date(world.clock.now() + 60_000),
      MetricDataQueries: [
        { Id: 'm', MetricStat: { Metric: { Namespace: 'AWS/Scheduler', MetricName: metricName }, Period: 3600, Stat: 'Sum' } },
      ],
    }),
  );
  return (answer.MetricDataResults?.[0]?.Values ?? []).reduce((total, value) => total + value, 0);
}

describe('job schedules (EventBridge Scheduler starting processing jobs)', () => {
  it('creates a weekday cron schedule in a time zone, fires it, pauses, resumes and deletes it', async () => {
    const created = await world.ok<JobSchedule>('jobs.createSchedule', {
      name: 'nightly-prep',
      expression: 'cron(0 2 ? * MON-FRI *)',
      timezone: 'Europe/Paris',
      description: 'Weekday features',
      schedulerRoleArn: SCHEDULER_ROLE,
      job: scheduledJob(),
    });
    // Monday 02:00 in Paris is already summer time (UTC+2): midnight UTC, not 01:00.
    expect(created).toMatchObject({
      name: 'nightly-prep',
      groupName: 'default',
      state: 'ENABLED',
      expression: 'cron(0 2 ? * MON-FRI *)',
      timezone: 'Europe/Paris',
      description: 'Weekday features',
      jobNamePattern: 'nightly-prep-<aws.scheduler.execution-id>',
      nextRunAt: '2030-04-01T00:00:00.000Z',
      recentJobs: [],
    });
    expect(await listSchedules()).toEqual([created]);

    advanceTo('2030-04-01T00:00:01Z');
    const [started] = await jobNames();
    expect(await jobNames()).toHaveLength(1);
    expect(started).toMatch(/^nightly-prep-[0-9a-z]{16}$/);
    const [run] = await runs();
    expect(run).toMatchObject({ outcome: 'Succeeded' });
    expect(started).toBe(`nightly-prep-${run?.executionId}`);
    const [afterRun] = await listSchedules();
    expect(afterRun?.nextRunAt).toBe('2030-04-02T00:00:00.000Z');
    expect(afterRun?.recentJobs.map((job) => job.name)).toEqual([started]);
    expect(afterRun?.recentJobs[0]).toMatchObject({ kind: 'processing', name: started });

    const paused = await world.ok<JobSchedule>('jobs.setScheduleState', { name: 'nightly-prep', enabled: false });
    expect(paused.state).toBe('DISABLED');
    expect(paused.nextRunAt).toBeUndefined();
    // Pausing kept everything else UpdateSchedule would otherwise reset.
    expect(paused).toMatchObject({ timezone: 'Europe/Paris', description: 'Weekday features', jobNamePattern: created.jobNamePattern });
    advanceTo('2030-04-02T12:00:00Z');
    expect(await jobNames()).toHaveLength(1);
    expect(await runs()).toHaveLength(1);

    const resumed = await world.ok<JobSchedule>('jobs.setScheduleState', { name: 'nightly-prep', enabled: true });
    expect(resumed).toMatchObject({ state: 'ENABLED', nextRunAt: '2030-04-03T00:00:00.000Z' });
    advanceTo('2030-04-03T00:00:01Z');
    const names = await jobNames();
    expect(names).toHaveLength(2);
    expect((await listSchedules())[0]?.recentJobs.map((job) => job.name)).toEqual([...names].reverse());

    // Deleting is destructive: refused until confirmed.
    const unconfirmed = await world.request('jobs.deleteSchedule', { name: 'nightly-prep' });
    expect(unconfirmed.ok ? undefined : unconfirmed.error.code).toBe('ConfirmationRequired');
    expect(await listSchedules()).toHaveLength(1);
    expect(await world.ok('jobs.deleteSchedule', { name: 'nightly-prep' })).toEqual({ deleted: true });
    expect(await listSchedules()).toEqual([]);

    const journal = await world.ok<JournalEntry[]>('journal.list', { limit: 100 });
    const ours = journal.filter((entry) => entry.target === 'nightly-prep').map((entry) => `${entry.channel} ${entry.outcome}`);
    expect(ours.reverse()).toEqual([
      'jobs.createSchedule success',
      'jobs.setScheduleState success',
      'jobs.setScheduleState success',
      'jobs.deleteSchedule success',
    ]);
  });

  it('counts a rate schedule from its creation', async () => {
    const created = await world.ok<JobSchedule>('jobs.createSchedule', {
      name: 'daily',
      expression: 'rate(1 day)',
      schedulerRoleArn: SCHEDULER_ROLE,
      job: scheduledJob('daily-<aws.scheduler.execution-id>-prep'),
    });
    expect(created).toMatchObject({ timezone: 'UTC', nextRunAt: '2030-03-30T09:00:00.000Z' });
    advanceTo('2030-03-30T09:00:00Z');
    const [job] = await jobNames();
    expect(job).toMatch(/^daily-[0-9a-z]{16}-prep$/);
    const [listed] = await listSchedules();
    expect(listed).toMatchObject({ nextRunAt: '2030-03-31T09:00:00.000Z' });
    expect(listed?.recentJobs.map((item) => item.name)).toEqual([job]);
  });

  it('a fixed ProcessingJobName made outside the console runs once; the second run fails as on AWS', async () => {
    await scheduler.send(
      new CreateScheduleCommand({
        Name: 'fixed-name',
        ScheduleExpression: 'rate(1 hour)',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: { Arn: PROCESSING_TARGET, RoleArn: SCHEDULER_ROLE, Input: JSON.stringify({ ProcessingJobName: 'fixed-prep', ...processingBody() }) },
      }),
    );
    const [listed] = await listSchedules();
    expect(listed).toMatchObject({ name: 'fixed-name', jobNamePattern: 'fixed-prep', nextRunAt: '2030-03-29T10:00:00.000Z' });

    world.clock.advance(HOUR);
    expect(await jobNames()).toEqual(['fixed-prep']);
    world.clock.advance(HOUR);
    expect(await jobNames()).toEqual(['fixed-prep']);
    const [first, second] = await runs();
    expect(first).toMatchObject({ outcome: 'Succeeded' });
    expect(second).toMatchObject({ outcome: 'Failed', scheduleArn: 'arn:aws:scheduler:us-east-1:111122223333:schedule/default/fixed-name' });
    expect(second?.detail).toMatch(/^ResourceInUse: /);
    expect(await schedulerMetricSum('InvocationAttemptCount')).toBe(2);
    expect(await schedulerMetricSum('TargetErrorCount')).toBe(1);
    expect((await listSchedules())[0]?.recentJobs.map((job) => job.name)).toEqual(['fixed-prep']);
  });

  it('refuses a job name pattern without the execution id before any AWS call, and a taken name next to the name', async () => {
    const before = world.sandbox.control.counters();
    const journalBefore = await world.ok<JournalEntry[]>('journal.list', { limit: 100 });
    const refused = await world.fail('jobs.createSchedule', {
      name: 'no-placeholder',
      expression: 'rate(1 day)',
      schedulerRoleArn: SCHEDULER_ROLE,
      job: scheduledJob('nightly-prep'),
    });
    expect(refused.code).toBe('InvalidInput');
    expect(refused.fields?.['job.name']).toContain('<aws.scheduler.execution-id>');
    expect(world.sandbox.control.counters()).toEqual(before);
    expect(await world.ok<JournalEntry[]>('journal.list', { limit: 100 })).toEqual(journalBefore);

    const input = { name: 'taken', expression: 'rate(1 day)', schedulerRoleArn: SCHEDULER_ROLE, job: scheduledJob() };
    await world.ok('jobs.createSchedule', input);
    const conflict = await world.fail('jobs.createSchedule', input);
    expect(conflict.code).toBe('ConflictException');
    expect(conflict.fields?.name).toBe(conflict.message);
  });
});

/** CreateProcessingJob's members other than the name, as a script outside the console writes them. */
function processingBody() {
  return {
    RoleArn: JOB_ROLE,
    AppSpecification: { ImageUri: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3' },
    ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 20 } },
  };
}
