import type { JobStartInput } from '../validation/sagemaker';

export type JobKind = 'training' | 'processing';

/** AWS's TrainingJobStatus and ProcessingJobStatus share these values. */
export const JOB_STATUSES = ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export function isJobTransitioning(status: JobStatus): boolean {
  return status === 'InProgress' || status === 'Stopping';
}

export interface JobSummary {
  kind: JobKind;
  name: string;
  arn: string;
  status: JobStatus;
  /** Training only: Starting, Downloading, Training, Uploading… while in progress. */
  secondaryStatus?: string;
  createdAt: string;
  endedAt?: string;
  failureReason?: string;
  /** Present when the listing carries it (training jobs through Search); otherwise in the detail. */
  instanceType?: string;
  instanceCount?: number;
  objectiveMetric?: { name: string; value: number };
}

export interface JobPage {
  items: JobSummary[];
  nextToken?: string;
  /** Set when the endpoint lacks an operation and the list shows less: what is missing and why. */
  notice?: string;
}

export interface StatusTransition {
  status: string;
  startTime: string;
  endTime?: string;
  message?: string;
}

export interface JobChannel {
  name: string;
  s3Uri: string;
  localPath?: string;
  contentType?: string;
}

export interface JobCost {
  currency: 'USD';
  /** On-demand price of one instance-hour; absent when the price table does not list the type. */
  hourlyPrice?: number;
  soFar?: number;
  /** Whole-run estimate at the maximum runtime, for a job still running. */
  estimateAtMaxRuntime?: number;
  source: string;
  priceDate: string;
  note?: string;
}

/** A posture finding shown on the detail: encryption or isolation that is off. */
export interface JobFlag {
  id: 'volume-kms' | 'output-kms' | 'inter-container' | 'network-isolation' | 'vpc';
  ok: boolean;
  label: string;
  detail: string;
}

export interface JobDetail extends JobSummary {
  statusTimeline: StatusTransition[];
  hyperParameters: Record<string, string>;
  inputs: JobChannel[];
  outputs: JobChannel[];
  image: string;
  roleArn: string;
  flags: JobFlag[];
  maxRuntimeSeconds?: number;
  volumeSizeGb?: number;
  startedAt?: string;
  billableSeconds?: number;
  cost: JobCost;
  metricDefinitions: { name: string; regex: string }[];
  finalMetrics: { name: string; value: number; time?: string }[];
  tags: Record<string, string>;
  logGroup: string;
  /** Every log stream of the job starts with this (`<job-name>/`). */
  logStreamPrefix: string;
  /** The form values that start this job again: what "Clone" prefills (with a fresh name). */
  startInput: JobStartInput;
}

export interface MetricSeries {
  metric: string;
  points: { time: string; value: number }[];
}

export interface JobLogStream {
  name: string;
  lastEventAt?: string;
  storedBytes?: number;
}

export interface JobTemplate {
  id: string;
  name: string;
  savedAt: string;
  input: JobStartInput;
}

export type ScheduleState = 'ENABLED' | 'DISABLED';

export interface JobSchedule {
  name: string;
  groupName: string;
  arn: string;
  state: ScheduleState;
  expression: string;
  timezone: string;
  /** Computed from the expression; Scheduler's API does not return it. */
  nextRunAt?: string;
  /** The job name the schedule sends, with AWS's placeholders as written. */
  jobNamePattern?: string;
  /** Jobs this schedule started, newest first (by their name prefix). */
  recentJobs: JobSummary[];
  description?: string;
}
