import type { JobKind, JobStatus, JobSummary } from '../../../../shared/domain/jobs';
import { useLiveList } from '../live/use-live-list';
import { useSessionQuery } from '../use-session-query';

/** The filters AWS's List APIs apply; anything else is filtered in the renderer over loaded rows. */
export interface JobQuery {
  status?: JobStatus;
  nameContains?: string;
  createdAfter?: string;
  createdBefore?: string;
}

export const jobKey = (job: JobSummary) => job.name;

/**
 * The live jobs list. The watch query carries only the filters the watcher takes (status, name):
 * with the default query this is the same stream the notifier follows, so the host runs one watcher.
 */
export function useJobList(kind: JobKind, query: JobQuery = {}) {
  const watch = {
    kind,
    ...(query.status ? { status: query.status } : {}),
    ...(query.nameContains ? { nameContains: query.nameContains } : {}),
  };
  const after = query.createdAfter ? Date.parse(query.createdAfter) : undefined;
  const before = query.createdBefore ? Date.parse(query.createdBefore) : undefined;
  // The watcher has no date filters: keep its rows to the dates the list asked AWS for.
  const accept =
    after === undefined && before === undefined
      ? undefined
      : (job: JobSummary) => {
          const created = Date.parse(job.createdAt);
          return (after === undefined || created > after) && (before === undefined || created < before);
        };
  return useLiveList('jobs.list', 'jobs.watch', { list: { ...watch, ...dates(query) }, watch }, jobKey, accept ? { accept } : {});
}

function dates(query: JobQuery) {
  return {
    ...(query.createdAfter ? { createdAfter: query.createdAfter } : {}),
    ...(query.createdBefore ? { createdBefore: query.createdBefore } : {}),
  };
}

export function useJobDetail(kind: JobKind, name: string) {
  return useSessionQuery('jobs.describe', { kind, name });
}
