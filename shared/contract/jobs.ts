import { z } from 'zod';
import type {
  JobDetail,
  JobLogStream,
  JobPage,
  JobSchedule,
  JobSummary,
  JobTemplate,
  MetricSeries,
} from '../domain/jobs';
import { JOB_STATUSES } from '../domain/jobs';
import type { WatchEvent } from '../domain/watch';
import { createScheduleSchema, scheduleNameSchema } from '../validation/schedules';
import { jobNameSchema, jobStartSchema } from '../validation/sagemaker';
import type { JOBS_REQUESTS, JOBS_STREAMS } from './jobs.channels';
import { empty, request, returns, stream, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

const kind = z.enum(['training', 'processing']);
const jobRef = z.object({ kind, name: jobNameSchema }).strict();
const isoTime = z.iso.datetime({ offset: true, message: 'Enter a date and time (ISO 8601).' });

/** The filters AWS's List APIs take; the watcher and the list share them. */
const jobQuery = {
  kind,
  status: z.enum(JOB_STATUSES).optional(),
  nameContains: z
    .string()
    .max(63)
    .regex(/^[a-zA-Z0-9-]*$/, 'Job names hold letters, digits and hyphens only.')
    .optional(),
  createdAfter: isoTime.optional(),
  createdBefore: isoTime.optional(),
};

export const jobsRequests = {
  /** One page of jobs, newest first; `nextToken` fetches the next page lazily. */
  'jobs.list': request({
    input: z
      .object({
        ...jobQuery,
        nextToken: z.string().max(8192).optional(),
        maxResults: z.number().int().min(1).max(100).default(100),
      })
      .strict(),
    output: returns<JobPage>(),
  }),
  'jobs.describe': request({ input: jobRef, output: returns<JobDetail>() }),
  /**
   * Instance type and count of the processing jobs on screen: ListProcessingJobs does not carry them
   * and AWS has no Search for processing jobs, so the rows a user sees (a page at most) are described
   * once each and remembered, as a job's resources never change.
   */
  'jobs.instances': request({
    input: z.object({ kind: z.literal('processing'), names: z.array(jobNameSchema).max(50) }).strict(),
    output: returns<Record<string, { instanceType: string; instanceCount: number }>>(),
  }),
  'jobs.start': request({
    input: jobStartSchema,
    output: returns<{ arn: string }>(),
    mutation: { action: 'Start job', target: (input) => input.name, destructive: false },
  }),
  'jobs.stop': request({
    input: jobRef,
    output: returns<{ stopping: true }>(),
    mutation: { action: 'Stop job', target: (input) => input.name, destructive: true },
  }),
  /** Training metrics over time from CloudWatch (/aws/sagemaker/TrainingJobs), one GetMetricData call. */
  'jobs.metrics': request({ input: z.object({ name: jobNameSchema }).strict(), output: returns<MetricSeries[]>() }),
  'jobs.logStreams': request({ input: jobRef, output: returns<JobLogStream[]>() }),
  'jobs.listTemplates': request({ input: empty, output: returns<JobTemplate[]>() }),
  'jobs.saveTemplate': request({
    input: z.object({ name: z.string().trim().min(1, 'Name the template.').max(100), input: jobStartSchema }).strict(),
    output: returns<JobTemplate>(),
    mutation: { action: 'Save job template', target: (input) => input.name, destructive: false },
  }),
  'jobs.deleteTemplate': request({
    input: z.object({ id: z.string().min(1).max(100), name: z.string().max(100) }).strict(),
    output: returns<{ deleted: true }>(),
    mutation: { action: 'Delete job template', target: (input) => input.name, destructive: true },
  }),
  'jobs.listSchedules': request({ input: empty, output: returns<JobSchedule[]>() }),
  'jobs.createSchedule': request({
    input: createScheduleSchema,
    output: returns<JobSchedule>(),
    mutation: { action: 'Create job schedule', target: (input) => input.name, destructive: false },
  }),
  'jobs.setScheduleState': request({
    input: z.object({ name: scheduleNameSchema, enabled: z.boolean() }).strict(),
    output: returns<JobSchedule>(),
    mutation: { action: 'Pause or resume job schedule', target: (input) => input.name, destructive: false },
  }),
  'jobs.deleteSchedule': request({
    input: z.object({ name: scheduleNameSchema }).strict(),
    output: returns<{ deleted: true }>(),
    mutation: { action: 'Delete job schedule', target: (input) => input.name, destructive: true },
  }),
} satisfies Record<(typeof JOBS_REQUESTS)[number], AnyRequestSpec>;

export const jobsStreams = {
  /** The newest jobs matching the query (up to 100), snapshot first, then changes as they happen. */
  'jobs.watch': stream({
    input: z.object({ kind, status: jobQuery.status, nameContains: jobQuery.nameContains }).strict(),
    event: returns<WatchEvent<JobSummary>>(),
    sessionScoped: true,
  }),
} satisfies Record<(typeof JOBS_STREAMS)[number], AnyStreamSpec>;

export const jobsChannelsMatch: [
  SameKeys<keyof typeof jobsRequests, (typeof JOBS_REQUESTS)[number]>,
  SameKeys<keyof typeof jobsStreams, (typeof JOBS_STREAMS)[number]>,
] = [true, true];
