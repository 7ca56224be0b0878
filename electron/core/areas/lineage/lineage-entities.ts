import {
  DescribeActionCommand,
  DescribeArtifactCommand,
  DescribeContextCommand,
  DescribeTrialComponentCommand,
  ListActionsCommand,
  ListArtifactsCommand,
  ListContextsCommand,
  type SageMakerClient,
  type Vertex,
} from '@aws-sdk/client-sagemaker';
import { mapLimited } from '../data/storage/limited';
import { resourceMissing } from './aws-refusals';
import type { CatalogCache } from './catalog-cache';

/** What a lineage entity stands for: the URI or ARN SageMaker recorded as its source, and its type. */
export interface EntitySource {
  arn: string;
  name: string;
  /** ArtifactType, ContextType, ActionType (DataSet, Model, Endpoint, ModelDeployment…). */
  type?: string | undefined;
  /** An S3 URI, an image URI or a resource ARN. */
  source?: string | undefined;
}

type EntityKind = 'Artifact' | 'Context' | 'Action';

/** Past this many unknown entities of a kind, one listing page costs less than a Describe each. */
const LIST_FROM = 4;
const DESCRIBE_AT_MOST = 20;

const nameIn = (arn: string) => arn.slice(arn.indexOf('/') + 1);

/** SageMaker's own trial components for jobs are named `<job>-aws-training-job` / `-aws-processing-job`. */
export function jobOfTrialComponent(arn: string): { kind: 'training-job' | 'processing-job'; name: string } | undefined {
  const match = /:experiment-trial-component\/(.+)-aws-(training|processing)-job$/.exec(arn);
  return match?.[1] ? { kind: match[2] === 'training' ? 'training-job' : 'processing-job', name: match[1] } : undefined;
}

export interface EntityLookupDeps {
  client: SageMakerClient;
  cache: CatalogCache;
  generation: number;
  signal: AbortSignal;
}

async function listed(deps: EntityLookupDeps, kind: EntityKind): Promise<EntitySource[]> {
  const { client, signal } = deps;
  const page = { SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 100 } as const;
  return deps.cache.read(deps.generation, `lineage:${kind}`, async () => {
    if (kind === 'Artifact') {
      const answer = await client.send(new ListArtifactsCommand(page), { abortSignal: signal });
      return (answer.ArtifactSummaries ?? []).map((a) => ({ arn: a.ArtifactArn ?? '', name: a.ArtifactName ?? '', type: a.ArtifactType, source: a.Source?.SourceUri }));
    }
    if (kind === 'Context') {
      const answer = await client.send(new ListContextsCommand(page), { abortSignal: signal });
      return (answer.ContextSummaries ?? []).map((c) => ({ arn: c.ContextArn ?? '', name: c.ContextName ?? '', type: c.ContextType, source: c.Source?.SourceUri }));
    }
    const answer = await client.send(new ListActionsCommand(page), { abortSignal: signal });
    return (answer.ActionSummaries ?? []).map((a) => ({ arn: a.ActionArn ?? '', name: a.ActionName ?? '', type: a.ActionType, source: a.Source?.SourceUri }));
  });
}

async function described(deps: EntityLookupDeps, vertex: Vertex): Promise<EntitySource | undefined> {
  const { client, signal } = deps;
  const arn = vertex.Arn ?? '';
  const send = { abortSignal: signal };
  try {
    switch (vertex.LineageType) {
      case 'Artifact': {
        const a = await client.send(new DescribeArtifactCommand({ ArtifactArn: arn }), send);
        return { arn, name: a.ArtifactName ?? nameIn(arn), type: a.ArtifactType, source: a.Source?.SourceUri };
      }
      case 'Context': {
        const c = await client.send(new DescribeContextCommand({ ContextName: nameIn(arn) }), send);
        return { arn, name: c.ContextName ?? nameIn(arn), type: c.ContextType, source: c.Source?.SourceUri };
      }
      case 'Action': {
        const a = await client.send(new DescribeActionCommand({ ActionName: nameIn(arn) }), send);
        return { arn, name: a.ActionName ?? nameIn(arn), type: a.ActionType, source: a.Source?.SourceUri };
      }
      case 'TrialComponent': {
        const tc = await client.send(new DescribeTrialComponentCommand({ TrialComponentName: nameIn(arn) }), send);
        return { arn, name: tc.TrialComponentName ?? nameIn(arn), type: vertex.Type, source: tc.Source?.SourceArn };
      }
      default:
        return undefined;
    }
  } catch (error) {
    if (resourceMissing(error)) return undefined;
    throw error;
  }
}

/**
 * The source of each vertex QueryLineage returned (it answers ARNs and types, not sources): jobs'
 * trial components by SageMaker's naming, known entities as given, then one listing page per kind
 * with many unknowns, then a Describe each for the rest (at most 20). Vertices left unknown are
 * returned without a source and show as lineage entities.
 */
export async function entitySources(deps: EntityLookupDeps, vertices: readonly Vertex[], known: readonly EntitySource[]): Promise<Map<string, EntitySource>> {
  const found = new Map(known.map((entity) => [entity.arn, entity]));
  const unknown = () => vertices.filter((v) => v.Arn && !found.has(v.Arn) && !jobOfTrialComponent(v.Arn));
  for (const kind of ['Artifact', 'Context', 'Action'] as const) {
    if (unknown().filter((v) => v.LineageType === kind).length < LIST_FROM) continue;
    for (const entity of await listed(deps, kind)) if (entity.arn) found.set(entity.arn, entity);
  }
  const rest = unknown().slice(0, DESCRIBE_AT_MOST);
  for (const entity of await mapLimited(rest, 4, (vertex) => described(deps, vertex))) if (entity) found.set(entity.arn, entity);
  return found;
}
