import type { z } from 'zod';
import type { jobsRequests, jobsStreams } from '../../../../shared/contract/jobs';
import type { JobDetail, JobKind, JobSchedule, JobSummary, JobTemplate, MetricSeries } from '../../../../shared/domain/jobs';
import type { WatchEvent } from '../../../../shared/domain/watch';
import { SageDeckError } from '../../../../shared/errors';
import type { JobStartInput } from '../../../../shared/validation/sagemaker';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

type WatchInput = z.output<(typeof jobsStreams)['jobs.watch']['input']>;
type Watcher = { input: WatchInput; emit: (event: WatchEvent<JobSummary>) => void };

const ROLE = 'arn:aws:iam::123456789012:role/SageMakerRole';

function awsError(code: string, message: string): SageDeckError {
  return new SageDeckError({ code, message, retryable: false, requestId: 'fake-request-id' });
}

function matches(job: JobSummary, query: { kind: JobKind; status?: string | undefined; nameContains?: string | undefined }): boolean {
  return (
    job.kind === query.kind &&
    (!query.status || job.status === query.status) &&
    (!query.nameContains || job.name.toLowerCase().includes(query.nameContains.toLowerCase()))
  );
}

/** The form values that would start this job again: enough for "Clone" to prefill. */
export function startInputOf(job: JobSummary): JobStartInput {
  const base = {
    name: job.name,
    roleArn: ROLE,
    image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/${job.kind}:latest`,
    volumeSizeGb: 30,
    instanceType: job.instanceType ?? 'ml.m5.xlarge',
    instanceCount: job.instanceCount ?? 1,
    maxRuntimeSeconds: 3600,
  };
  return job.kind === 'training'
    ? { ...base, kind: 'training', inputs: [{ channelName: 'train', s3Uri: 's3://demo-bucket/train/' }], outputS3Uri: 's3://demo-bucket/output/' }
    : { ...base, kind: 'processing', inputs: [], outputs: [] };
}

/** A detail for a listed job, with plain defaults; tests override any part through `details`. */
export function detailOf(job: JobSummary): JobDetail {
  return {
    ...job,
    statusTimeline: [{ status: 'Starting', startTime: job.createdAt }],
    hyperParameters: {},
    inputs: [],
    outputs: [],
    image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/${job.kind}:latest`,
    roleArn: ROLE,
    flags: [],
    cost: { currency: 'USD', source: 'test prices', priceDate: '2026-11-01' },
    metricDefinitions: [],
    finalMetrics: [],
    tags: {},
    logGroup: `/aws/sagemaker/${job.kind === 'training' ? 'TrainingJobs' : 'ProcessingJobs'}`,
    logStreamPrefix: `${job.name}/`,
    startInput: startInputOf(job),
  };
}

/**
 * jobs.*: an in-memory job list (`jobs`, settable), its detail (`details` overrides what `detailOf`
 * builds), start/stop that change the list and tell the watchers, and `push`/`update` to send
 * watch events as the real watcher would. jobs.watch is session-scoped: a switch ends it.
 */
export class FakeJobs {
  jobs: JobSummary[];
  details = new Map<string, Partial<JobDetail>>();
  /** The names each jobs.instances call asked for: the rows on screen, never the whole list. */
  instanceLookups: string[][] = [];
  metrics = new Map<string, MetricSeries[]>();
  templates: JobTemplate[] = [];
  schedules: JobSchedule[] = [];
  private readonly watchers = new Set<Watcher>();
  private nextId = 1;

  constructor(jobs: JobSummary[] = []) {
    this.jobs = jobs;
  }

  /** The open jobs.watch streams. */
  get watching(): number {
    return this.watchers.size;
  }

  /** Sends a raw watch event to every open jobs.watch of that kind (a snapshot, changes, an error). */
  push(kind: JobKind, event: WatchEvent<JobSummary>): void {
    for (const watcher of [...this.watchers]) if (watcher.input.kind === kind) watcher.emit(event);
  }

  /** Adds or changes a job and tells the watchers whose query it matches, as one poll would. */
  update(job: JobSummary): void {
    const same = (entry: JobSummary) => entry.name === job.name && entry.kind === job.kind;
    const before = this.jobs.find(same);
    this.jobs = before ? this.jobs.map((entry) => (same(entry) ? job : entry)) : [job, ...this.jobs];
    for (const watcher of [...this.watchers]) {
      const was = before !== undefined && matches(before, watcher.input);
      const is = matches(job, watcher.input);
      // A job that leaves a filtered query (status changed) is removed from it, as the watcher diffs.
      if (is) watcher.emit({ type: 'changes', added: was ? [] : [job], updated: was ? [job] : [], removed: [] });
      else if (was) watcher.emit({ type: 'changes', added: [], updated: [], removed: [job.name] });
    }
  }

  /** Removes a job from the list and tells the watchers. */
  remove(kind: JobKind, name: string): void {
    this.jobs = this.jobs.filter((entry) => !(entry.kind === kind && entry.name === name));
    for (const watcher of [...this.watchers]) {
      if (watcher.input.kind === kind) watcher.emit({ type: 'changes', added: [], updated: [], removed: [name] });
    }
  }

