import type { DescribeEndpointOutput } from '@aws-sdk/client-sagemaker';
import type { DeploymentHistoryEntry, HistoryOutcome } from '../../../../shared/domain/endpoints';
import type { ResolvedConfig } from './config-resolver';
import type { DeploymentRecord } from './deployment-log';
import { SAGEDECK_TAGS } from './tags';

export interface HistoryInputs {
  endpoint: DescribeEndpointOutput;
  /** SageDeck's records for this endpoint (any order). */
  records: DeploymentRecord[];
  resolve: (configName: string) => Promise<ResolvedConfig>;
  /** Remember how a record ended, once seen (AWS forgets a rollback's reason at the next update). */
  settle: (record: DeploymentRecord, outcome: HistoryOutcome, reason?: string) => Promise<void>;
}

const CHAIN_LIMIT = 20;

function entryOf(config: ResolvedConfig, outcome: HistoryOutcome): DeploymentHistoryEntry {
  const tags = config.tags;
  const kind = tags[SAGEDECK_TAGS.kind];
  return {
    configName: config.name,
    ...(config.arn ? { configArn: config.arn } : {}),
    ...(config.createdAt ? { createdAt: config.createdAt } : {}),
    ...(tags[SAGEDECK_TAGS.deployedAt] ? { servedFrom: tags[SAGEDECK_TAGS.deployedAt] } : {}),
    variants: config.variants,
    ...(tags[SAGEDECK_TAGS.deployedBy] ? { deployedBy: tags[SAGEDECK_TAGS.deployedBy] } : {}),
    createdBySageDeck: Object.keys(tags).some((key) => key.startsWith('sagedeck:')),
    ...(tags[SAGEDECK_TAGS.previous] ? { previousConfigName: tags[SAGEDECK_TAGS.previous] } : {}),
    ...(kind === 'deploy' || kind === 'rollback' || kind === 'instance-type-change' ? { kind } : {}),
    ...(tags[SAGEDECK_TAGS.overrideReason] ? { overrideReason: tags[SAGEDECK_TAGS.overrideReason] } : {}),
    outcome,
    ...(config.exists ? {} : { outcomeDetail: 'The endpoint config no longer exists in AWS.' }),
  };
}

/** How the newest-first record `index` ended, from what AWS shows now. */
function outcomeOf(record: DeploymentRecord, index: number, endpoint: DescribeEndpointOutput, servingFound: boolean): { outcome: HistoryOutcome; reason?: string; settled: boolean } {
  if (record.outcome) return { outcome: record.outcome, ...(record.reason ? { reason: record.reason } : {}), settled: true };
  const pending = endpoint.PendingDeploymentSummary?.EndpointConfigName;
  if (record.configName === pending) return { outcome: 'inProgress', settled: false };
  const failure = endpoint.FailureReason ?? '';
  if (index === 0 && record.configName !== endpoint.EndpointConfigName && /rolled back/i.test(failure)) {
    return { outcome: 'rolledBack', reason: failure, settled: false };
  }
  if (record.configName === endpoint.EndpointConfigName && !servingFound) {
    return endpoint.EndpointStatus === 'Failed' ? { outcome: 'failed', ...(failure ? { reason: failure } : {}), settled: false } : { outcome: 'serving', settled: false };
  }
  if (index === 0 && endpoint.EndpointStatus === 'Failed') return { outcome: 'failed', ...(failure ? { reason: failure } : {}), settled: false };
  return { outcome: 'replaced', settled: false };
}

/**
 * The endpoint's deployment history, newest first. Sources, in order of trust:
 * 1. SageDeck's local records (deploys, rollbacks, instance-type changes it started: when, by whom,
 *    and — once seen — how each ended, with AWS's reason; AWS keeps FailureReason only until the
 *    next update).
 * 2. The tags on the configs SageDeck created (`sagedeck:previous-config` links each to the one it
 *    replaced; `deployed-by`, `deployed-at`): the chain behind the oldest local record, from any
 *    machine.
 * 3. DescribeEndpoint: the config serving now, a pending deployment, FailureReason.
 * Configs created elsewhere end the chain: shown with their creation time and models, `unknown`
 * start, unless the next entry names them as its predecessor.
 */
export async function deploymentHistory(inputs: HistoryInputs): Promise<DeploymentHistoryEntry[]> {
  const { endpoint } = inputs;
  const records = [...inputs.records].sort((a, b) => b.at.localeCompare(a.at));
  const entries: DeploymentHistoryEntry[] = [];
  let servingFound = false;
  for (const [index, record] of records.entries()) {
    const { outcome, reason, settled } = outcomeOf(record, index, endpoint, servingFound);
    if (outcome === 'serving') servingFound = true;
    // A rollback (by AWS or by SageDeck) is worth keeping: the reason disappears from AWS.
    if (!settled && (outcome === 'rolledBack' || outcome === 'failed')) await inputs.settle(record, outcome, reason);
    const config = await inputs.resolve(record.configName);
    const served = outcome !== 'rolledBack' && outcome !== 'inProgress' && outcome !== 'failed';
    entries.push({
      ...entryOf(config, outcome),
      ...(served ? { servedFrom: record.at } : {}),
      kind: record.kind,
      ...(record.by ? { deployedBy: record.by } : {}),
      ...(record.previousConfigName ? { previousConfigName: record.previousConfigName } : {}),
      ...(record.overrideReason ? { overrideReason: record.overrideReason } : {}),
      ...(reason ? { outcomeDetail: reason } : {}),
    });
  }
  // A config SageDeck rolled back from: the rollback record names it as its predecessor.
  for (const [index, entry] of entries.entries()) {
    const newer = entries.slice(0, index).reverse().find((e) => e.outcome !== 'rolledBack' && e.outcome !== 'inProgress');
    if (newer?.kind === 'rollback' && newer.previousConfigName === entry.configName && entry.outcome === 'replaced') entry.outcome = 'rolledBackFrom';
  }
  // Behind the oldest record (or from the current config when SageDeck made none): the tag chain.
  let next = records.length ? records[records.length - 1]?.previousConfigName : endpoint.EndpointConfigName;
  // A config reached as a predecessor served before its successor: replaced. Tags could loop (edited by hand).
  const visited = new Set<string>();
  for (let i = 0; next && i < CHAIN_LIMIT && !visited.has(next); i += 1) {
    visited.add(next);
    const config = await inputs.resolve(next);
    const isCurrent = next === endpoint.EndpointConfigName && !servingFound;
    if (isCurrent) servingFound = true;
    const outcome: HistoryOutcome = isCurrent ? (endpoint.EndpointStatus === 'Failed' ? 'failed' : 'serving') : 'replaced';
    entries.push(entryOf(config, outcome));
    next = config.tags[SAGEDECK_TAGS.previous];
  }
  // Served until the next (newer) entry that served began.
  let newerStart: string | undefined;
  for (const entry of entries) {
    if (entry.outcome === 'rolledBack' || entry.outcome === 'inProgress' || entry.outcome === 'failed') continue;
    if (entry.outcome !== 'serving' && newerStart) entry.servedUntil = newerStart;
    newerStart = entry.servedFrom ?? newerStart;
  }
  return entries;
}
