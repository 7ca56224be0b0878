import { ListActionsCommand, ListArtifactsCommand, ListContextsCommand, QueryLineageCommand, type Edge, type Vertex } from '@aws-sdk/client-sagemaker';
import { isAbort, operationUnavailable, resourceMissing } from './aws-refusals';
import type { LineageSources } from './facts';
import type { GraphBuilder } from './graph-builder';
import { entitySources, jobOfTrialComponent, type EntityLookupDeps, type EntitySource } from './lineage-entities';
import { refFromArn, type NodeRef } from './resource-ref';
import { isS3Uri } from './s3-uri';

/** QueryLineage's own bound on depth; the chain from an endpoint to raw data is about seven associations. */
const MAX_DEPTH = 10;
const PAGE = 50;
const MAX_PAGES = 4;

export const NO_LINEAGE_API =
  "This endpoint does not offer SageMaker's lineage API (QueryLineage), so the graph is derived from the resources' descriptions alone.";

/** The lineage entities SageMaker keeps for the focus: where QueryLineage starts. */
async function startEntities(deps: EntityLookupDeps, sources: LineageSources, focus: NodeRef): Promise<EntitySource[]> {
  const { client, signal } = deps;
  const bySource = async (kind: 'artifact' | 'context' | 'action', uri: string | undefined): Promise<EntitySource[]> => {
    if (!uri) return [];
    const send = { abortSignal: signal };
    if (kind === 'artifact') {
      const answer = await client.send(new ListArtifactsCommand({ SourceUri: uri, MaxResults: 10 }), send);
      return (answer.ArtifactSummaries ?? []).map((a) => ({ arn: a.ArtifactArn ?? '', name: a.ArtifactName ?? '', type: a.ArtifactType, source: uri }));
    }
    if (kind === 'context') {
      const answer = await client.send(new ListContextsCommand({ SourceUri: uri, MaxResults: 10 }), send);
      return (answer.ContextSummaries ?? []).map((c) => ({ arn: c.ContextArn ?? '', name: c.ContextName ?? '', type: c.ContextType, source: uri }));
    }
    const answer = await client.send(new ListActionsCommand({ SourceUri: uri, MaxResults: 10 }), send);
    return (answer.ActionSummaries ?? []).map((a) => ({ arn: a.ActionArn ?? '', name: a.ActionName ?? '', type: a.ActionType, source: uri }));
  };
  const trialComponent = (arn: string | undefined, kind: 'training' | 'processing'): EntitySource[] => {
    const at = arn?.indexOf(`:${kind}-job/`) ?? -1;
    if (!arn || at === -1) return [];
    const name = `${arn.slice(at + `:${kind}-job/`.length)}-aws-${kind}-job`;
    return [{ arn: `${arn.slice(0, at)}:experiment-trial-component/${name}`, name, source: arn }];
  };
  switch (focus.kind) {
    case 'endpoint':
      return bySource('context', (await sources.endpoint(focus.key))?.arn);
    case 'endpoint-config':
      return bySource('action', (await sources.endpointConfig(focus.key))?.arn);
    case 'training-job':
      return trialComponent((await sources.trainingJob(focus.key))?.arn, 'training');
    case 'processing-job':
      return trialComponent((await sources.processingJob(focus.key))?.arn, 'processing');
    case 'model': {
      const model = await sources.model(focus.key);
      return bySource('artifact', model?.packageArns[0] ?? model?.dataUrls[0]);
    }
    case 'lineage-entity':
      return [{ arn: focus.key, name: focus.key.slice(focus.key.indexOf('/') + 1) }];
    default:
      return bySource('artifact', focus.key);
  }
}

async function queryLineage(deps: EntityLookupDeps, starts: string[]): Promise<{ vertices: Vertex[]; edges: Edge[]; more: boolean }> {
  const vertices: Vertex[] = [];
  const edges: Edge[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await deps.client.send(
      new QueryLineageCommand({ StartArns: starts, Direction: 'Both', IncludeEdges: true, MaxDepth: MAX_DEPTH, MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }),
      { abortSignal: deps.signal },
    );
    vertices.push(...(answer.Vertices ?? []));
    edges.push(...(answer.Edges ?? []));
    token = answer.NextToken;
    if (!token) return { vertices, edges, more: false };
  }
  return { vertices, edges, more: true };
}

/** The pipeline node an entity stands for, by its recorded source; none → the entity itself. */
function nodeOf(arn: string, entity: EntitySource | undefined): NodeRef {
  const job = jobOfTrialComponent(arn);
  if (job) return { kind: job.kind, key: job.name };
  const source = entity?.source;
  if (source && isS3Uri(source)) return { kind: entity.type === 'Model' ? 'model-artifact' : 's3', key: source };
  if (source?.startsWith('arn:')) {
    const ref = refFromArn(source);
    if (ref && ref.kind !== 'lineage-entity') return ref;
  } else if (source) return { kind: 'image', key: source };
  return { kind: 'lineage-entity', key: arn };
}

/**
 * Adds SageMaker's own associations around the focus to the graph, each entity mapped to the
 * pipeline node it stands for. True when AWS answered (whether or not it knew the focus); an
 * endpoint or role without the lineage API leaves a plain notice, never an error.
 */
export async function mergeAssociations(deps: EntityLookupDeps, sources: LineageSources, graph: GraphBuilder, focus: NodeRef): Promise<boolean> {
  try {
    const starts = (await startEntities(deps, sources, focus)).filter((entity) => entity.arn);
    if (starts.length === 0) return true;
    const { vertices, edges, more } = await queryLineage(deps, starts.map((entity) => entity.arn));
    const found = await entitySources(deps, vertices, starts);
    const nodes = new Map<string, NodeRef>();
    const node = (arn: string) => {
      let ref = nodes.get(arn);
      if (!ref) {
        const entity = found.get(arn);
        ref = nodeOf(arn, entity);
        nodes.set(arn, ref);
        if (ref.kind === 'lineage-entity') graph.node(ref, { name: entity?.name, arn });
      }
      return ref;
    };
    for (const edge of edges) {
      if (!edge.SourceArn || !edge.DestinationArn) continue;
      graph.link(node(edge.SourceArn), node(edge.DestinationArn), 'association', edge.AssociationType ?? 'Association');
    }
    if (more) graph.notice(`SageMaker's lineage around this resource is larger than ${PAGE * MAX_PAGES} entities; the nearest are shown.`);
    return true;
  } catch (error) {
    if (isAbort(error)) throw error;
    // A job SageMaker made no trial component for: the API is there, it knows nothing of the focus.
    if (resourceMissing(error)) return true;
    graph.notice(operationUnavailable(error) ? NO_LINEAGE_API : `SageMaker's lineage associations could not be read (${error instanceof Error ? error.name : 'error'}), so the graph shows what the descriptions say. Try again later for AWS's own associations.`);
    return false;
  }
}
