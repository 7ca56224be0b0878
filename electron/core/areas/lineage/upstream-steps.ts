import type { JobFacts, PackageFacts } from './facts';
import type { NodeRef } from './resource-ref';
import {
  EMPTY,
  artifactRef,
  dataRef,
  describe,
  described,
  jobRef,
  packageRef,
  processingJobs,
  producerOf,
  ref,
  type Link,
  type Step,
  type WalkContext,
} from './walk-context';

/** A job's inputs, and for each the processing job that wrote it (most recent good run before this one). */
async function jobInputs(ctx: WalkContext, job: JobFacts): Promise<Step> {
  const links: Link[] = job.inputs.map((input) => ({ from: dataRef(input.uri), to: jobRef(job), label: input.label }));
  if (job.inputs.length === 0) return { links, next: [] };
  const producers = await processingJobs(ctx);
  const next: NodeRef[] = [];
  for (const input of job.inputs) {
    const producer = producerOf(producers, input.uri, job.startMs ?? ctx.nowMs);
    if (!producer || producer.name === job.name) continue;
    describe(ctx, jobRef(producer), producer);
    links.push({ from: jobRef(producer), to: dataRef(input.uri), label: producer.output.label });
    next.push(jobRef(producer));
  }
  return { links, next };
}

/** Data asked about directly: who last wrote it completely (a job reached it otherwise says itself). */
async function dataProducers(ctx: WalkContext, uri: string): Promise<Step> {
  const producer = producerOf(await processingJobs(ctx), uri, ctx.nowMs);
  if (!producer) return EMPTY;
  describe(ctx, jobRef(producer), producer);
  return { links: [{ from: jobRef(producer), to: dataRef(uri), label: producer.output.label }], next: [jobRef(producer)] };
}

async function artifactProducers(ctx: WalkContext, uri: string): Promise<Step> {
  const listing = await ctx.sources.trainingJobs();
  ctx.graph.notice(listing.notice);
  const jobs = listing.items.filter((job) => job.artifact === uri);
  for (const job of jobs) describe(ctx, jobRef(job), job);
  return { links: jobs.map((job) => ({ from: jobRef(job), to: artifactRef(uri), label: 'ModelArtifacts.S3ModelArtifacts' })), next: jobs.map(jobRef) };
}

function imageLinks(images: string[], to: NodeRef): Link[] {
  return images.map((image) => ({ from: ref('image', image), to, label: 'Image' }));
}

/**
 * A model's source: the package version it names; else the registered versions holding the same
 * model data (the chain reads artifact → version → model, as the registry sits between them);
 * else the model data itself.
 */
async function modelSources(ctx: WalkContext, node: NodeRef): Promise<Step> {
  const model = await described(ctx, { kind: 'model', key: node.key });
  if (!model) return EMPTY;
  const links = imageLinks(model.images, node);
  const next: NodeRef[] = [];
  let packages: PackageFacts[] = [];
  if (model.packageArns.length > 0) {
    for (const arn of model.packageArns) {
      const pkg = await ctx.sources.modelPackage(arn);
      const pkgNode = pkg ? packageRef(pkg) : ref('model-package', arn);
      if (pkg) describe(ctx, pkgNode, pkg);
      links.push({ from: pkgNode, to: node, label: 'ModelPackageName' });
      next.push(pkgNode);
    }
    return { links, next };
  }
  if (model.dataUrls.length > 0) {
    const listing = await ctx.sources.modelPackages();
    ctx.graph.notice(listing.notice);
    packages = listing.items.filter((pkg) => pkg.dataUrls.some((url) => model.dataUrls.includes(url)));
  }
  for (const pkg of packages) {
    describe(ctx, packageRef(pkg), pkg);
    links.push({ from: packageRef(pkg), to: node, label: 'ModelDataUrl' });
    next.push(packageRef(pkg));
  }
  for (const url of model.dataUrls) {
    if (packages.some((pkg) => pkg.dataUrls.includes(url))) continue;
    links.push({ from: artifactRef(url), to: node, label: 'ModelDataUrl' });
    next.push(artifactRef(url));
  }
  return { links, next };
}

/** What `node` was made from, one step up. `isFocus`: the node asked about (data is expanded only then). */
export async function upstreamStep(ctx: WalkContext, node: NodeRef, isFocus: boolean): Promise<Step> {
  switch (node.kind) {
    case 'endpoint': {
      const endpoint = await described(ctx, { kind: node.kind, key: node.key });
      if (!endpoint?.config) return EMPTY;
      const config = ref('endpoint-config', endpoint.config);
      return { links: [{ from: config, to: node, label: 'EndpointConfigName' }], next: [config] };
    }
    case 'endpoint-config': {
      const config = await described(ctx, { kind: node.kind, key: node.key });
      if (!config) return EMPTY;
      const models = config.models.map((name) => ref('model', name));
      return { links: models.map((model) => ({ from: model, to: node, label: 'ProductionVariants.ModelName' })), next: models };
    }
    case 'model':
      return modelSources(ctx, node);
    case 'model-package': {
      const pkg = await described(ctx, { kind: node.kind, key: node.key });
      if (!pkg) return EMPTY;
      const artifacts = pkg.dataUrls.map(artifactRef);
      const links = [...artifacts.map((from) => ({ from, to: node, label: 'InferenceSpecification.ModelDataUrl' })), ...imageLinks(pkg.images, node)];
      return { links, next: artifacts };
    }
    case 'model-artifact':
      return artifactProducers(ctx, node.key);
    case 'training-job':
    case 'processing-job': {
      const job = await described(ctx, { kind: node.kind, key: node.key });
      return job ? jobInputs(ctx, job) : EMPTY;
    }
    case 's3':
      return isFocus ? dataProducers(ctx, node.key) : EMPTY;
    default:
      return EMPTY;
  }
}
