/*
 * Experiments as SageMaker keeps them: an experiment holds trials, a trial holds trial components.
 * SageDeck calls a trial component a run — what a training or processing job (or an SDK run)
 * records: its parameters, input and output artifacts, metric summaries and status.
 */

export interface ExperimentSummary {
  name: string;
  arn: string;
  displayName: string;
  description?: string;
  createdAt: string;
  modifiedAt?: string;
  /** Present when the listing carries tags (Search); empty otherwise. */
  tags: Record<string, string>;
}

export interface ExperimentPage {
  items: ExperimentSummary[];
  /** Set when the list is partial or read the slow way: what is missing and why. */
  notice?: string;
}

/** A parameter as AWS stores it: a string or a number (TrialComponentParameterValue). */
export type RunParameterValue = string | number;

/** AWS's TrialComponentMetricSummary: a running summary, not the series. */
export interface RunMetric {
  name: string;
  last?: number;
  min?: number;
  max?: number;
  avg?: number;
  count?: number;
  stdDev?: number;
}

export type RunSourceKind = 'training' | 'processing' | 'other';

export interface RunSource {
  kind: RunSourceKind;
  /** The job's (or other source's) ARN, as AWS records it in TrialComponent.Source.SourceArn. */
  arn: string;
  /** The job name, taken from the ARN. */
  name: string;
}

export interface Run {
  /** Trial component name. */
  name: string;
  arn: string;
  displayName: string;
  /** Trials (run groups) the component belongs to within the experiment. */
  trials: string[];
  /** AWS's TrialComponentPrimaryStatus: InProgress, Completed, Failed, Stopping, Stopped. */
  status: string;
  statusMessage?: string;
  createdAt: string;
  startedAt?: string;
  endedAt?: string;
  source?: RunSource;
  parameters: Record<string, RunParameterValue>;
  /** Artifact name → S3 URI (or image URI). */
  inputs: Record<string, string>;
  outputs: Record<string, string>;
  metrics: RunMetric[];
  tags: Record<string, string>;
}

export interface RunPage {
  experiment: string;
  items: Run[];
  /** The experiment's trials, oldest first, including empty ones. */
  trials: string[];
  notice?: string;
}

/** One metric of one run over its training time: seconds since the run started → value. */
export interface RunMetricSeries {
  /** Trial component ARN. */
  run: string;
  metric: string;
  points: { seconds: number; value: number }[];
}

export interface RunSeriesResult {
  series: RunMetricSeries[];
  /** Runs without per-step values (no training job, or none in CloudWatch): said, not hidden. */
  notice?: string;
}