  private find(kind: JobKind, name: string): JobSummary {
    const job = this.jobs.find((entry) => entry.kind === kind && entry.name === name);
    if (!job) throw awsError('ValidationException', `Requested resource not found: ${kind} job ${name}`);
    return job;
  }

  readonly requests: RequestHandlersOf<typeof jobsRequests> = {
    'jobs.list': async (input) => {
      const all = this.jobs
        .filter((job) => matches(job, input))
        .filter((job) => (!input.createdAfter || job.createdAt > input.createdAfter) && (!input.createdBefore || job.createdAt < input.createdBefore))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const start = input.nextToken ? Number(input.nextToken) : 0;
      const items = all.slice(start, start + input.maxResults);
      const next = start + input.maxResults;
      return next < all.length ? { items, nextToken: String(next) } : { items };
    },
    'jobs.describe': async (input) => {
      const job = this.find(input.kind, input.name);
      return { ...detailOf(job), ...this.details.get(job.name) };
    },
    'jobs.instances': async (input) => {
      this.instanceLookups.push([...input.names]);
      const found = input.names.flatMap((name) => {
        const detail = this.details.get(name);
        return detail?.instanceType ? [[name, { instanceType: detail.instanceType, instanceCount: detail.instanceCount ?? 1 }] as const] : [];
      });
      return Object.fromEntries(found);
    },
    'jobs.start': async (input) => {
      if (this.jobs.some((job) => job.kind === input.kind && job.name === input.name)) {
        throw awsError('ResourceInUse', `Job ${input.name} already exists.`);
      }
      const job: JobSummary = {
        kind: input.kind,
        name: input.name,
        arn: `arn:aws:sagemaker:us-east-1:123456789012:${input.kind}-job/${input.name}`,
        status: 'InProgress',
        createdAt: new Date().toISOString(),
        instanceType: input.instanceType,
        instanceCount: input.instanceCount,
      };
      this.update(job);
      return { arn: job.arn };
    },
    'jobs.stop': async (input) => {
      const job = this.find(input.kind, input.name);
      if (job.status !== 'InProgress') throw awsError('ValidationException', `The job ${input.name} is not in progress (it is ${job.status}).`);
      this.update({ ...job, status: 'Stopping' });
      return { stopping: true };
    },
    'jobs.metrics': async (input) => this.metrics.get(input.name) ?? [],
    'jobs.logStreams': async (input) => [{ name: `${input.name}/algo-1-1700000000` }],
    'jobs.listTemplates': async () => this.templates,
    'jobs.saveTemplate': async (input) => {
      const template: JobTemplate = { id: `t${this.nextId++}`, name: input.name, savedAt: new Date().toISOString(), input: input.input };
      this.templates = [...this.templates, template];
      return template;
    },
    'jobs.deleteTemplate': async (input) => {
      this.templates = this.templates.filter((template) => template.id !== input.id);
      return { deleted: true };
    },
    'jobs.listSchedules': async () => this.schedules,
    'jobs.createSchedule': async (input) => {
      if (this.schedules.some((schedule) => schedule.name === input.name)) throw awsError('ConflictException', `Schedule ${input.name} already exists.`);
      const schedule: JobSchedule = {
        name: input.name,
        groupName: 'default',
        arn: `arn:aws:scheduler:us-east-1:123456789012:schedule/default/${input.name}`,
        state: input.enabled ? 'ENABLED' : 'DISABLED',
        expression: input.expression,
        timezone: input.timezone,
        jobNamePattern: input.job.name,
        recentJobs: [],
        ...(input.description ? { description: input.description } : {}),
      };
      this.schedules = [...this.schedules, schedule];
      return schedule;
    },
    'jobs.setScheduleState': async (input) => {
      const schedule = this.schedules.find((entry) => entry.name === input.name);
      if (!schedule) throw awsError('ResourceNotFoundException', `Schedule ${input.name} does not exist.`);
      const next: JobSchedule = { ...schedule, state: input.enabled ? 'ENABLED' : 'DISABLED' };
      this.schedules = this.schedules.map((entry) => (entry.name === input.name ? next : entry));
      return next;
    },
    'jobs.deleteSchedule': async (input) => {
      if (!this.schedules.some((entry) => entry.name === input.name)) throw awsError('ResourceNotFoundException', `Schedule ${input.name} does not exist.`);
      this.schedules = this.schedules.filter((entry) => entry.name !== input.name);
      return { deleted: true };
    },
  };

  readonly streams: StreamHandlersOf<typeof jobsStreams> = {
    'jobs.watch': (input, emit) => {
      const watcher: Watcher = { input, emit };
      this.watchers.add(watcher);
      emit({
        type: 'snapshot',
        items: this.jobs.filter((job) => matches(job, input)).sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 100),
      });
      return () => {
        this.watchers.delete(watcher);
      };
    },
  };
}
