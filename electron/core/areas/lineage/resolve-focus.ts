import { DescribeModelPackageGroupCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { LineageKind } from '../../../../shared/domain/lineage';
import { SageDeckError } from '../../../../shared/errors';
import { versionArn } from '../registry/package-arn';
import { resourceMissing } from './aws-refusals';
import type { LineageSources } from './facts';
import { KIND_NOUNS, parseResource, type NamedKind, type NodeRef } from './resource-ref';
import { factsOf } from './walk-context';

function notFound(message: string): SageDeckError {
  return new SageDeckError({ code: 'ResourceNotFound', message, retryable: false });
}

/** The resource by kind and name, keyed as its description names it; undefined when AWS has none. */
async function lookUp(sources: LineageSources, kind: NamedKind, name: string): Promise<NodeRef | undefined> {
  const found = await factsOf(sources, kind, name);
  if (!found) return undefined;
  return { kind, key: kind === 'model-package' && found.arn ? found.arn : found.name };
}

async function packageVersion(client: SageMakerClient, sources: LineageSources, group: string, version: number, signal: AbortSignal): Promise<NodeRef> {
  const missing = notFound(`There is no version ${version} of model package group ${group} in this account and region. Check the name in the registry.`);
  let owner;
  try {
    owner = await client.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: group }), { abortSignal: signal });
  } catch (error) {
    if (resourceMissing(error)) throw missing;
    throw error;
  }
  const found = await sources.modelPackage(versionArn(owner, version));
  if (!found) throw missing;
  return { kind: 'model-package', key: found.arn };
}

/** An s3:// URI some training job wrote its model to is that job's model artifact. */
async function dataKind(sources: LineageSources, uri: string): Promise<LineageKind> {
  const { items } = await sources.trainingJobs();
  return items.some((job) => job.artifact === uri) ? 'model-artifact' : 's3';
}

/**
 * What `resource` names: an ARN or an s3:// URI as written (the resource must exist), `group/version`
 * for a registered model version, else a name tried as an endpoint, a model, an endpoint config, a
 * training job and a processing job in turn (or only as `kind`).
 */
export async function resolveFocus(client: SageMakerClient, sources: LineageSources, resource: string, kind: LineageKind | undefined, signal: AbortSignal): Promise<NodeRef> {
  const parsed = parseResource(resource, kind);
  if (parsed.type === 'package-version') return packageVersion(client, sources, parsed.group, parsed.version, signal);
  if (parsed.type === 'ref') {
    const { ref } = parsed;
    if (ref.kind === 's3') return { kind: kind ?? (await dataKind(sources, ref.key)), key: ref.key };
    if (ref.kind === 'model-artifact' || ref.kind === 'image' || ref.kind === 'lineage-entity') return ref;
    const found = await lookUp(sources, ref.kind as NamedKind, ref.key);
    if (!found) throw notFound(`${resource} was not found in this account and region: it may have been deleted.`);
    return found;
  }
  for (const candidate of parsed.kinds) {
    const found = await lookUp(sources, candidate, parsed.name);
    if (found) return found;
  }
  const tried = parsed.kinds.map((k) => KIND_NOUNS[k]);
  const list = tried.length > 1 ? `${tried.slice(0, -1).join(', ')} or ${tried.at(-1)}` : tried[0];
  throw notFound(`Nothing named ${parsed.name} was found: SageDeck looked for ${list} of that name in this account and region. Check the name, or give its ARN or s3:// URI.`);
}
