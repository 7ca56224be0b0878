import { DescribeTargetHealthCommand, type ElasticLoadBalancingV2Client, type TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import { TARGET_HEALTH_STATES, type HealthCounts, type TargetHealthPage, type TargetHealthRow, type TargetHealthState } from '../../../../shared/domain/load-balancers';

const KNOWN_STATES: ReadonlySet<string> = new Set(TARGET_HEALTH_STATES);

/** A state this SageDeck does not know yet reads as `unavailable` rather than breaking the board. */
function stateOf(state: string | undefined): TargetHealthState {
  return state !== undefined && KNOWN_STATES.has(state) ? (state as TargetHealthState) : 'unavailable';
}

/** One DescribeTargetHealth entry as the board shows it, keyed `<id>:<port>` so polls line up. */
export function targetHealthRow(description: TargetHealthDescription): TargetHealthRow {
  const id = description.Target?.Id ?? '';
  const port = description.Target?.Port;
  const healthCheckPort = description.HealthCheckPort;
  return {
    key: `${id}:${port ?? ''}`,
    id,
    ...(port !== undefined ? { port } : {}),
    ...(description.Target?.AvailabilityZone ? { availabilityZone: description.Target.AvailabilityZone } : {}),
    state: stateOf(description.TargetHealth?.State),
    ...(description.TargetHealth?.Reason ? { reason: description.TargetHealth.Reason } : {}),
    ...(description.TargetHealth?.Description ? { description: description.TargetHealth.Description } : {}),
    ...(healthCheckPort && healthCheckPort !== String(port ?? '') ? { healthCheckPort } : {}),
  };
}

/** Registration and draining change a target's state by themselves: the board polls fast meanwhile. */
export function isTransitioning(row: TargetHealthRow): boolean {
  return row.state === 'initial' || row.state === 'draining' || row.state === 'unhealthy.draining';
}

/** Healthy, unhealthy and everything else (initial, draining, unused, unavailable). */
export function countHealth(rows: readonly Pick<TargetHealthRow, 'state'>[]): HealthCounts {
  const counts: HealthCounts = { healthy: 0, unhealthy: 0, other: 0 };
  for (const row of rows) {
    if (row.state === 'healthy') counts.healthy += 1;
    else if (row.state === 'unhealthy') counts.unhealthy += 1;
    else counts.other += 1;
  }
  return counts;
}

export function addCounts(a: HealthCounts, b: HealthCounts): HealthCounts {
  return { healthy: a.healthy + b.healthy, unhealthy: a.unhealthy + b.unhealthy, other: a.other + b.other };
}

/** Every registered target's health in one DescribeTargetHealth (it is not paged). */
export async function readTargetHealth(elbv2: ElasticLoadBalancingV2Client, targetGroupArn: string, signal: AbortSignal): Promise<TargetHealthPage> {
  const answer = await elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }), { abortSignal: signal });
  return { targetGroupArn, items: (answer.TargetHealthDescriptions ?? []).map(targetHealthRow) };
}
