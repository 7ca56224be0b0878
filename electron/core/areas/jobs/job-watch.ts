import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { isJobTransitioning, type JobKind, type JobStatus, type JobSummary } from '../../../../shared/domain/jobs';
import type { WatchSource } from '../../watch/resource-watcher';
import { listJobs } from './job-listing';

export interface JobWatchQuery {
  kind: JobKind;
  status?: JobStatus | undefined;
  nameContains?: string | undefined;
}

/**
 * What the jobs watcher polls: the newest page (up to 100) of the query, the same call the list's
 * first page makes. No Describe per job: everything a row shows comes from the listing.
 */
export function jobWatchSource(client: () => Promise<SageMakerClient>, query: JobWatchQuery): WatchSource<JobSummary> {
  return {
    list: async (signal) => (await listJobs(await client(), { ...query, maxResults: 100 }, signal)).items,
    keyOf: (job) => job.name,
    isTransitioning: (job) => isJobTransitioning(job.status),
  };
}
