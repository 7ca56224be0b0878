import type { GetScheduleOutput } from '@aws-sdk/client-scheduler';
import type { JobSchedule, JobSummary } from '../../../../shared/domain/jobs';
import { nextRunTime } from '../../../../shared/schedule/next-run';
import { assignDefined, iso } from './job-fields';

/** Scheduler's universal target for SageMaker CreateProcessingJob: the only schedules this area shows. */
export const PROCESSING_JOB_TARGET = 'arn:aws:scheduler:::aws-sdk:sagemaker:createProcessingJob';

/**
 * The contract names schedules without a group, so the area lives in Scheduler's `default` group:
 * listing other groups would show schedules that pause and delete could not address.
 */
export const SCHEDULE_GROUP = 'default';

/** Any of Scheduler's context attributes; in a job name only the execution id makes sense. */
const PLACEHOLDER = /<aws\.scheduler\.[a-z-]+>/g;
/** What SageMaker's ListProcessingJobs accepts as NameContains. */
const NAME_CONTAINS = /^[a-zA-Z0-9-]{1,63}$/;

/** The ProcessingJobName the schedule sends, placeholders as written; undefined when Input is not a request. */
export function jobNamePatternOf(input: string | undefined): string | undefined {
  if (!input) return undefined;
  try {
    const request = JSON.parse(input) as { ProcessingJobName?: unknown };
    return typeof request.ProcessingJobName === 'string' ? request.ProcessingJobName : undefined;
  } catch {
    return undefined;
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * How to find the jobs a pattern produced: NameContains for AWS (the prefix before the first
 * placeholder, else the longest fixed part), and a full match that drops jobs which merely contain
 * it (a manual `nightly-rerun-2` next to `nightly-<aws.scheduler.execution-id>`). Execution ids are
 * alphanumerics (AWS's are 16 lowercase ones); the match does not insist on the length.
 */
export function jobNameFilter(pattern: string): { nameContains?: string; matches: (name: string) => boolean } {
  const parts = pattern.split(PLACEHOLDER);
  const regex = new RegExp(`^${parts.map(escape).join('[0-9a-zA-Z]+')}$`);
  const fixed = parts[0] ? parts[0] : [...parts].sort((a, b) => b.length - a.length)[0];
  const matches = (name: string) => regex.test(name);
  return fixed && NAME_CONTAINS.test(fixed) ? { nameContains: fixed, matches } : { matches };
}

/** The schedule as the console shows it; `nextRunAt` computed as Scheduler would fire it. */
export function toJobSchedule(schedule: GetScheduleOutput, nowMs: number, recentJobs: JobSummary[]): JobSchedule {
  const next = nextRunTime(
    {
      expression: schedule.ScheduleExpression ?? '',
      timeZone: schedule.ScheduleExpressionTimezone,
      enabled: schedule.State === 'ENABLED',
      createdMs: schedule.CreationDate?.getTime() ?? nowMs,
      startMs: schedule.StartDate?.getTime(),
      endMs: schedule.EndDate?.getTime(),
    },
    nowMs,
  );
  return assignDefined(
    {
      name: schedule.Name ?? '',
      groupName: schedule.GroupName ?? SCHEDULE_GROUP,
      arn: schedule.Arn ?? '',
      state: schedule.State === 'DISABLED' ? 'DISABLED' : 'ENABLED',
      expression: schedule.ScheduleExpression ?? '',
      timezone: schedule.ScheduleExpressionTimezone ?? 'UTC',
      recentJobs,
    } as JobSchedule,
    {
      nextRunAt: next === undefined ? undefined : iso(new Date(next)),
      jobNamePattern: jobNamePatternOf(schedule.Target?.Input),
      description: schedule.Description,
    },
  );
}
