import { GetResourcesCommand, type ResourceGroupsTaggingAPIClient, type TagFilter as AwsTagFilter } from '@aws-sdk/client-resource-groups-tagging-api';
import type { TagFilter } from '../../../../shared/domain/tags';
import { searchIsMissing } from '../jobs/job-listing';

/** The most resources one question reads (100 a page): beyond, the answer says it stopped. */
export const MAX_TAGGED_RESOURCES = 5000;

export interface TaggedResource {
  arn: string;
  tags: Record<string, string>;
}

export interface TaggingQuery {
  /** The Tagging API's `service[:type]` names: `sagemaker:training-job`, `s3`, `logs:log-group`. */
  resourceTypes: readonly string[];
  filters?: readonly TagFilter[];
}

/** Our filter as GetResources' TagFilters: a key alone matches any value. */
export function awsTagFilters(filters: readonly TagFilter[]): AwsTagFilter[] {
  return filters.map((f) => (f.value === undefined ? { Key: f.key } : { Key: f.key, Values: [f.value] }));
}

/**
 * The Resource Groups Tagging API's GetResources, every page (up to MAX_TAGGED_RESOURCES). AWS lists
 * resources that carry or once carried a tag: one never tagged can be missing from an untagged
 * query. `undefined` when the endpoint (or the role) has no Tagging API, so callers can fall back.
 */
export async function getTaggedResources(
  client: ResourceGroupsTaggingAPIClient,
  query: TaggingQuery,
  signal: AbortSignal,
): Promise<{ resources: TaggedResource[]; capped: boolean } | undefined> {
  const resources: TaggedResource[] = [];
  let token: string | undefined;
  try {
    do {
      const page = await client.send(
        new GetResourcesCommand({
          ResourceTypeFilters: [...query.resourceTypes],
          ...(query.filters?.length ? { TagFilters: awsTagFilters(query.filters) } : {}),
          ResourcesPerPage: 100,
          ...(token ? { PaginationToken: token } : {}),
        }),
        { abortSignal: signal },
      );
      for (const mapping of page.ResourceTagMappingList ?? []) {
        if (!mapping.ResourceARN) continue;
        resources.push({ arn: mapping.ResourceARN, tags: Object.fromEntries((mapping.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])) });
      }
      // AWS ends the pages with an empty token, not an absent one.
      token = page.PaginationToken || undefined;
    } while (token && resources.length < MAX_TAGGED_RESOURCES);
  } catch (error) {
    if (searchIsMissing(error)) return undefined;
    throw error;
  }
  return { resources: resources.slice(0, MAX_TAGGED_RESOURCES), capped: Boolean(token) || resources.length > MAX_TAGGED_RESOURCES };
}
