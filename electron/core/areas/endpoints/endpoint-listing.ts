import {
  DescribeEndpointCommand,
  ListEndpointsCommand,
  SearchCommand,
  type DescribeEndpointOutput,
  type Endpoint,
  type SageMakerClient,
  type SearchExpression,
} from '@aws-sdk/client-sagemaker';
import type { EndpointPage, EndpointStatus } from '../../../../shared/domain/endpoints';
import { isThrottling } from '../../watch/throttling';
import type { ConfigResolver } from './config-resolver';
import { endpointSummary } from './endpoint-view';

export interface EndpointQuery {
  status?: EndpointStatus | undefined;
  nameContains?: string | undefined;
  nextToken?: string | undefined;
  maxResults: number;
}

const SEARCH_TOKEN = 's:';
const LIST_TOKEN = 'l:';
export const SEARCH_UNAVAILABLE =
  'This endpoint has no SageMaker Search: endpoints are listed with ListEndpoints and described one by one (slower, more calls).';

/** Refusals that mean "this endpoint or this role has no Search", not "the call failed". */
function searchIsMissing(error: unknown): boolean {
  if (isThrottling(error) || (error instanceof Error && error.name === 'AbortError')) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = error instanceof Error ? error.name : '';
  return status === 404 || status === 501 || /UnknownOperation|InvalidAction|NotImplemented|UnsupportedOperation|AccessDenied|UnrecognizedClient/i.test(name);
}

interface ListDeps {
  client: SageMakerClient;
  configs: ConfigResolver;
  generation: number;
  signal: AbortSignal;
}

async function withConfigs(deps: ListDeps, endpoints: (Endpoint | DescribeEndpointOutput)[]) {
  return Promise.all(
    endpoints.map(async (endpoint) =>
      endpointSummary(endpoint, endpoint.EndpointConfigName ? await deps.configs.resolve(deps.client, deps.generation, endpoint.EndpointConfigName, deps.signal) : undefined),
    ),
  );
}

async function searchPage(deps: ListDeps, query: EndpointQuery, token: string | undefined): Promise<EndpointPage> {
  const filters: NonNullable<SearchExpression['Filters']> = [];
  if (query.status) filters.push({ Name: 'EndpointStatus', Operator: 'Equals', Value: query.status });
  if (query.nameContains) filters.push({ Name: 'EndpointName', Operator: 'Contains', Value: query.nameContains });
  const answer = await deps.client.send(
    new SearchCommand({
      Resource: 'Endpoint',
      ...(filters.length ? { SearchExpression: { Filters: filters } } : {}),
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: query.maxResults,
      ...(token ? { NextToken: token } : {}),
    }),
    { abortSignal: deps.signal },
  );
  const items = await withConfigs(deps, (answer.Results ?? []).flatMap((r) => (r.Endpoint ? [r.Endpoint] : [])));
  return answer.NextToken ? { items, nextToken: SEARCH_TOKEN + answer.NextToken } : { items };
}

/** Without Search: the List page, then one DescribeEndpoint per row (variants are only there). */
async function listPage(deps: ListDeps, query: EndpointQuery, token: string | undefined): Promise<EndpointPage> {
  const answer = await deps.client.send(
    new ListEndpointsCommand({
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: query.maxResults,
      ...(query.status ? { StatusEquals: query.status } : {}),
      ...(query.nameContains ? { NameContains: query.nameContains } : {}),
      ...(token ? { NextToken: token } : {}),
    }),
    { abortSignal: deps.signal },
  );
  const described = await Promise.all(
    (answer.Endpoints ?? []).map((e) => deps.client.send(new DescribeEndpointCommand({ EndpointName: e.EndpointName }), { abortSignal: deps.signal })),
  );
  const items = await withConfigs(deps, described);
  return { items, ...(answer.NextToken ? { nextToken: LIST_TOKEN + answer.NextToken } : {}), notice: SEARCH_UNAVAILABLE };
}

/**
 * One page of endpoints, newest first. Search carries each endpoint's config and running variants
 * in one call; where an endpoint lacks Search (or the role may not call it) ListEndpoints and a
 * Describe per row serve the page, and the page says so. Configs and models are resolved once per
 * session (they never change), so the model version each variant serves costs nothing on a poll.
 */
export async function listEndpoints(deps: ListDeps, query: EndpointQuery): Promise<EndpointPage> {
  const token = query.nextToken;
  if (token?.startsWith(LIST_TOKEN)) return listPage(deps, query, token.slice(LIST_TOKEN.length));
  try {
    return await searchPage(deps, query, token?.replace(SEARCH_TOKEN, ''));
  } catch (error) {
    if (!searchIsMissing(error)) throw error;
    return listPage(deps, query, undefined);
  }
}
