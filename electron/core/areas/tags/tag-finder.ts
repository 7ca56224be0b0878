import { SearchCommand, type Filter, type ResourceType, type SageMakerClient, type SearchRecord } from '@aws-sdk/client-sagemaker';
import type { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import type { TagFilter, TaggedResources } from '../../../../shared/domain/tags';
import { readPages } from '../experiments/paged';
import { searchIsMissing } from '../jobs/job-listing';
import { PROCESSING_JOBS_CHECKED, type ProcessingJobTags } from './processing-tags';
import { getTaggedResources, MAX_TAGGED_RESOURCES } from './tagging-resources';

/** The Tagging API's names of the resource types the lists filter by tag. */
export const LISTED_RESOURCE_TYPES = [
  'sagemaker:training-job',
  'sagemaker:processing-job',
  'sagemaker:model-package-group',
  'sagemaker:model-package',
  'sagemaker:endpoint',
  'sagemaker:experiment',
  'sagemaker:experiment-trial-component',
] as const;

export const NO_TAGGING_API =
  'This endpoint does not answer the Resource Groups Tagging API (GetResources), so SageMaker Search and the newest processing jobs\' tags were read instead.';

/** The pipeline's resource types Search answers for, each with where its record keeps the ARN. */
const SEARCHED: { resource: ResourceType; words: string; arnOf: (record: SearchRecord) => string | undefined }[] = [
  { resource: 'TrainingJob', words: 'training jobs', arnOf: (r) => r.TrainingJob?.TrainingJobArn },
  { resource: 'ModelPackageGroup', words: 'model groups', arnOf: (r) => r.ModelPackageGroup?.ModelPackageGroupArn },
  { resource: 'ModelPackage', words: 'model versions', arnOf: (r) => r.ModelPackage?.ModelPackageArn },
  { resource: 'Endpoint', words: 'endpoints', arnOf: (r) => r.Endpoint?.EndpointArn },
  { resource: 'Experiment', words: 'experiments', arnOf: (r) => r.Experiment?.ExperimentArn },
  { resource: 'ExperimentTrialComponent', words: 'runs', arnOf: (r) => r.TrialComponent?.TrialComponentArn },
];

/** The most resources of one type a search reads. */
const PER_TYPE = 1000;

/** `Tags.<key>` equal to the value, or present with any value (Search's Exists) when none is given. */
function tagFilters(filters: readonly TagFilter[]): Filter[] {
  return filters.map((f) =>
    f.value === undefined ? { Name: `Tags.${f.key}`, Operator: 'Exists' } : { Name: `Tags.${f.key}`, Operator: 'Equals', Value: f.value },
  );
}

type TypeOutcome = { arns: string[]; capped?: boolean; refused?: 'search' | string };

async function searchType(client: SageMakerClient, type: (typeof SEARCHED)[number], filters: Filter[], signal: AbortSignal): Promise<TypeOutcome> {
  try {
    const { items, capped } = await readPages(
      async (token) => {
        const answer = await client.send(
          new SearchCommand({
            Resource: type.resource,
            SearchExpression: { Filters: filters, Operator: 'And' },
            MaxResults: 100,
            ...(token ? { NextToken: token } : {}),
          }),
          { abortSignal: signal },
        );
        return { items: (answer.Results ?? []).flatMap((r) => type.arnOf(r) ?? []), nextToken: answer.NextToken };
      },
      { limit: PER_TYPE },
    );
    return { arns: items, capped };
  } catch (error) {
    if (searchIsMissing(error)) return { arns: [], refused: 'search' };
    // An endpoint whose Search lacks this resource type refuses the request; the others still count.
    if (error instanceof Error && error.name === 'ValidationException') return { arns: [], refused: error.message };
    throw error;
  }
}

/**
 * ARNs of the resources carrying every tag of the filter: one Resource Groups Tagging API question
 * (GetResources with the tags and the listed resource types) where the endpoint has it; otherwise
 * Search per resource type and the newest processing jobs read tag by tag, with a notice.
 */
export async function findTagged(
  clients: { sagemaker: SageMakerClient; tagging: ResourceGroupsTaggingAPIClient },
  processing: ProcessingJobTags,
  generation: number,
  filters: readonly TagFilter[],
  signal: AbortSignal,
): Promise<TaggedResources> {
  const tagged = await getTaggedResources(clients.tagging, { resourceTypes: LISTED_RESOURCE_TYPES, filters }, signal);
  if (tagged) {
    const arns = tagged.resources.map((r) => r.arn);
    return tagged.capped ? { arns, notice: `Only the first ${MAX_TAGGED_RESOURCES.toLocaleString('en-US')} tagged resources are listed.` } : { arns };
  }
  const found = await searchTagged(clients.sagemaker, processing, generation, filters, signal);
  return { arns: found.arns, notice: [NO_TAGGING_API, found.notice].filter(Boolean).join(' ') };
}

/** Without the Tagging API: Search per resource type (all at once), processing jobs by ListTags. */
async function searchTagged(
  client: SageMakerClient,
  processing: ProcessingJobTags,
  generation: number,
  filters: readonly TagFilter[],
  signal: AbortSignal,
): Promise<TaggedResources> {
  const searchFilters = tagFilters(filters);
  const [outcomes, processingJobs] = await Promise.all([
    Promise.all(SEARCHED.map((type) => searchType(client, type, searchFilters, signal))),
    processing.matching(client, generation, filters, signal),
  ]);
  const notices: string[] = [];
  if (outcomes.every((o) => o.refused === 'search')) {
    notices.push('This endpoint does not answer SageMaker Search, so only processing jobs were searched.');
  } else {
    const refused = SEARCHED.filter((_, i) => outcomes[i]?.refused !== undefined).map((t) => t.words);
    if (refused.length > 0) notices.push(`Search refused ${refused.join(', ')}, so they were not searched.`);
  }
  const capped = SEARCHED.filter((_, i) => outcomes[i]?.capped).map((t) => t.words);
  if (capped.length > 0) notices.push(`Only the first ${PER_TYPE.toLocaleString('en-US')} matching ${capped.join(', ')} are listed.`);
  if (processingJobs.capped) notices.push(`Only the ${PROCESSING_JOBS_CHECKED} newest processing jobs were checked (AWS has no Search for them).`);
  const arns = [...new Set([...outcomes.flatMap((o) => o.arns), ...processingJobs.arns])];
  return notices.length > 0 ? { arns, notice: notices.join(' ') } : { arns };
}
