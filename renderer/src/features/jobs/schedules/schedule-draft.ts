import { createScheduleSchema, EXECUTION_ID_PLACEHOLDER } from '../../../../../shared/validation/schedules';
import type { JobStartInput } from '../../../../../shared/validation/sagemaker';
import { zodFieldErrors, type FieldErrors } from '../../live/field-errors';

export interface ScheduleDraft {
  name: string;
  expression: string;
  timezone: string;
  description: string;
  schedulerRoleArn: string;
  enabled: boolean;
  jobNamePattern: string;
}

// AWS's execution ids are 16 characters; with the hyphen, the rest of the name gets 63 - 17.
const PATTERN_ROOM = 63 - 1 - 16;

/** `<template-name>-<aws.scheduler.execution-id>`, the template name made a valid job-name prefix. */
export function suggestedJobNamePattern(templateName: string): string {
  const prefix = templateName.replace(/[^a-zA-Z0-9-]+/g, '-').replace(/^-+/, '').slice(0, PATTERN_ROOM).replace(/-+$/, '');
  return `${prefix || 'scheduled'}-${EXECUTION_ID_PLACEHOLDER}`;
}

export function emptyScheduleDraft(): ScheduleDraft {
  return { name: '', expression: 'cron(0 2 * * ? *)', timezone: 'UTC', description: '', schedulerRoleArn: '', enabled: true, jobNamePattern: '' };
}

/** Checked with the host's schema; job errors are reported on the fields this form shows. */
export function validateSchedule(draft: ScheduleDraft, job: JobStartInput | undefined) {
  const candidate = {
    name: draft.name.trim(),
    expression: draft.expression.trim(),
    timezone: draft.timezone.trim(),
    ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
    schedulerRoleArn: draft.schedulerRoleArn.trim(),
    enabled: draft.enabled,
    job: { ...(job ?? {}), name: draft.jobNamePattern.trim() },
  };
  const parsed = createScheduleSchema.safeParse(candidate);
  const errors: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
  if (!job) errors.source = 'Choose the template the schedule starts.';
  return { input: parsed.success && job ? parsed.data : undefined, errors };
}
