import { DeregisterTargetsCommand, RegisterTargetsCommand, type ElasticLoadBalancingV2Client, type TargetDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import { targetRefusals } from './elb-field-errors';

export interface TargetInput {
  id: string;
  port?: number;
  availabilityZone?: string;
}

export function targetDescriptions(targets: readonly TargetInput[]): TargetDescription[] {
  return targets.map((t) => ({ Id: t.id, ...(t.port !== undefined ? { Port: t.port } : {}), ...(t.availabilityZone ? { AvailabilityZone: t.availabilityZone } : {}) }));
}

/** RegisterTargets: the targets start `initial` and get traffic once they pass their health checks. */
export async function registerTargets(elbv2: ElasticLoadBalancingV2Client, targetGroupArn: string, targets: readonly TargetInput[], signal: AbortSignal): Promise<{ registered: number }> {
  await targetRefusals(() => elbv2.send(new RegisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: targetDescriptions(targets) }), { abortSignal: signal }));
  return { registered: targets.length };
}

/** DeregisterTargets: the targets drain for the group's deregistration delay, then leave. */
export async function deregisterTargets(
  elbv2: ElasticLoadBalancingV2Client,
  targetGroupArn: string,
  targets: readonly TargetInput[],
  signal: AbortSignal,
): Promise<{ deregistered: number }> {
  await targetRefusals(() => elbv2.send(new DeregisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: targetDescriptions(targets) }), { abortSignal: signal }));
  return { deregistered: targets.length };
}
