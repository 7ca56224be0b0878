import { ListTrainingJobsCommand, type SageMakerClient, type TrainingJobSummary } from '@aws-sdk/client-sagemaker';
import type { StageResult, TrainingStage } from '../../../../shared/domain/overview';
import { jobFigures, listJobsParams, type ListJobsPage } from './job-figures';

function listTraining(client: SageMakerClient, signal: AbortSignal): ListJobsPage<TrainingJobSummary> {
  return async (query) => {
    const answer = await client.send(
      new ListTrainingJobsCommand(listJobsParams(query)),
      { abortSignal: signal },
    );
    return { items: answer.TrainingJobSummaries ?? [], next: answer.NextToken };
  };
}

/** Training: jobs running now, failures created in the last 24 hours, and the newest job. */
export async function readTrainingStage(client: SageMakerClient, nowMs: number, signal: AbortSignal): Promise<StageResult<TrainingStage>> {
  const figures = await jobFigures(listTraining(client, signal), nowMs, 'training');
  const last = figures.newest;
  const value: TrainingStage = {
    running: figures.running,
    failedLast24h: figures.failedLast24h,
    ...(last
      ? {
          lastRun: {
            name: last.TrainingJobName ?? '',
            status: last.TrainingJobStatus ?? 'Unknown',
            startedAt: (last.CreationTime ?? new Date(0)).toISOString(),
          },
        }
      : {}),
  };
  return { ok: true, value, ...(figures.notice ? { notice: figures.notice } : {}) };
}
