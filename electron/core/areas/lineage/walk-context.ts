import type { ConfigFacts, EndpointFacts, FrontDoorFacts, JobFacts, LineageSources, ModelFacts, PackageFacts } from './facts';
import type { GraphBuilder, NodeInfo } from './graph-builder';
import { chooseProducer } from './producer-rule';
import type { NodeRef } from './resource-ref';
import { s3Overlaps } from './s3-uri';

/** One description edge found by a step: `from` is upstream of `to`. */
export interface Link {
  from: NodeRef;
  to: NodeRef;
  label: string;
}

/** What one step of the walk found: edges to draw, and the nodes to continue from. */
export interface Step {
  links: Link[];
  next: NodeRef[];
}

export interface WalkContext {
  sources: LineageSources;
  graph: GraphBuilder;
  /** Simulated or real now: a consumer with no start time read what was there now. */
  nowMs: number;
}

export const EMPTY: Step = { links: [], next: [] };

export const ref = (kind: NodeRef['kind'], key: string): NodeRef => ({ kind, key });
export const jobRef = (job: JobFacts): NodeRef => ref(job.kind, job.name);
export const dataRef = (uri: string): NodeRef => ref('s3', uri);
export const artifactRef = (uri: string): NodeRef => ref('model-artifact', uri);
export const packageRef = (pkg: PackageFacts): NodeRef => ref('model-package', pkg.arn);

export const sameArn = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Records what a description says of a node (name, ARN, status) on the graph. */
export function describe(ctx: WalkContext, node: NodeRef, facts: JobFacts | PackageFacts | ModelFacts | ConfigFacts | EndpointFacts | FrontDoorFacts): void {
  const info: NodeInfo = { name: facts.name, arn: facts.arn };
  if ('status' in facts) info.status = facts.status;
  if ('group' in facts) Object.assign(info, { group: facts.group, version: facts.version });
  ctx.graph.node(node, info);
}

export interface FactsByKind {
  endpoint: EndpointFacts;
  'endpoint-config': ConfigFacts;
  model: ModelFacts;
  'model-package': PackageFacts;
  'training-job': JobFacts;
  'processing-job': JobFacts;
}
export type DescribedKind = keyof FactsByKind;

export const DESCRIBED_KINDS: readonly DescribedKind[] = ['endpoint', 'endpoint-config', 'model', 'model-package', 'training-job', 'processing-job'];

/** A resource's description by kind and key (name, or ARN for a package); undefined when AWS has none. */
export function factsOf<K extends DescribedKind>(sources: LineageSources, kind: K, key: string): Promise<FactsByKind[K] | undefined> {
  const lookups: { [P in DescribedKind]: (key: string) => Promise<FactsByKind[P] | undefined> } = {
    endpoint: (k) => sources.endpoint(k),
    'endpoint-config': (k) => sources.endpointConfig(k),
    model: (k) => sources.model(k),
    'model-package': (k) => sources.modelPackage(k),
    'training-job': (k) => sources.trainingJob(k),
    'processing-job': (k) => sources.processingJob(k),
  };
  return lookups[kind](key);
}

/** The node's description, recorded on the graph; a resource AWS no longer has leaves a notice instead. */
export async function described<K extends DescribedKind>(ctx: WalkContext, node: NodeRef & { kind: K }): Promise<FactsByKind[K] | undefined> {
  const facts = await factsOf(ctx.sources, node.kind, node.key);
  if (facts) describe(ctx, node, facts);
  else ctx.graph.notice(`${node.key} (${node.kind}) was not found: it may have been deleted, so the chain stops there.`);
  return facts;
}

/** Both catalogs of jobs, their notices on the graph. */
export async function allJobs(ctx: WalkContext): Promise<JobFacts[]> {
  const [processing, training] = await Promise.all([ctx.sources.processingJobs(), ctx.sources.trainingJobs()]);
  ctx.graph.notice(processing.notice);
  ctx.graph.notice(training.notice);
  return [...processing.items, ...training.items];
}

export async function processingJobs(ctx: WalkContext): Promise<JobFacts[]> {
  const listing = await ctx.sources.processingJobs();
  ctx.graph.notice(listing.notice);
  return listing.items;
}

/**
 * The processing job whose output fed `uri` for a consumer that started at `consumerStartMs`
 * (see chooseProducer), with the output it wrote there.
 */
export function producerOf(jobs: readonly JobFacts[], uri: string, consumerStartMs: number) {
  const candidates = jobs.flatMap((job) => {
    const output = job.outputs.find((o) => s3Overlaps(o.uri, uri));
    return output ? [{ ...job, output }] : [];
  });
  return chooseProducer(candidates, consumerStartMs);
}
