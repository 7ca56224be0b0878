import { DescribeProcessingJobCommand, DescribeTrainingJobCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { JobKindForLogs } from '../../../../../shared/domain/logs';
import type { WatchTimers } from '../../../watch/timers';
import { errorName, isAbort } from './errors';

/** How often a job's tail asks whether the job has ended: the watchers' fast interval. */
export const JOB_STATUS_INTERVAL_MS = 5_000;

const TERMINAL = new Set(['Completed', 'Failed', 'Stopped']);

export interface JobEndOptions {
  kind: JobKindForLogs;
  name: string;
  sagemaker(): Promise<SageMakerClient>;
  timers: WatchTimers;
  /** The job reached a terminal state: "Training job X Completed". */
  ended(reason: string): void;
  /** The job does not exist. */
  missing(error: unknown): void;
}

async function statusOf(client: SageMakerClient, kind: JobKindForLogs, name: string, signal: AbortSignal): Promise<string | undefined> {
  if (kind === 'training') {
    const job = await client.send(new DescribeTrainingJobCommand({ TrainingJobName: name }), { abortSignal: signal });
    return job.TrainingJobStatus;
  }
  const job = await client.send(new DescribeProcessingJobCommand({ ProcessingJobName: name }), { abortSignal: signal });
  return job.ProcessingJobStatus;
}

/**
 * Asks for the job's status every 5 s (one Describe through the single-attempt polling client: a
 * failed check just waits for the next) until it is terminal. Returns the function that stops it.
 */
export function watchJobEnd(options: JobEndOptions): () => void {
  const abort = new AbortController();
  let cancel: () => void = () => undefined;
  const check = async () => {
    try {
      const status = await statusOf(await options.sagemaker(), options.kind, options.name, abort.signal);
      if (status && TERMINAL.has(status)) {
        options.ended(`${options.kind === 'training' ? 'Training' : 'Processing'} job ${options.name} ${status}`);
        return;
      }
    } catch (error) {
      if (abort.signal.aborted || isAbort(error)) return;
      // SageMaker answers a missing job with ValidationException "Requested resource not found".
      if (errorName(error) === 'ValidationException' || errorName(error) === 'ResourceNotFound') return options.missing(error);
    }
    if (!abort.signal.aborted) cancel = options.timers.after(JOB_STATUS_INTERVAL_MS, () => void check());
  };
  void check();
  return () => {
    abort.abort();
    cancel();
  };
}
