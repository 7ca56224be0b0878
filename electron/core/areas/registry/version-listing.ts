import { DescribeModelPackageGroupCommand, ListModelPackagesCommand, SearchCommand, type SageMakerClient, type SearchExpression } from '@aws-sdk/client-sagemaker';
import type { ApprovalStatus, ModelVersionPage } from '../../../../shared/domain/registry';
import { isThrottling } from '../../watch/throttling';
import { fromPackage, fromPackageSummary } from './version-view';

export interface VersionQuery {
  group: string;
  approvalStatus?: ApprovalStatus | undefined;
  nextToken?: string | undefined;
}

/** Search tokens and List tokens are not interchangeable: the page says which one it carries. */
const SEARCH_TOKEN = 'search:';
const LIST_TOKEN = 'list:';

export const VERSIONS_SEARCH_UNAVAILABLE =
  "This endpoint does not answer SageMaker Search, so source jobs, images, metrics and tags show in each version's detail instead of the list.";

async function searchVersions(client: SageMakerClient, query: VersionQuery, token: string | undefined, signal: AbortSignal): Promise<ModelVersionPage> {
  const filters: NonNullable<SearchExpression['Filters']> = [{ Name: 'ModelPackageGroupName', Operator: 'Equals', Value: query.group }];
  if (query.approvalStatus) filters.push({ Name: 'ModelApprovalStatus', Operator: 'Equals', Value: query.approvalStatus });
  const answer = await client.send(
    new SearchCommand({
      Resource: 'ModelPackage',
      SearchExpression: { Filters: filters, Operator: 'And' },
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: 100,
      ...(token ? { NextToken: token } : {}),
    }),
    { abortSignal: signal },
  );
  const items = (answer.Results ?? []).flatMap((result) => (result.ModelPackage ? [fromPackage(result.ModelPackage)] : []));
  return answer.NextToken ? { items, nextToken: SEARCH_TOKEN + answer.NextToken } : { items };
}

async function listVersionsPlain(client: SageMakerClient, query: VersionQuery, token: string | undefined, signal: AbortSignal): Promise<ModelVersionPage> {
  const answer = await client.send(
    new ListModelPackagesCommand({
      ModelPackageGroupName: query.group,
      ModelPackageType: 'Versioned',
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: 100,
      ...(query.approvalStatus ? { ModelApprovalStatus: query.approvalStatus } : {}),
      ...(token ? { NextToken: token } : {}),
    }),
    { abortSignal: signal },
  );
  const items = (answer.ModelPackageSummaryList ?? []).map(fromPackageSummary);
  return { items, notice: VERSIONS_SEARCH_UNAVAILABLE, ...(answer.NextToken ? { nextToken: LIST_TOKEN + answer.NextToken } : {}) };
}

/** Refusals meaning "no Search here (endpoint or role)", not "the call failed". */
function searchUnanswered(error: unknown): boolean {
  if (isThrottling(error) || (error instanceof Error && error.name === 'AbortError')) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = error instanceof Error ? error.name : '';
  return status === 404 || status === 501 || /UnknownOperation|InvalidAction|NotImplemented|UnsupportedOperation|AccessDenied/i.test(name);
}

/**
 * One page of a group's versions, newest first. Search returns whole packages, so one call carries
 * every column (source job, image, metrics, tags); where an endpoint or role has no Search,
 * ListModelPackages serves the page and the page says what is missing.
 */
export async function listVersions(client: SageMakerClient, query: VersionQuery, signal: AbortSignal): Promise<ModelVersionPage> {
  const token = query.nextToken;
  if (token?.startsWith(LIST_TOKEN)) return listVersionsPlain(client, query, token.slice(LIST_TOKEN.length), signal);
  try {
    const page = await searchVersions(client, query, token?.replace(SEARCH_TOKEN, ''), signal);
    // Search finds nothing for a group that does not exist; AWS's own refusal says so plainly.
    if (page.items.length === 0 && !token)
      await client.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: query.group }), { abortSignal: signal });
    return page;
  } catch (error) {
    if (!searchUnanswered(error)) throw error;
    return listVersionsPlain(client, query, undefined, signal);
  }
}
