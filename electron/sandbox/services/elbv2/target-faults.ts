import type { Where } from '../../types';
import { findTargetGroupByNameOrArn } from './lookups';
import type { ElbStore, FaultKind } from './model';

export const FAULT_KINDS: readonly FaultKind[] = ['timeout', 'responseCode', 'connection', 'none'];

export interface TargetFaultRequest {
  /** Target group name or ARN. */
  targetGroup: string;
  targetId: string;
  /** Only the registration on this port; every port of the target when absent. */
  port?: number;
  kind: FaultKind;
}

export interface TargetFaultResult {
  targetGroupArn: string;
  targetId: string;
  ports: (number | null)[];
  kind: FaultKind;
}

/** Makes registered ELB targets fail their health checks (control API `POST /_sandbox/elb/target-fault`). */
export interface ElbTargetFaults {
  /** Throws an Error naming what is missing when the group or target is unknown. */
  setFault(where: Where, request: TargetFaultRequest): TargetFaultResult;
}

declare module '../../types' {
  interface SandboxBus {
    /** ELBv2's target health faults, driven by the control API (issue 14). */
    elbTargets?: ElbTargetFaults;
  }
}

/**
 * From the next health check on, the target answers as `kind` says; its state then follows the
 * group's interval and thresholds like any other result.
 */
export function targetFaults(store: ElbStore): ElbTargetFaults {
  return {
    setFault(where, request) {
      const region = store.region(where);
      const group = findTargetGroupByNameOrArn(region, request.targetGroup);
      if (!group) throw new Error(`no target group ${request.targetGroup} in ${where.region}`);
      const targets = group.targets.filter((t) => t.id === request.targetId && (request.port === undefined || t.port === request.port));
      if (targets.length === 0)
        throw new Error(`target ${request.targetId}${request.port === undefined ? '' : `:${request.port}`} is not registered in target group ${group.name}`);
      for (const target of targets) target.fault = request.kind;
      return { targetGroupArn: group.arn, targetId: request.targetId, ports: targets.map((t) => t.port ?? null), kind: request.kind };
    },
  };
}
