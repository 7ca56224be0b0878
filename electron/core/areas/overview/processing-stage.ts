import { ListProcessingJobsCommand, type ProcessingJobSummary, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { ProcessingStage, StageResult } from '../../../../shared/domain/overview';
import type { SessionClients } from '../../session/session-clients';
import { scheduleHandlers } from '../jobs/schedules';
import { jobFigures, listJobsParams, type ListJobsPage } from './job-figures';
import { partMissing } from './stage-failure';

export interface ProcessingStageDeps {
  sagemaker: SageMakerClient;
  clients: SessionClients;
  now: () => number;
  signal: AbortSignal;
}

const iso = (date: Date | undefined) => date?.toISOString();

function listProcessing(client: SageMakerClient, signal: AbortSignal): ListJobsPage<ProcessingJobSummary> {
  return async (query) => {
    const answer = await client.send(
      new ListProcessingJobsCommand(listJobsParams(query)),
      { abortSignal: signal },
    );
    return { items: answer.ProcessingJobSummaries ?? [], next: answer.NextToken };
  };
}

/** The soonest run of the Scheduler schedules the Processing area shows (read as that area reads them). */
async function nextScheduledRun(deps: ProcessingStageDeps): Promise<ProcessingStage['nextScheduledRun']> {
  const schedules = await scheduleHandlers({ clients: deps.clients, now: deps.now })['jobs.listSchedules']({}, { signal: deps.signal });
  const soonest = schedules
    .flatMap((schedule) => (schedule.nextRunAt ? [{ schedule: schedule.name, at: schedule.nextRunAt }] : []))
    .sort((a, b) => a.at.localeCompare(b.at))[0];
  return soonest;
}

/**
 * Processing: the newest run, failures in the last 24 hours, runs in progress, and the next run a
 * schedule will start. Schedules are a separate service: when Scheduler cannot be read, the jobs
 * still show and the card says the next run is unknown.
 */
export async function readProcessingStage(deps: ProcessingStageDeps): Promise<StageResult<ProcessingStage>> {
  const [figures, next] = await Promise.all([
    jobFigures(listProcessing(deps.sagemaker, deps.signal), deps.now(), 'processing'),
    nextScheduledRun(deps).then(
      (at) => ({ at }),
      (error: unknown) => ({ error }),
    ),
  ]);
  const last = figures.newest;
  const value: ProcessingStage = {
    failedLast24h: figures.failedLast24h,
    running: figures.running,
    ...(last
      ? {
          lastRun: {
            name: last.ProcessingJobName ?? '',
            status: last.ProcessingJobStatus ?? 'Unknown',
            startedAt: iso(last.CreationTime) ?? new Date(0).toISOString(),
            ...(last.ProcessingEndTime ? { endedAt: last.ProcessingEndTime.toISOString() } : {}),
          },
        }
      : {}),
    ...('at' in next && next.at ? { nextScheduledRun: next.at } : {}),
  };
  const notices = [figures.notice, 'error' in next ? partMissing('The next scheduled run (EventBridge Scheduler)', next.error) : undefined].filter(Boolean);
  return { ok: true, value, ...(notices.length ? { notice: notices.join(' ') } : {}) };
}
