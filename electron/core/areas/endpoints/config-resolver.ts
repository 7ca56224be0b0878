import {
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  ListTagsCommand,
  SearchCommand,
  type DescribeEndpointConfigCommandOutput,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { HistoryVariant, ModelVersionRef } from '../../../../shared/domain/endpoints';

/** An endpoint config as the history and the list need it: variants with the model version each serves. */
export interface ResolvedConfig {
  name: string;
  arn?: string;
  createdAt?: string;
  variants: HistoryVariant[];
  tags: Record<string, string>;
  /** The execution role of the first variant's model (a new model for the same endpoint reuses it). */
  roleArn?: string;
  /** False when AWS no longer has the config (deleted after it served). */
  exists: boolean;
}

/** `arn:…:model-package/<group>/<version>` → group and version; an unversioned package has neither. */
export function versionRef(packageArn: string): ModelVersionRef {
  const match = /:model-package\/([^/]+)\/(\d+)$/.exec(packageArn);
  return match ? { packageArn, group: match[1] ?? '', version: Number(match[2]) } : { packageArn };
}

/**
 * The one registered version whose container holds this model data, through Search (one call per
 * model, remembered with it). None, several, or an endpoint without Search: no version is claimed.
 */
async function versionByModelData(client: SageMakerClient, modelDataUrl: string, signal: AbortSignal): Promise<ModelVersionRef | undefined> {
  try {
    const answer = await client.send(
      new SearchCommand({
        Resource: 'ModelPackage',
        SearchExpression: { Filters: [{ Name: 'InferenceSpecification.Containers.ModelDataUrl', Operator: 'Equals', Value: modelDataUrl }] },
        MaxResults: 2,
      }),
      { abortSignal: signal },
    );
    const found = (answer.Results ?? []).flatMap((r) => (r.ModelPackage?.ModelPackageArn ? [r.ModelPackage.ModelPackageArn] : []));
    return found.length === 1 && found[0] ? { ...versionRef(found[0]), derivedFrom: 'modelData' } : undefined;
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    return undefined;
  }
}

function missing(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return name === 'ValidationException' && /could not find|does not exist|not found/i.test((error as Error).message);
}

/**
 * Endpoint configs and models never change once created, so each is described once per session
 * generation and remembered: a list of endpoints costs Describe calls only for configs it has not
 * seen, and a watcher's polls cost none.
 */
export class ConfigResolver {
  private readonly configs = new Map<string, Promise<ResolvedConfig>>();
  private readonly models = new Map<string, Promise<{ version?: ModelVersionRef; roleArn?: string }>>();

  resolve(client: SageMakerClient, generation: number, name: string, signal: AbortSignal): Promise<ResolvedConfig> {
    const key = `${generation}\u0000${name}`;
    let found = this.configs.get(key);
    if (!found) {
      found = this.load(client, generation, name, signal);
      this.configs.set(key, found);
      // A failed look-up (throttled, aborted) is tried again next time, not remembered.
      found.catch(() => this.configs.delete(key));
    }
    return found;
  }

  /** Forget a config (tags can be added to it later, e.g. after a rollback marks it). */
  forget(generation: number, name: string): void {
    this.configs.delete(`${generation}\u0000${name}`);
  }

  private async load(client: SageMakerClient, generation: number, name: string, signal: AbortSignal): Promise<ResolvedConfig> {
    let config: DescribeEndpointConfigCommandOutput;
    try {
      config = await client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name }), { abortSignal: signal });
    } catch (error) {
      if (missing(error)) return { name, variants: [], tags: {}, exists: false };
      throw error;
    }
    const tagAnswer = config.EndpointConfigArn
      ? await client.send(new ListTagsCommand({ ResourceArn: config.EndpointConfigArn, MaxResults: 100 }), { abortSignal: signal })
      : { Tags: [] };
    const tags = Object.fromEntries((tagAnswer.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    const variants: HistoryVariant[] = [];
    let roleArn: string | undefined;
    for (const v of config.ProductionVariants ?? []) {
      const model = v.ModelName ? await this.model(client, generation, v.ModelName, signal) : {};
      roleArn ??= model.roleArn;
      variants.push({
        variantName: v.VariantName ?? '',
        ...(v.ModelName ? { modelName: v.ModelName } : {}),
        ...(model.version ? { modelVersion: model.version } : {}),
        ...(v.InstanceType ? { instanceType: v.InstanceType } : {}),
        ...(v.InitialInstanceCount !== undefined ? { instanceCount: v.InitialInstanceCount } : {}),
        ...(v.InitialVariantWeight !== undefined ? { weight: v.InitialVariantWeight } : {}),
      });
    }
    return {
      name,
      ...(config.EndpointConfigArn ? { arn: config.EndpointConfigArn } : {}),
      ...(config.CreationTime ? { createdAt: config.CreationTime.toISOString() } : {}),
      variants,
      tags,
      ...(roleArn ? { roleArn } : {}),
      exists: true,
    };
  }

  private model(client: SageMakerClient, generation: number, name: string, signal: AbortSignal) {
    const key = `${generation}\u0000${name}`;
    let found = this.models.get(key);
    if (!found) {
      found = (async () => {
        try {
          const model = await client.send(new DescribeModelCommand({ ModelName: name }), { abortSignal: signal });
          const containers = [model.PrimaryContainer, ...(model.Containers ?? [])];
          const packageName = containers.find((c) => c?.ModelPackageName)?.ModelPackageName;
          const dataUrl = containers.find((c) => c?.ModelDataUrl)?.ModelDataUrl;
          const version = packageName ? versionRef(packageName) : dataUrl ? await versionByModelData(client, dataUrl, signal) : undefined;
          return {
            ...(version ? { version } : {}),
            ...(model.ExecutionRoleArn ? { roleArn: model.ExecutionRoleArn } : {}),
          };
        } catch (error) {
          // A model deleted after deployment: the config still names it, the version is unknown.
          if (missing(error)) return {};
          throw error;
        }
      })();
      this.models.set(key, found);
      found.catch(() => this.models.delete(key));
    }
    return found;
  }
}
