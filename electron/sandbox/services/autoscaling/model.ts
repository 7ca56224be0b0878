import type {
  ScalableDimension,
  ServiceNamespace,
  StepScalingPolicyConfiguration,
  TargetTrackingScalingPolicyConfiguration,
} from '@aws-sdk/client-application-auto-scaling';
import type { Where } from '../../types';

/** Stored state, plain JSON (times in epoch ms) so it is part of the `--data-dir` snapshot. */

export interface TargetRecord {
  serviceNamespace: ServiceNamespace;
  resourceId: string;
  scalableDimension: ScalableDimension;
  minCapacity: number;
  maxCapacity: number;
  roleArn: string;
  arn: string;
  createdMs: number;
  suspended?: { DynamicScalingInSuspended?: boolean; DynamicScalingOutSuspended?: boolean; ScheduledScalingSuspended?: boolean };
}

export interface PolicyRecord {
  arn: string;
  name: string;
  serviceNamespace: ServiceNamespace;
  resourceId: string;
  scalableDimension: ScalableDimension;
  policyType: 'TargetTrackingScaling' | 'StepScaling';
  targetTracking?: TargetTrackingScalingPolicyConfiguration;
  stepScaling?: StepScalingPolicyConfiguration;
  alarms: { AlarmName: string; AlarmARN: string }[];
  createdMs: number;
}

export type ActivityStatus = 'Pending' | 'InProgress' | 'Successful' | 'Overridden' | 'Unfulfilled' | 'Failed';

export interface ActivityRecord {
  id: string;
  serviceNamespace: ServiceNamespace;
  resourceId: string;
  scalableDimension: ScalableDimension;
  description: string;
  cause: string;
  startMs: number;
  endMs?: number;
  status: ActivityStatus;
  statusMessage?: string;
  /** The capacity this activity set, to know when it has been fulfilled. */
  desired: number;
  direction: 'out' | 'in';
  /** The desired count before a step policy's change (a scale-out cooldown counts from it). */
  fromCapacity?: number;
}

export interface RegionScaling {
  where: Where;
  /** Keyed by `namespace|resourceId|dimension`. */
  targets: Record<string, TargetRecord>;
  /** Keyed by `namespace|resourceId|dimension|policyName`. */
  policies: Record<string, PolicyRecord>;
  /** Newest last. */
  activities: ActivityRecord[];
}

export function targetKey(namespace: string, resourceId: string, dimension: string): string {
  return `${namespace}|${resourceId}|${dimension}`;
}

export function policyKey(namespace: string, resourceId: string, dimension: string, name: string): string {
  return `${targetKey(namespace, resourceId, dimension)}|${name}`;
}

export class ScalingStore {
  private regions: Record<string, RegionScaling> = {};

  region(where: Where): RegionScaling {
    const id = `${where.accountId}/${where.region}`;
    return (this.regions[id] ??= { where: { accountId: where.accountId, region: where.region }, targets: {}, policies: {}, activities: [] });
  }

  all(): RegionScaling[] {
    return Object.values(this.regions);
  }

  snapshot(): unknown {
    return JSON.parse(JSON.stringify({ version: 1, regions: this.regions })) as unknown;
  }

  restore(state: unknown): void {
    const body = state as { version?: number; regions?: Record<string, RegionScaling> } | undefined;
    this.regions = body?.version === 1 && body.regions ? body.regions : {};
  }

  reset(): void {
    this.regions = {};
  }
}
