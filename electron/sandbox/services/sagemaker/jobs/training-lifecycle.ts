import type { SageMakerDeps } from '../base/deps';
import { TRAINING_LOG_GROUP, instanceStreams, writeLog, type LogLine } from '../base/logs';
import type { TrainingJobRecord } from '../base/records';
import type { RegionState } from '../base/state';
import { finishTrainingComponent, recordTrainingRound } from '../experiments/training-link';
import { curveFor, epochLine, metricEntries, metricsAt } from './metrics-curve';
import { publishTrainingRound } from './training-metrics';
import { containerStartLines, failureLines, stopLines } from './training-logs';
import { enterSecondary } from './transitions';
import { reportTrainingUsage } from '../base/usage';

const STOPPING_MS = 20_000;

export const TRAINING_MESSAGES = {
  Starting: 'Preparing the instances for training',
  Downloading: 'Downloading input data',
  Training: 'Training image download completed. Training in progress.',
  Uploading: 'Uploading generated training model',
  Completed: 'Training job completed',
  Failed: 'Training job failed',
  Stopping: 'Stopping the training job',
  Stopped: 'The training job was stopped',
  MaxRuntimeExceeded: 'Training job runtime exceeded MaxRuntimeInSeconds provided',
} as const;

/**
 * Moves training jobs through Starting → Downloading → Training → Uploading → Completed on the
 * sandbox clock (or to Failed / Stopping → Stopped), writing the container's log lines as it goes.
 */
export class TrainingLifecycle {
  constructor(private readonly deps: SageMakerDeps) {}

  private now(): number {
    return this.deps.env.clock.now();
  }

  start(state: RegionState, job: TrainingJobRecord): void {
    this.resume(state, job);
    const maxRuntime = job.request.StoppingCondition?.MaxRuntimeInSeconds;
    if (maxRuntime) this.armMaxRuntime(state, job, maxRuntime * 1000);
  }

  armMaxRuntime(state: RegionState, job: TrainingJobRecord, inMs: number): void {
    this.deps.timers.after(`${job.arn}#max-runtime`, inMs, () => this.maxRuntimeExceeded(state, job));
  }

  /** Re-arms the timer of the phase a job is in (used at creation and after a restore). */
  resume(state: RegionState, job: TrainingJobRecord): void {
    const { plan } = job;
    if (job.status === 'Stopping') {
      this.deps.timers.after(job.arn, STOPPING_MS, () => this.stopped(state, job));
      return;
    }
    if (job.status !== 'InProgress') return;
    switch (job.secondaryStatus) {
      case 'Starting':
        this.deps.timers.after(job.arn, plan.startingMs, () => this.downloading(state, job));
        break;
      case 'Downloading':
        this.deps.timers.after(job.arn, plan.downloadingMs, () => {
          if (plan.failure?.phase === 'Downloading') this.fail(state, job, plan.failure.reason);
          else this.training(state, job);
        });
        break;
      case 'Training':
        this.deps.timers.every(job.arn, plan.epochMs, () => this.round(state, job));
        break;
      case 'Uploading':
        this.deps.timers.after(job.arn, plan.uploadingMs, () => this.completed(state, job));
        break;
    }
  }

  stop(state: RegionState, job: TrainingJobRecord): void {
    this.deps.timers.cancel(job.arn);
    this.deps.timers.cancel(`${job.arn}#max-runtime`);
    const now = this.now();
    job.status = 'Stopping';
    enterSecondary(job, 'Stopping', TRAINING_MESSAGES.Stopping, now);
    if (job.logEpochMs !== undefined) this.log(job, 0, stopLines(now));
    this.resume(state, job);
  }

  private downloading(state: RegionState, job: TrainingJobRecord): void {
    const now = this.now();
    job.trainingStartMs = now;
    reportTrainingUsage(this.deps.env, job, true);
    enterSecondary(job, 'Downloading', TRAINING_MESSAGES.Downloading, now);
    this.resume(state, job);
  }

  private training(state: RegionState, job: TrainingJobRecord): void {
    const now = this.now();
    job.logEpochMs = now;
    enterSecondary(job, 'Training', TRAINING_MESSAGES.Training, now);
    const hosts = job.request.ResourceConfig?.InstanceCount ?? 1;
    for (let host = 0; host < hosts; host++) this.log(job, host, containerStartLines(job, now, host));
    this.resume(state, job);
  }

