import { collectPages, type Page } from './pages';

export interface JobListQuery {
  status?: 'Failed' | 'InProgress';
  createdAfter?: Date;
  maxResults: number;
  nextToken?: string | undefined;
}

/** One page of ListProcessingJobs or ListTrainingJobs, newest first, with the query's filters. */
export type ListJobsPage<T> = (query: JobListQuery) => Promise<Page<T>>;

const DAY_MS = 86_400_000;
const PAGE = 100;
/** Counting stops after this many pages (500 jobs): the card says "500 or more". */
const MAX_PAGES = 5;

export interface JobFigures<T> {
  newest?: T;
  failedLast24h: number;
  running: number;
  /** Set when a count stopped at the cap. */
  notice?: string;
}

/**
 * The figures a jobs card shows, in three list calls side by side: the newest job, the failures
 * created in the last 24 hours, and the jobs in progress. Lists only, never a Describe per job.
 */
export async function jobFigures<T>(list: ListJobsPage<T>, nowMs: number, kind: string): Promise<JobFigures<T>> {
  const count = (query: Omit<JobListQuery, 'maxResults' | 'nextToken'>) =>
    collectPages((nextToken) => list({ ...query, maxResults: PAGE, nextToken }), MAX_PAGES);
  const [newest, failed, running] = await Promise.all([
    list({ maxResults: 1 }),
    count({ status: 'Failed', createdAfter: new Date(nowMs - DAY_MS) }),
    count({ status: 'InProgress' }),
  ]);
  const capped = failed.truncated || running.truncated;
  return {
    ...(newest.items[0] !== undefined ? { newest: newest.items[0] } : {}),
    failedLast24h: failed.items.length,
    running: running.items.length,
    ...(capped ? { notice: `Counted the first ${PAGE * MAX_PAGES} ${kind} jobs of a kind: there are more.` } : {}),
  };
}

/** The parameters ListProcessingJobs and ListTrainingJobs share, newest first. */
export function listJobsParams(query: JobListQuery & { nextToken?: string }) {
  return {
    SortBy: 'CreationTime' as const,
    SortOrder: 'Descending' as const,
    MaxResults: query.maxResults,
    ...(query.status ? { StatusEquals: query.status } : {}),
    ...(query.createdAfter ? { CreationTimeAfter: query.createdAfter } : {}),
    ...(query.nextToken ? { NextToken: query.nextToken } : {}),
  };
}
