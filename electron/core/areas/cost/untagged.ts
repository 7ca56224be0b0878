import type { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import type { UntaggedResources } from '../../../../shared/domain/cost';
import { getTaggedResources, MAX_TAGGED_RESOURCES } from '../tags/tagging-resources';
import type { ListedResources } from './listed-resources';
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
 * The pipeline's resources that lack the cost-allocation tag key: GetResources over the pipeline's
 * types, without a tag filter, keeping those without the key, plus the resources the services'
 * own lists name that GetResources does not know (never tagged). Sorted by type, then name.
 */
export async function untaggedResources(
  client: ResourceGroupsTaggingAPIClient,
  listed: () => Promise<ListedResources>,
  tagKey: string,
  signal: AbortSignal,
): Promise<UntaggedResources> {
  const read = await getTaggedResources(client, { resourceTypes: PIPELINE_RESOURCE_TYPES }, signal);
  if (!read) {
    return {
      tagKey,
      items: [],
      checked: 0,
      notices: ['This endpoint (or this profile) does not answer the Resource Groups Tagging API (tag:GetResources), so untagged resources cannot be listed here.'],
    };
  }
  const services = await listed();
  // SageMaker lower-cases names in its ARNs; compare without case so one resource is never two rows.
  const known = new Set(read.resources.map((r) => r.arn.toLowerCase()));
  const neverTagged = [...new Set(services.arns)].filter((arn) => !known.has(arn.toLowerCase())).map((arn) => ({ arn, tags: {} }));
  const resources = [...read.resources, ...neverTagged];
  const items = resources
    .filter((r) => !(tagKey in r.tags))
    .map((r) => ({ arn: r.arn, ...arnFacts(r.arn), tags: r.tags }))
    .sort((a, b) => a.typeLabel.localeCompare(b.typeLabel) || a.name.localeCompare(b.name));
  const notices = [
    // AWS's own limit: GetResources answers only for resources that carry or once carried a tag.
    'Never-tagged endpoints, this month\'s jobs and the region\'s buckets come from their services\' lists; other never-tagged resources (models, configs, log groups…) are not listed: the Resource Groups Tagging API does not know them.',
    ...services.notices,
    ...(read.capped ? [`Only the first ${MAX_TAGGED_RESOURCES.toLocaleString('en-US')} resources were checked.`] : []),
  ];
  return { tagKey, items, checked: resources.length, notices };
}