  private round(state: RegionState, job: TrainingJobRecord): void {
    const now = this.now();
    const { plan } = job;
    if (plan.failure?.phase === 'Training' && job.roundsDone >= plan.failure.afterRounds) {
      this.fail(state, job, plan.failure.reason);
      return;
    }
    const metrics = metricsAt(curveFor(job.name, job.request.HyperParameters), job.roundsDone);
    // Distributed XGBoost allreduces the evaluation, so every host prints the same round line.
    const hosts = job.request.ResourceConfig?.InstanceCount ?? 1;
    for (let host = 0; host < hosts; host++) this.log(job, host, [{ timestamp: now, message: epochLine(job.roundsDone, metrics) }]);
    const entries = metricEntries(metrics);
    recordTrainingRound(state, job, entries, now);
    publishTrainingRound(this.deps.env, state.where, job, entries, now);
    // LastModifiedTime moves with status changes, not with every round (as AWS shows it).
    job.roundsDone += 1;
    if (job.roundsDone >= plan.rounds) {
      this.deps.timers.cancel(job.arn);
      enterSecondary(job, 'Uploading', TRAINING_MESSAGES.Uploading, now);
      this.resume(state, job);
    }
  }

  private completed(state: RegionState, job: TrainingJobRecord): void {
    const now = this.now();
    this.finish(job, 'Completed', 'Completed', TRAINING_MESSAGES.Completed, now);
    this.captureResults(job, now);
    finishTrainingComponent(state, job, now);
  }

  private fail(state: RegionState, job: TrainingJobRecord, reason: string): void {
    const now = this.now();
    this.deps.timers.cancel(job.arn);
    job.failureReason = reason;
    if (job.logEpochMs !== undefined) this.log(job, 0, failureLines(reason, now));
    this.finish(job, 'Failed', 'Failed', TRAINING_MESSAGES.Failed, now);
    finishTrainingComponent(state, job, now);
  }

  private stopped(state: RegionState, job: TrainingJobRecord): void {
    const now = this.now();
    this.finish(job, 'Stopped', 'Stopped', TRAINING_MESSAGES.Stopped, now);
    // The container saves what it has on SIGTERM, so a job stopped mid-training keeps a model.
    if (job.roundsDone > 0) this.captureResults(job, now);
    finishTrainingComponent(state, job, now);
  }

  private maxRuntimeExceeded(state: RegionState, job: TrainingJobRecord): void {
    if (job.status !== 'InProgress') return;
    this.deps.timers.cancel(job.arn);
    const now = this.now();
    this.finish(job, 'Stopped', 'MaxRuntimeExceeded', TRAINING_MESSAGES.MaxRuntimeExceeded, now);
    if (job.roundsDone > 0) this.captureResults(job, now);
    finishTrainingComponent(state, job, now);
  }

  private finish(job: TrainingJobRecord, status: string, secondary: string, message: string, now: number): void {
    this.deps.timers.cancel(job.arn);
    this.deps.timers.cancel(`${job.arn}#max-runtime`);
    job.status = status;
    job.trainingEndMs = now;
    reportTrainingUsage(this.deps.env, job, false);
    enterSecondary(job, secondary, message, now);
  }

  private captureResults(job: TrainingJobRecord, now: number): void {
    const last = metricsAt(curveFor(job.name, job.request.HyperParameters), Math.max(0, job.roundsDone - 1));
    job.finalMetrics = metricEntries(last).map((m) => ({ ...m, timestampMs: now }));
    job.modelArtifacts = modelArtifactsUri(job);
  }

  private log(job: TrainingJobRecord, host: number, lines: LogLine[]): void {
    if (job.logEpochMs === undefined) return;
    const streams = instanceStreams(job.name, job.request.ResourceConfig?.InstanceCount ?? 1, job.logEpochMs);
    const stream = streams[host];
    if (stream) writeLog(this.deps.env, regionOf(job.arn), TRAINING_LOG_GROUP, stream, lines);
  }
}

/** `<S3OutputPath>/<job>/output/model.tar.gz`, where SageMaker puts a job's model. */
export function modelArtifactsUri(job: Pick<TrainingJobRecord, 'name' | 'request'>): string {
  const base = (job.request.OutputDataConfig?.S3OutputPath ?? '').replace(/\/+$/, '');
  return `${base}/${job.name}/output/model.tar.gz`;
}

/** Account and region from the job's own ARN, so a timer needs no request context. */
export function regionOf(arn: string): { accountId: string; region: string } {
  const [, , , region = '', accountId = ''] = arn.split(':');
  return { accountId, region };
}
