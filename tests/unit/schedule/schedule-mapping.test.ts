import type { GetScheduleOutput } from '@aws-sdk/client-scheduler';
import { describe, expect, it } from 'vitest';
import { stateUpdateRequest } from '../../../electron/core/areas/jobs/schedule-requests';
import { jobNameFilter, jobNamePatternOf, toJobSchedule } from '../../../electron/core/areas/jobs/schedule-view';

const NOW = Date.parse('2030-03-29T09:00:00Z');

const schedule: GetScheduleOutput = {
  Name: 'nightly',
  GroupName: 'default',
  Arn: 'arn:aws:scheduler:us-east-1:111122223333:schedule/default/nightly',
  State: 'ENABLED',
  ScheduleExpression: 'cron(0 2 * * ? *)',
  ScheduleExpressionTimezone: 'UTC',
  CreationDate: new Date(NOW - 86_400_000),
  FlexibleTimeWindow: { Mode: 'OFF' },
  ActionAfterCompletion: 'NONE',
  Description: 'nightly features',
  Target: {
    Arn: 'arn:aws:scheduler:::aws-sdk:sagemaker:createProcessingJob',
    RoleArn: 'arn:aws:iam::111122223333:role/Scheduler',
    Input: JSON.stringify({ ProcessingJobName: 'nightly-<aws.scheduler.execution-id>' }),
    RetryPolicy: { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 185 },
  },
};

describe('schedules as the console shows and updates them', () => {
  it('finds the jobs a pattern produced and no others', () => {
    const filter = jobNameFilter('nightly-<aws.scheduler.execution-id>');
    expect(filter.nameContains).toBe('nightly-');
    expect(filter.matches('nightly-d32c5kddcf5bb8c3')).toBe(true);
    expect(filter.matches('nightly-rerun-2')).toBe(false);
    expect(filter.matches('old-nightly-d32c5kddcf5bb8c3')).toBe(false);
    // With the placeholder first, the fixed suffix is what AWS can search by.
    expect(jobNameFilter('<aws.scheduler.execution-id>-features').nameContains).toBe('-features');
    expect(jobNameFilter('<aws.scheduler.execution-id>').nameContains).toBeUndefined();
  });

  it('reads the job name from the target input, and tolerates an input that is not a request', () => {
    expect(jobNamePatternOf(schedule.Target?.Input)).toBe('nightly-<aws.scheduler.execution-id>');
    expect(jobNamePatternOf('not json')).toBeUndefined();
    expect(jobNamePatternOf(undefined)).toBeUndefined();
  });

  it('maps a schedule with its next run, and none while paused', () => {
    expect(toJobSchedule(schedule, NOW, [])).toEqual({
      name: 'nightly',
      groupName: 'default',
      arn: schedule.Arn,
      state: 'ENABLED',
      expression: 'cron(0 2 * * ? *)',
      timezone: 'UTC',
      nextRunAt: '2030-03-30T02:00:00.000Z',
      jobNamePattern: 'nightly-<aws.scheduler.execution-id>',
      description: 'nightly features',
      recentJobs: [],
    });
    expect(toJobSchedule({ ...schedule, State: 'DISABLED' }, NOW, []).nextRunAt).toBeUndefined();
  });

  it('pausing sends back the whole definition (UpdateSchedule resets what is left out) with the new state', () => {
    const request = stateUpdateRequest({ ...schedule, EndDate: new Date(NOW + 1_000_000) }, false, NOW);
    expect(request).toEqual({
      Name: 'nightly',
      GroupName: 'default',
      ScheduleExpression: 'cron(0 2 * * ? *)',
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: schedule.Target,
      State: 'DISABLED',
      Description: 'nightly features',
      EndDate: new Date(NOW + 1_000_000),
      ActionAfterCompletion: 'NONE',
    });
  });

  it('keeps a StartDate still ahead and drops one AWS would refuse as past', () => {
    const ahead = new Date(NOW + 3_600_000);
    expect(stateUpdateRequest({ ...schedule, StartDate: ahead }, true, NOW).StartDate).toEqual(ahead);
    expect(stateUpdateRequest({ ...schedule, StartDate: new Date(NOW - 86_400_000) }, true, NOW).StartDate).toBeUndefined();
  });
});
