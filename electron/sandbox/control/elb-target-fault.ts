import { FAULT_KINDS, type TargetFaultRequest, type TargetFaultResult } from '../services/elbv2/target-faults';
import type { SandboxBus } from '../types';

/** ELBv2 target faults as the control API drives them (the seeded account, `region` or the seed's). */
export interface ElbCommands {
  targetFault(request: TargetFaultRequest & { region?: string }): TargetFaultResult;
}

export function elbCommands(deps: { bus: SandboxBus; seedWhere: { accountId: string; region: string }; onChange(): void }): ElbCommands {
  return {
    targetFault(request) {
      const faults = deps.bus.elbTargets;
      if (!faults) throw new Error('this sandbox does not serve Elastic Load Balancing');
      const { region, ...rest } = request;
      const result = faults.setFault({ accountId: deps.seedWhere.accountId, region: region ?? deps.seedWhere.region }, rest);
      deps.onChange();
      return result;
    },
  };
}

/**
 * `POST /_sandbox/elb/target-fault` {targetGroup (name or ARN), targetId, port?, kind: timeout |
 * responseCode | connection | none, region?}: the body problem as a string, or the result.
 */
export function handleElbRoute(elb: ElbCommands, route: string, body: Record<string, unknown>): { body: unknown } | { problem: string } | undefined {
  if (route !== 'POST elb/target-fault') return undefined;
  const { targetGroup, targetId, port, kind, region } = body;
  if (typeof targetGroup !== 'string' || targetGroup === '') return { problem: 'targetGroup must be a target group name or ARN' };
  if (typeof targetId !== 'string' || targetId === '') return { problem: 'targetId must be a non-empty string' };
  if (port !== undefined && (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535)) return { problem: 'port must be an integer from 1 to 65535' };
  if (typeof kind !== 'string' || !(FAULT_KINDS as readonly string[]).includes(kind)) return { problem: `kind must be one of ${FAULT_KINDS.join(', ')}` };
  if (region !== undefined && typeof region !== 'string') return { problem: 'region must be a string' };
  const request: Parameters<ElbCommands['targetFault']>[0] = { targetGroup, targetId, kind: kind as TargetFaultRequest['kind'] };
  if (port !== undefined) request.port = port;
  if (region !== undefined) request.region = region;
  return { body: { fault: elb.targetFault(request) } };
}
