import {
  isJobTransitioning,
  type JobKind,
  type JobPage,
  type JobStatus,
  type JobSummary,
} from '../../../../shared/domain/jobs';
import type { WatchSource } from '../../watch/resource-watcher';

export interface JobWatchQuery {
  kind: JobKind;
  status?: JobStatus | undefined;
  nameContains?: string | undefined;
}

/**
 * What the jobs watcher polls: the newest page (up to 100) of the query, the same call the list's
 * first page makes. No Describe per job: everything a row shows comes from the listing.
 */
export function jobWatchSource(firstPage: (signal: AbortSignal) => Promise<JobPage>): WatchSource<JobSummary> {
  return {
    list: async (signal) => (await firstPage(signal)).items,
    keyOf: (job) => job.name,
    isTransitioning: (job) => isJobTransitioning(job.status),
  };
}
