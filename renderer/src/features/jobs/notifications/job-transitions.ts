import type { JobStatus, JobSummary } from '../../../../../shared/domain/jobs';

const ENDED: readonly JobStatus[] = ['Completed', 'Failed', 'Stopped'];

/**
 * Jobs that just finished: seen running (InProgress or Stopping) before, ended now. A job first seen
 * already ended is not news; a notifier that starts late must not announce yesterday's jobs.
 */
export function finishedJobs(previous: ReadonlyMap<string, JobStatus>, current: readonly JobSummary[]): JobSummary[] {
  return current.filter((job) => {
    const before = previous.get(job.name);
    return (before === 'InProgress' || before === 'Stopping') && ENDED.includes(job.status);
  });
}

export function notificationText(job: JobSummary): { title: string; body: string } {
  const what = job.kind === 'training' ? 'Training job' : 'Processing job';
  const verb = job.status === 'Completed' ? 'completed' : job.status === 'Failed' ? 'failed' : 'was stopped';
  const body = job.status === 'Failed' && job.failureReason ? job.failureReason : `${job.name} ${verb}.`;
  return { title: `${what} ${job.name} ${verb}`, body };
}
