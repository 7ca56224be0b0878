import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { configFacts, endpointFacts, modelFacts, packageFacts, processingFacts, trainingFacts } from './aws-facts';
import { resourceMissing } from './aws-refusals';
import type { CatalogCache } from './catalog-cache';
import { configCatalog, endpointCatalog, modelCatalog, packageCatalog, processingCatalog, trainingCatalog } from './catalogs';
import type { LineageSources, Listing } from './facts';
import { frontDoorCatalog, type FrontDoorClients } from './front-doors';

export interface AwsSourceDeps {
  client: SageMakerClient;
  /** API Gateway and ELBv2, for what stands in front of the endpoints. */
  frontDoors: FrontDoorClients;
  cache: CatalogCache;
  generation: number;
  /** The request's: single look-ups stop when it is cancelled. */
  signal: AbortSignal;
  /** The session's: catalogs are shared between requests, so one cancelled request does not fail another's read. */
  sessionSignal: AbortSignal;
}

/**
 * The walk's facts from SageMaker for one lineage request: each resource described at most once,
 * and a resource already in a catalog this request read is taken from there instead of described.
 */
export function awsSources(deps: AwsSourceDeps): LineageSources {
  const { client, signal } = deps;
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let found = memo.get(key) as Promise<T> | undefined;
    if (!found) {
      found = load();
      memo.set(key, found);
    }
    return found;
  };
  const catalog =
    <T>(name: string, load: (client: SageMakerClient, signal: AbortSignal) => Promise<Listing<T>>) =>
    (): Promise<Listing<T>> =>
      once(`catalog:${name}`, () => deps.cache.read(deps.generation, name, () => load(client, deps.sessionSignal)));
  /** Described on its own, unless a catalog this request already read has it; undefined when AWS has none. */
  const single = <T>(catalogName: string, key: string, matches: (item: T) => boolean, describe: () => Promise<T>): Promise<T | undefined> =>
    once(`${catalogName}:${key}`, async () => {
      const listed = memo.get(`catalog:${catalogName}`) as Promise<Listing<T>> | undefined;
      const hit = listed ? (await listed).items.find(matches) : undefined;
      if (hit) return hit;
      try {
        return await describe();
      } catch (error) {
        if (resourceMissing(error)) return undefined;
        throw error;
      }
    });
  const send = { abortSignal: signal };

  return {
    endpoint: (name) =>
      single('endpoints', name, (e) => e.name === name, async () => endpointFacts(await client.send(new DescribeEndpointCommand({ EndpointName: name }), send))),
    endpointConfig: (name) =>
      single('configs', name, (c) => c.name === name, async () => configFacts(await client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name }), send))),
    model: (name) => single('models', name, (m) => m.name === name, async () => modelFacts(await client.send(new DescribeModelCommand({ ModelName: name }), send))),
    modelPackage: (arn) =>
      single(
        'packages',
        arn,
        (p) => p.arn.toLowerCase() === arn.toLowerCase(),
        async () => packageFacts(await client.send(new DescribeModelPackageCommand({ ModelPackageName: arn }), send)),
      ),
    trainingJob: (name) =>
      single('training', name, (j) => j.name === name, async () => trainingFacts(await client.send(new DescribeTrainingJobCommand({ TrainingJobName: name }), send))),
    processingJob: (name) =>
      single('processing', name, (j) => j.name === name, async () => processingFacts(await client.send(new DescribeProcessingJobCommand({ ProcessingJobName: name }), send))),
    processingJobs: catalog('processing', processingCatalog),
    trainingJobs: catalog('training', trainingCatalog),
    modelPackages: catalog('packages', packageCatalog),
    models: catalog('models', modelCatalog),
    endpointConfigs: catalog('configs', configCatalog),
    endpoints: catalog('endpoints', endpointCatalog),
    frontDoors: () => once('catalog:front-doors', () => deps.cache.read(deps.generation, 'front-doors', () => frontDoorCatalog(deps.frontDoors, deps.sessionSignal))),
  };
}
