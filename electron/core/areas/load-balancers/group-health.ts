import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { HealthCounts } from '../../../../shared/domain/load-balancers';
import { mapLimited } from '../data/storage/limited';
import { countHealth, readTargetHealth } from './target-health';

/** DescribeTargetHealth calls in flight at once: enough to be quick, few enough to leave the account's quota to others. */
const CONCURRENT_HEALTH_READS = 4;

export interface GroupHealth {
  /** Target group ARN → counts, for the groups whose health was read. */
  counts: Map<string, HealthCounts>;
  /** Groups whose health could not be read, with AWS's reason. */
  failed: { arn: string; reason: string }[];
}

const reasonOf = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** Health counts of each target group, 4 reads at a time; a refused read is reported, not thrown. */
export async function readGroupHealth(elbv2: ElasticLoadBalancingV2Client, groupArns: readonly string[], signal: AbortSignal): Promise<GroupHealth> {
  const results = await mapLimited([...new Set(groupArns)], CONCURRENT_HEALTH_READS, async (arn) => {
    try {
      return { arn, counts: countHealth((await readTargetHealth(elbv2, arn, signal)).items) };
    } catch (error) {
      if (signal.aborted) throw error;
      return { arn, reason: reasonOf(error) };
    }
  });
  const health: GroupHealth = { counts: new Map(), failed: [] };
  for (const result of results) {
    if (result.counts) health.counts.set(result.arn, result.counts);
    else health.failed.push({ arn: result.arn, reason: result.reason ?? 'unknown' });
  }
  return health;
}

/** Why health counts are missing, in words that say what to do. */
export function healthNotice(failed: GroupHealth['failed'], what: string): string | undefined {
  if (failed.length === 0) return undefined;
  const first = failed[0]?.reason ?? '';
  const groups = failed.length === 1 ? 'one target group' : `${failed.length} target groups`;
  return `Target health could not be read for ${groups} (${first}), so ${what} show no health counts. Check elasticloadbalancing:DescribeTargetHealth permission, then reload.`;
}
