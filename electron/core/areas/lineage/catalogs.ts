import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListModelPackagesCommand,
  ListModelsCommand,
  ListProcessingJobsCommand,
  ListTrainingJobsCommand,
  SearchCommand,
  type ResourceType,
  type SageMakerClient,
  type SearchRecord,
} from '@aws-sdk/client-sagemaker';
import { mapLimited } from '../data/storage/limited';
import { configFacts, endpointFacts, modelFacts, packageFacts, processingFacts, trainingFacts } from './aws-facts';
import { operationUnavailable, resourceMissing } from './aws-refusals';
import type { ConfigFacts, EndpointFacts, JobFacts, Listing, ModelFacts, PackageFacts } from './facts';

/** How many of each kind are described one by one (newest first), four at a time. */
export const RECENT = 100;
const DESCRIBE_AT_ONCE = 4;
/** Search carries whole descriptions, 100 a call: this many calls per catalog. */
const SEARCH_PAGES = 3;

const NEWEST = { SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: RECENT } as const;

export const capped = (what: string, count: number) => `Only the ${count} most recent ${what} were matched; older ones are not in the graph.`;
export const NO_SEARCH = `This endpoint does not answer SageMaker Search, so training jobs, model versions and endpoints were listed and described one by one (the ${RECENT} most recent of each).`;

/** Describes each listed item, four at a time; one deleted since the listing is left out. */
async function describeEach<S, T>(summaries: readonly S[], describe: (summary: S) => Promise<T>): Promise<T[]> {
  const described = await mapLimited(summaries, DESCRIBE_AT_ONCE, async (summary) => {
    try {
      return await describe(summary);
    } catch (error) {
      if (resourceMissing(error)) return undefined;
      throw error;
    }
  });
  return described.filter((item): item is Awaited<T> => item !== undefined);
}

async function searchAll<T>(client: SageMakerClient, resource: ResourceType, pick: (record: SearchRecord) => T | undefined, what: string, signal: AbortSignal): Promise<Listing<T>> {
  const items: T[] = [];
  let token: string | undefined;
  for (let page = 0; page < SEARCH_PAGES; page += 1) {
    const answer = await client.send(
      new SearchCommand({ Resource: resource, SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: RECENT, ...(token ? { NextToken: token } : {}) }),
      { abortSignal: signal },
    );
    for (const record of answer.Results ?? []) {
      const item = pick(record);
      if (item !== undefined) items.push(item);
    }
    token = answer.NextToken;
    if (!token) return { items };
  }
  return { items, notice: capped(what, items.length) };
}

/** Search first; where the endpoint or role has none, the List + Describe read with the reason said. */
async function searchOr<T>(search: () => Promise<Listing<T>>, fallback: () => Promise<Listing<T>>): Promise<Listing<T>> {
  try {
    return await search();
  } catch (error) {
    if (!operationUnavailable(error)) throw error;
    const listed = await fallback();
    return { items: listed.items, notice: listed.notice ? `${NO_SEARCH} ${listed.notice}` : NO_SEARCH };
  }
}

/**
 * The most recent resources of a kind from one List page, each then described (four at a time);
 * a notice when the page was not the last.
 */
async function listThenDescribe<S, T>(
  list: () => Promise<{ summaries: S[] | undefined; token: string | undefined }>,
  describe: (summary: S) => Promise<T>,
  what: string,
): Promise<Listing<T>> {
  const { summaries, token } = await list();
  const items = await describeEach(summaries ?? [], describe);
  return { items, notice: token ? capped(what, RECENT) : undefined };
}

export function processingCatalog(client: SageMakerClient, signal: AbortSignal): Promise<Listing<JobFacts>> {
  const send = { abortSignal: signal };
  return listThenDescribe(
    async () => {
      const page = await client.send(new ListProcessingJobsCommand(NEWEST), send);
      return { summaries: page.ProcessingJobSummaries, token: page.NextToken };
    },
    async (s) => processingFacts(await client.send(new DescribeProcessingJobCommand({ ProcessingJobName: s.ProcessingJobName }), send)),
    'processing jobs',
  );
}

export function trainingCatalog(client: SageMakerClient, signal: AbortSignal): Promise<Listing<JobFacts>> {
  const send = { abortSignal: signal };
  return searchOr(
    () => searchAll(client, 'TrainingJob', (r) => (r.TrainingJob ? trainingFacts(r.TrainingJob) : undefined), 'training jobs', signal),
    () =>
      listThenDescribe(
        async () => {
          const page = await client.send(new ListTrainingJobsCommand(NEWEST), send);
          return { summaries: page.TrainingJobSummaries, token: page.NextToken };
        },
        async (s) => trainingFacts(await client.send(new DescribeTrainingJobCommand({ TrainingJobName: s.TrainingJobName }), send)),
        'training jobs',
      ),
  );
}

export function packageCatalog(client: SageMakerClient, signal: AbortSignal): Promise<Listing<PackageFacts>> {
  const send = { abortSignal: signal };
  return searchOr(
    () => searchAll(client, 'ModelPackage', (r) => (r.ModelPackage ? packageFacts(r.ModelPackage) : undefined), 'model package versions', signal),
    () =>
      listThenDescribe(
        async () => {
          const page = await client.send(new ListModelPackagesCommand({ ...NEWEST, ModelPackageType: 'Both' }), send);
          return { summaries: page.ModelPackageSummaryList, token: page.NextToken };
        },
        async (s) => packageFacts(await client.send(new DescribeModelPackageCommand({ ModelPackageName: s.ModelPackageArn }), send)),
        'model package versions',
      ),
  );
}

export function modelCatalog(client: SageMakerClient, signal: AbortSignal): Promise<Listing<ModelFacts>> {
  const send = { abortSignal: signal };
  return listThenDescribe(
    async () => {
      const page = await client.send(new ListModelsCommand(NEWEST), send);
      return { summaries: page.Models, token: page.NextToken };
    },
    async (s) => modelFacts(await client.send(new DescribeModelCommand({ ModelName: s.ModelName }), send)),
    'models',
  );
}

export function configCatalog(client: SageMakerClient, signal: AbortSignal): Promise<Listing<ConfigFacts>> {
  const send = { abortSignal: signal };
  return listThenDescribe(
    async () => {
      const page = await client.send(new ListEndpointConfigsCommand(NEWEST), send);
      return { summaries: page.EndpointConfigs, token: page.NextToken };
    },
    async (s) => configFacts(await client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: s.EndpointConfigName }), send)),
    'endpoint configs',
  );
}

export function endpointCatalog(client: SageMakerClient, signal: AbortSignal): Promise<Listing<EndpointFacts>> {
  const send = { abortSignal: signal };
  return searchOr(
    () => searchAll(client, 'Endpoint', (r) => (r.Endpoint ? endpointFacts(r.Endpoint) : undefined), 'endpoints', signal),
    () =>
      listThenDescribe(
        async () => {
          const page = await client.send(new ListEndpointsCommand(NEWEST), send);
          return { summaries: page.Endpoints, token: page.NextToken };
        },
        async (s) => endpointFacts(await client.send(new DescribeEndpointCommand({ EndpointName: s.EndpointName }), send)),
        'endpoints',
      ),
  );
}
