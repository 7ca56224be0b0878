import type { JobFacts, ModelFacts, PackageFacts } from './facts';
import type { NodeRef } from './resource-ref';
import { s3Overlaps } from './s3-uri';
import {
  EMPTY,
  allJobs,
  artifactRef,
  dataRef,
  describe,
  described,
  jobRef,
  packageRef,
  producerOf,
  ref,
  sameArn,
  type Link,
  type Step,
  type WalkContext,
} from './walk-context';

function toEach<T>(ctx: WalkContext, from: NodeRef, items: T[], nodeOf: (item: T) => NodeRef, label: (item: T) => string, facts: (item: T) => Parameters<typeof describe>[2]): Step {
  for (const item of items) describe(ctx, nodeOf(item), facts(item));
  return { links: items.map((item) => ({ from, to: nodeOf(item), label: label(item) })), next: items.map(nodeOf) };
}

/** Jobs that read data at or under `uri` (asked about directly: every reader counts). */
async function dataReaders(ctx: WalkContext, uri: string): Promise<Step> {
  const jobs = await allJobs(ctx);
  const readers = jobs.flatMap((job) => {
    const input = job.inputs.find((i) => s3Overlaps(i.uri, uri));
    return input ? [{ job, input }] : [];
  });
  return toEach(ctx, dataRef(uri), readers, ({ job }) => jobRef(job), ({ input }) => input.label, ({ job }) => job);
}

/** A job that failed or was stopped wrote nothing anyone should trace to: its outputs are not drawn. */
const WROTE_NOTHING = new Set(['Failed', 'Stopped']);

/**
 * What a processing job's outputs fed: its output prefixes, and the jobs that read them while this
 * job's run was the most recent good one there (a later night's run fed later jobs).
 */
async function outputReaders(ctx: WalkContext, producer: JobFacts): Promise<Step> {
  if (WROTE_NOTHING.has(producer.status ?? '')) return EMPTY;
  const links: Link[] = producer.outputs.map((output) => ({ from: jobRef(producer), to: dataRef(output.uri), label: output.label }));
  const jobs = await allJobs(ctx);
  const next: NodeRef[] = [];
  for (const output of producer.outputs) {
    for (const job of jobs) {
      const input = job.inputs.find((i) => s3Overlaps(i.uri, output.uri));
      if (!input || job.name === producer.name) continue;
      if (producerOf(jobs, input.uri, job.startMs ?? ctx.nowMs)?.name !== producer.name) continue;
      describe(ctx, jobRef(job), job);
      links.push({ from: dataRef(output.uri), to: jobRef(job), label: input.label });
      next.push(jobRef(job));
    }
  }
  return { links, next };
}

async function packagesAndModels(ctx: WalkContext): Promise<{ packages: PackageFacts[]; models: ModelFacts[] }> {
  const [packages, models] = await Promise.all([ctx.sources.modelPackages(), ctx.sources.models()]);
  ctx.graph.notice(packages.notice);
  ctx.graph.notice(models.notice);
  return { packages: packages.items, models: models.items };
}

/** Registered versions holding this model data, and models using it that no version stands between. */
async function artifactUsers(ctx: WalkContext, uri: string): Promise<Step> {
  const { packages, models } = await packagesAndModels(ctx);
  const versions = packages.filter((pkg) => pkg.dataUrls.includes(uri));
  const direct = versions.length > 0 ? [] : models.filter((model) => model.packageArns.length === 0 && model.dataUrls.includes(uri));
  const toVersions = toEach(ctx, artifactRef(uri), versions, packageRef, () => 'InferenceSpecification.ModelDataUrl', (pkg) => pkg);
  const toModels = toEach(ctx, artifactRef(uri), direct, (model) => ref('model', model.name), () => 'ModelDataUrl', (model) => model);
  return { links: [...toVersions.links, ...toModels.links], next: [...toVersions.next, ...toModels.next] };
}

/** Models made from a version: naming it, or (naming none) holding its model data. */
async function versionUsers(ctx: WalkContext, pkg: PackageFacts): Promise<Step> {
  const { models } = await packagesAndModels(ctx);
  const users = models.flatMap((model) => {
    if (model.packageArns.some((arn) => sameArn(arn, pkg.arn))) return [{ model, label: 'ModelPackageName' }];
    if (model.packageArns.length === 0 && model.dataUrls.some((url) => pkg.dataUrls.includes(url))) return [{ model, label: 'ModelDataUrl' }];
    return [];
  });
  return toEach(ctx, packageRef(pkg), users, ({ model }) => ref('model', model.name), ({ label }) => label, ({ model }) => model);
}

async function imageUsers(ctx: WalkContext, image: string): Promise<Step> {
  const { packages, models } = await packagesAndModels(ctx);
  const node = ref('image', image);
  const toVersions = toEach(ctx, node, packages.filter((pkg) => pkg.images.includes(image)), packageRef, () => 'Image', (pkg) => pkg);
  const toModels = toEach(ctx, node, models.filter((model) => model.images.includes(image)), (model) => ref('model', model.name), () => 'Image', (model) => model);
  return { links: [...toVersions.links, ...toModels.links], next: [...toVersions.next, ...toModels.next] };
}

/** What was made from `node`, one step down. */
export async function downstreamStep(ctx: WalkContext, node: NodeRef): Promise<Step> {
  const { sources } = ctx;
  switch (node.kind) {
    case 's3':
      return dataReaders(ctx, node.key);
    case 'processing-job':
    case 'training-job': {
      const job = await described(ctx, { kind: node.kind, key: node.key });
      if (job?.kind === 'processing-job') return outputReaders(ctx, job);
      if (!job?.artifact) return EMPTY;
      return { links: [{ from: node, to: artifactRef(job.artifact), label: 'ModelArtifacts.S3ModelArtifacts' }], next: [artifactRef(job.artifact)] };
    }
    case 'model-artifact':
      return artifactUsers(ctx, node.key);
    case 'model-package': {
      const pkg = await described(ctx, { kind: node.kind, key: node.key });
      return pkg ? versionUsers(ctx, pkg) : EMPTY;
    }
    case 'model': {
      const listing = await sources.endpointConfigs();
      ctx.graph.notice(listing.notice);
      const configs = listing.items.filter((config) => config.models.includes(node.key));
      return toEach(ctx, node, configs, (config) => ref('endpoint-config', config.name), () => 'ProductionVariants.ModelName', (config) => config);
    }
    case 'endpoint-config': {
      const listing = await sources.endpoints();
      ctx.graph.notice(listing.notice);
      const endpoints = listing.items.filter((endpoint) => endpoint.config === node.key);
      return toEach(ctx, node, endpoints, (endpoint) => ref('endpoint', endpoint.name), () => 'EndpointConfigName', (endpoint) => endpoint);
    }
    case 'endpoint': {
      const listing = await sources.frontDoors();
      ctx.graph.notice(listing.notice);
      const doors = listing.items.filter((door) => door.endpoints.includes(node.key));
      return toEach(ctx, node, doors, (door) => ref(door.kind, door.key), (door) => door.via, (door) => door);
    }
    case 'image':
      return imageUsers(ctx, node.key);
    default:
      return EMPTY;
  }
}
