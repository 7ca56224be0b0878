import type { CreateScheduleInput, GetScheduleOutput, UpdateScheduleInput } from '@aws-sdk/client-scheduler';
import type { z } from 'zod';
import type { createScheduleSchema } from '../../../../shared/validation/schedules';
import { PROCESSING_JOB_TARGET, SCHEDULE_GROUP } from './schedule-view';
import { createProcessingJobRequest } from './start-requests';

export type CreateScheduleForm = z.output<typeof createScheduleSchema>;

/**
 * The form as CreateSchedule: the universal SageMaker target whose Input is the CreateProcessingJob
 * request itself, job name placeholder kept as text (Scheduler substitutes it on every run; AWS
 * does nothing else to make the name unique). No flexible window: runs come at the time shown.
 */
export function createScheduleRequest(form: CreateScheduleForm): CreateScheduleInput {
  return {
    Name: form.name,
    GroupName: SCHEDULE_GROUP,
    ScheduleExpression: form.expression,
    ScheduleExpressionTimezone: form.timezone,
    FlexibleTimeWindow: { Mode: 'OFF' },
    State: form.enabled ? 'ENABLED' : 'DISABLED',
    ...(form.description ? { Description: form.description } : {}),
    Target: {
      Arn: PROCESSING_JOB_TARGET,
      RoleArn: form.schedulerRoleArn,
      Input: JSON.stringify(createProcessingJobRequest(form.job)),
    },
  };
}

/** AWS refuses a StartDate more than five minutes in the past, on update as on create. */
const START_DATE_GRACE_MS = 5 * 60_000;

/**
 * UpdateSchedule replaces the whole definition (an omitted member goes back to its default), so a
 * pause or resume sends back everything GetSchedule answered with only State changed. A StartDate
 * already past is left out, since AWS would refuse it; for cron and at() it no longer matters.
 */
export function stateUpdateRequest(current: GetScheduleOutput, enabled: boolean, nowMs: number): UpdateScheduleInput {
  const keepStart = current.StartDate !== undefined && current.StartDate.getTime() >= nowMs - START_DATE_GRACE_MS;
  const optional: Partial<UpdateScheduleInput> = {
    ScheduleExpressionTimezone: current.ScheduleExpressionTimezone,
    Description: current.Description,
    StartDate: keepStart ? current.StartDate : undefined,
    EndDate: current.EndDate,
    KmsKeyArn: current.KmsKeyArn,
    ActionAfterCompletion: current.ActionAfterCompletion,
  };
  return {
    Name: current.Name,
    GroupName: current.GroupName ?? SCHEDULE_GROUP,
    ScheduleExpression: current.ScheduleExpression,
    FlexibleTimeWindow: current.FlexibleTimeWindow ?? { Mode: 'OFF' },
    Target: current.Target,
    State: enabled ? 'ENABLED' : 'DISABLED',
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  } as UpdateScheduleInput;
}
