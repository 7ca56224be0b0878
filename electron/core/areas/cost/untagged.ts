import type { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import type { UntaggedResources } from '../../../../shared/domain/cost';
import { getTaggedResources, MAX_TAGGED_RESOURCES } from '../tags/tagging-resources';
import { arnFacts } from './resource-arn';

/** The pipeline's billed or billing-relevant resource types, as the Tagging API names them. */
export const PIPELINE_RESOURCE_TYPES = [
  'sagemaker:training-job',
  'sagemaker:processing-job',
  'sagemaker:endpoint',
  'sagemaker:endpoint-config',
  'sagemaker:model',
  'sagemaker:model-package-group',
  's3',
  'elasticloadbalancing:loadbalancer',
  'elasticloadbalancing:targetgroup',
  'apigateway:restapis',
  'logs:log-group',
  'scheduler:schedule',
  'kms:key',
] as const;

/**
 * The pipeline's resources that lack the cost-allocation tag key (GetResources over the pipeline's
 * types, without a tag filter, keeping those without the key). Sorted by type, then name.
 */
export async function untaggedResources(client: ResourceGroupsTaggingAPIClient, tagKey: string, signal: AbortSignal): Promise<UntaggedResources> {
  const read = await getTaggedResources(client, { resourceTypes: PIPELINE_RESOURCE_TYPES }, signal);
  if (!read) {
    return {
      tagKey,
      items: [],
      checked: 0,
      notices: ['This endpoint (or this profile) does not answer the Resource Groups Tagging API (tag:GetResources), so untagged resources cannot be listed here.'],
    };
  }
  const items = read.resources
    .filter((r) => !(tagKey in r.tags))
    .map((r) => ({ arn: r.arn, ...arnFacts(r.arn), tags: r.tags }))
    .sort((a, b) => a.typeLabel.localeCompare(b.typeLabel) || a.name.localeCompare(b.name));
  const notices = [
    // AWS's own limit, not the console's: GetResources answers only for resources that carry or once carried a tag.
    'Resources that never carried any tag are not listed: the Resource Groups Tagging API does not know them.',
    ...(read.capped ? [`Only the first ${MAX_TAGGED_RESOURCES.toLocaleString('en-US')} resources were checked.`] : []),
  ];
  return { tagKey, items, checked: read.resources.length, notices };
}
