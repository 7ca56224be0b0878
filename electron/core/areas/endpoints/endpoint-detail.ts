import {
  DescribeEndpointCommand,
  ListEndpointConfigsCommand,
  ListTagsCommand,
  type DescribeEndpointOutput,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { DeploymentHistoryEntry, EndpointDetail, HistoryVariant } from '../../../../shared/domain/endpoints';
import type { ConfigResolver, ResolvedConfig } from './config-resolver';
import type { DeploymentLog } from './deployment-log';
import { deploymentSettings, endpointSummary, pendingDeployment } from './endpoint-view';
import { deploymentHistory } from './history';

export interface DetailDeps {
  client: SageMakerClient;
  configs: ConfigResolver;
  log: DeploymentLog;
  generation: number;
  profile: string;
  region: string;
  signal: AbortSignal;
}

export async function describeRaw(deps: DetailDeps, endpointName: string): Promise<DescribeEndpointOutput> {
  return deps.client.send(new DescribeEndpointCommand({ EndpointName: endpointName }), { abortSignal: deps.signal });
}

/**
 * Where a rollback goes: the config that served before the current one (the history's next older
 * entry that served and still exists). With no history (configs created elsewhere), the newest
 * other config named after the endpoint and created before the current one: a derivation, said so.
 */
async function rollbackTarget(deps: DetailDeps, endpoint: DescribeEndpointOutput, history: DeploymentHistoryEntry[]): Promise<{ configName: string; variants: HistoryVariant[]; derived: boolean } | undefined> {
  const current = endpoint.EndpointConfigName;
  const servingIndex = history.findIndex((e) => e.outcome === 'serving');
  const older = history.slice(servingIndex + 1).find((e) => (e.outcome === 'replaced' || e.outcome === 'rolledBackFrom') && e.configName !== current && !e.outcomeDetail?.includes('no longer exists'));
  if (older) return { configName: older.configName, variants: older.variants, derived: false };
  const currentConfig = history.find((e) => e.configName === current);
  if (!current || !endpoint.EndpointName) return undefined;
  const answer = await deps.client.send(
    new ListEndpointConfigsCommand({
      NameContains: endpoint.EndpointName,
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: 20,
      ...(currentConfig?.createdAt ? { CreationTimeBefore: new Date(currentConfig.createdAt) } : {}),
    }),
    { abortSignal: deps.signal },
  );
  const candidate = (answer.EndpointConfigs ?? []).find((c) => c.EndpointConfigName && c.EndpointConfigName !== current);
  if (!candidate?.EndpointConfigName) return undefined;
  const config: ResolvedConfig = await deps.configs.resolve(deps.client, deps.generation, candidate.EndpointConfigName, deps.signal);
  return { configName: config.name, variants: config.variants, derived: true };
}

export async function endpointDetail(deps: DetailDeps, endpointName: string): Promise<EndpointDetail> {
  const endpoint = await describeRaw(deps, endpointName);
  const resolve = (name: string) => deps.configs.resolve(deps.client, deps.generation, name, deps.signal);
  const current = endpoint.EndpointConfigName ? await resolve(endpoint.EndpointConfigName) : undefined;
  const tagAnswer = endpoint.EndpointArn
    ? await deps.client.send(new ListTagsCommand({ ResourceArn: endpoint.EndpointArn, MaxResults: 100 }), { abortSignal: deps.signal })
    : { Tags: [] };
  const history = await deploymentHistory({
    endpoint,
    records: await deps.log.of(deps.profile, deps.region, endpointName),
    resolve,
    settle: (record, outcome, reason) => deps.log.settle(record, outcome, reason),
  });
  const pending = pendingDeployment(endpoint);
  const last = deploymentSettings(endpoint.LastDeploymentConfig);
  const target = await rollbackTarget(deps, endpoint, history);
  return {
    ...endpointSummary(endpoint, current),
    tags: Object.fromEntries((tagAnswer.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
    ...(pending ? { pending } : {}),
    ...(last ? { lastDeployment: last } : {}),
    history,
    ...(target ? { rollbackTarget: { configName: target.configName, variants: target.variants, ...(target.derived ? { derived: true } : {}) } } : {}),
  };
}
