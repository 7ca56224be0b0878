import {
  ListProcessingJobsCommand,
  ListTrainingJobsCommand,
  SearchCommand,
  type SageMakerClient,
  type SearchExpression,
} from '@aws-sdk/client-sagemaker';
import type { JobKind, JobPage, JobStatus } from '../../../../shared/domain/jobs';
import { isThrottling } from '../../watch/throttling';
import { fromProcessingSummary, fromSearchedTrainingJob, fromTrainingSummary } from './job-summary';

export interface JobQuery {
  kind: JobKind;
  status?: JobStatus | undefined;
  nameContains?: string | undefined;
  createdAfter?: string | undefined;
  createdBefore?: string | undefined;
  nextToken?: string | undefined;
  maxResults?: number | undefined;
}

const dateOf = (value: string | undefined) => (value ? new Date(value) : undefined);

/** Search tokens and List tokens are not interchangeable: the page says which one it carries. */
const SEARCH_TOKEN = 'search:';
const LIST_TOKEN = 'list:';

export const SEARCH_UNAVAILABLE =
  "This endpoint does not answer SageMaker Search, so instance types and metrics show in each job's detail instead of the list.";

function searchExpression(query: JobQuery): SearchExpression | undefined {
  const filters: NonNullable<SearchExpression['Filters']> = [];
  if (query.status) filters.push({ Name: 'TrainingJobStatus', Operator: 'Equals', Value: query.status });
  if (query.nameContains) filters.push({ Name: 'TrainingJobName', Operator: 'Contains', Value: query.nameContains });
  if (query.createdAfter) filters.push({ Name: 'CreationTime', Operator: 'GreaterThan', Value: query.createdAfter });
  if (query.createdBefore) filters.push({ Name: 'CreationTime', Operator: 'LessThan', Value: query.createdBefore });
  return filters.length > 0 ? { Filters: filters, Operator: 'And' } : undefined;
}

async function searchTraining(
  client: SageMakerClient,
  query: JobQuery,
  token: string | undefined,
  signal: AbortSignal,
): Promise<JobPage> {
  const expression = searchExpression(query);
  const answer = await client.send(
    new SearchCommand({
      Resource: 'TrainingJob',
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: query.maxResults ?? 100,
      ...(expression ? { SearchExpression: expression } : {}),
      ...(token ? { NextToken: token } : {}),
    }),
    { abortSignal: signal },
  );
  const items = (answer.Results ?? []).flatMap((result) =>
    result.TrainingJob ? [fromSearchedTrainingJob(result.TrainingJob)] : [],
  );
  return answer.NextToken ? { items, nextToken: SEARCH_TOKEN + answer.NextToken } : { items };
}

async function listWithListApi(
  client: SageMakerClient,
  query: JobQuery,
  token: string | undefined,
  signal: AbortSignal,
): Promise<JobPage> {
  const common = {
    SortBy: 'CreationTime' as const,
    SortOrder: 'Descending' as const,
    MaxResults: query.maxResults ?? 100,
    ...(query.status ? { StatusEquals: query.status } : {}),
    ...(query.nameContains ? { NameContains: query.nameContains } : {}),
    ...(query.createdAfter ? { CreationTimeAfter: dateOf(query.createdAfter) } : {}),
    ...(query.createdBefore ? { CreationTimeBefore: dateOf(query.createdBefore) } : {}),
    ...(token ? { NextToken: token } : {}),
  };
  if (query.kind === 'training') {
    const answer = await client.send(new ListTrainingJobsCommand(common), { abortSignal: signal });
    const items = (answer.TrainingJobSummaries ?? []).map(fromTrainingSummary);
    return answer.NextToken ? { items, nextToken: LIST_TOKEN + answer.NextToken } : { items };
  }
  const answer = await client.send(new ListProcessingJobsCommand(common), { abortSignal: signal });
  const items = (answer.ProcessingJobSummaries ?? []).map(fromProcessingSummary);
  return answer.NextToken ? { items, nextToken: LIST_TOKEN + answer.NextToken } : { items };
}

/** Refusals that mean "this endpoint or this role has no Search", not "the call failed". */
export function searchIsMissing(error: unknown): boolean {
  if (isThrottling(error) || (error instanceof Error && error.name === 'AbortError')) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = error instanceof Error ? error.name : '';
  return (
    status === 404 ||
    status === 501 ||
    /UnknownOperation|InvalidAction|NotImplemented|UnsupportedOperation|AccessDenied|UnrecognizedClient/i.test(name)
  );
}

/**
 * One page of jobs, newest first. Training jobs come from Search (one call carries instance type
 * and metrics for a whole page); where an endpoint lacks Search, or the role may not call it, the
 * List API serves the page and the page says what is missing. Processing jobs have no Search
 * resource type in AWS: they always come from ListProcessingJobs.
 */
export async function listJobs(client: SageMakerClient, query: JobQuery, signal: AbortSignal): Promise<JobPage> {
  const token = query.nextToken;
  if (query.kind === 'processing') return listWithListApi(client, query, token?.replace(LIST_TOKEN, ''), signal);
  if (token?.startsWith(LIST_TOKEN))
    return {
      ...(await listWithListApi(client, query, token.slice(LIST_TOKEN.length), signal)),
      notice: SEARCH_UNAVAILABLE,
    };
  try {
    return await searchTraining(client, query, token?.replace(SEARCH_TOKEN, ''), signal);
  } catch (error) {
    if (!searchIsMissing(error)) throw error;
    return { ...(await listWithListApi(client, query, undefined, signal)), notice: SEARCH_UNAVAILABLE };
  }
}
