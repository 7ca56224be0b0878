import { z } from 'zod';
import { processingJobInputSchema, roleArnSchema } from './sagemaker';

/** Scheduler's placeholder for a unique id per run: AWS substitutes it in the target's input. */
export const EXECUTION_ID_PLACEHOLDER = '<aws.scheduler.execution-id>';
/** AWS's execution ids are 16 characters; the job name is checked with one in its place. */
const SAMPLE_EXECUTION_ID = 'a1b2c3d4e5f6g7h8';

export const scheduleNameSchema = z
  .string()
  .min(1, 'Enter a schedule name.')
  .max(64, 'Schedule names are at most 64 characters.')
  .regex(/^[0-9a-zA-Z-_.]+$/, 'Use letters, digits and -_. only.');

/** rate(5 minutes) | cron(0 2 * * ? *) | at(2026-12-24T10:00:00): Scheduler's three forms. */
export const scheduleExpressionSchema = z
  .string()
  .min(1, 'Enter a schedule expression.')
  .max(256)
  .regex(
    /^(rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\(\S+ \S+ \S+ \S+ \S+ \S+\)|at\(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\))$/,
    'Use rate(1 day), cron(0 2 * * ? *) or at(2026-12-24T10:00:00).',
  );

export const timezoneSchema = z
  .string()
  .min(1)
  .max(50)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Enter an IANA time zone such as UTC or Europe/Paris.');

/**
 * The job a schedule starts: a processing job whose name carries the execution id, since AWS passes
 * the input as given and a fixed name fails on the second run.
 */
const scheduledJobSchema = processingJobInputSchema.extend({
  name: z
    .string()
    .min(1, 'Enter a job name pattern.')
    .refine((name) => name.includes(EXECUTION_ID_PLACEHOLDER), `Include ${EXECUTION_ID_PLACEHOLDER}: every run needs a unique job name.`)
    .refine(
      (name) => /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/.test(name.split(EXECUTION_ID_PLACEHOLDER).join(SAMPLE_EXECUTION_ID)),
      'With the 16-character execution id in place, the name must be at most 63 letters, digits and hyphens.',
    ),
});

export const createScheduleSchema = z
  .object({
    name: scheduleNameSchema,
    expression: scheduleExpressionSchema,
    timezone: timezoneSchema.default('UTC'),
    description: z.string().max(512).optional(),
    /** The role EventBridge Scheduler assumes to call sagemaker:CreateProcessingJob. */
    schedulerRoleArn: roleArnSchema,
    enabled: z.boolean().default(true),
    job: scheduledJobSchema,
  })
  .strict();
