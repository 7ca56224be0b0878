import type { SageMakerDeps } from '../base/deps';
import { PROCESSING_LOG_GROUP, containerStamp, instanceStreams, writeLog } from '../base/logs';
import type { ProcessingJobRecord } from '../base/records';
import { finishProcessingComponent } from '../experiments/processing-link';
import { missingInputReason } from './processing-inputs';
import { preprocessLines } from './processing-script';
import { regionOf } from './training-lifecycle';
import { reportProcessingUsage } from '../base/usage';

const STOPPING_MS = 15_000;

/** InProgress (instances start, then one log step at a time) → Completed, Failed, or Stopping → Stopped. */
export class ProcessingLifecycle {
  constructor(private readonly deps: SageMakerDeps) {}

  private now(): number {
    return this.deps.env.clock.now();
  }

  resume(job: ProcessingJobRecord): void {
    if (job.status === 'Stopping') {
      this.deps.timers.after(job.arn, STOPPING_MS, () => this.finish(job, 'Stopped'));
    } else if (job.status === 'InProgress' && job.startMs === undefined) {
      this.deps.timers.after(job.arn, job.plan.startingMs, () => this.begin(job));
    } else if (job.status === 'InProgress') {
      this.deps.timers.every(job.arn, job.plan.stepMs, () => this.step(job));
    }
  }

  stop(job: ProcessingJobRecord): void {
    this.deps.timers.cancel(job.arn);
    job.status = 'Stopping';
    job.lastModifiedMs = this.now();
    this.resume(job);
  }

  private begin(job: ProcessingJobRecord): void {
    const now = this.now();
    job.startMs = now;
    reportProcessingUsage(this.deps.env, job, true);
    // Inputs are downloaded before the container starts: a missing one fails the job with no logs.
    const missing = missingInputReason(this.deps.env, regionOf(job.arn), job) ?? job.plan.missingInput;
    if (missing) {
      job.failureReason = missing;
      this.finish(job, 'Failed');
      return;
    }
    job.logEpochMs = now;
    job.lastModifiedMs = now;
    this.resume(job);
  }

  private step(job: ProcessingJobRecord): void {
    const now = this.now();
    const lines = preprocessLines(job.name, job.request);
    const failure = job.plan.failure;
    if (failure && job.stepsDone >= failure.afterSteps) {
      this.log(job, ['Traceback (most recent call last):', '  File "/opt/ml/processing/input/code/preprocess.py", line 12, in <module>', failure.exitMessage], now);
      job.failureReason = failure.reason;
      job.exitMessage = failure.exitMessage;
      this.finish(job, 'Failed');
      return;
    }
    const line = lines[job.stepsDone];
    if (line !== undefined) this.log(job, [`${containerStamp(now)} INFO ${line}`], now);
    job.stepsDone += 1;
    if (job.stepsDone >= lines.length) this.finish(job, 'Completed');
  }

  private finish(job: ProcessingJobRecord, status: 'Completed' | 'Failed' | 'Stopped'): void {
    this.deps.timers.cancel(job.arn);
    const now = this.now();
    job.status = status;
    job.endMs = now;
    reportProcessingUsage(this.deps.env, job, false);
    job.lastModifiedMs = now;
    if (status === 'Stopped') job.exitMessage ??= 'Processing job stopped by customer request';
    finishProcessingComponent(this.deps.store.region(regionOf(job.arn)), job, now);
  }

  private log(job: ProcessingJobRecord, messages: string[], now: number): void {
    if (job.logEpochMs === undefined) return;
    const [stream] = instanceStreams(job.name, 1, job.logEpochMs);
    if (!stream) return;
    writeLog(this.deps.env, regionOf(job.arn), PROCESSING_LOG_GROUP, stream, messages.map((message) => ({ timestamp: now, message })));
  }
}
