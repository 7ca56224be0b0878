import type { Where } from '../../types';

export type LoadBalancerType = 'application' | 'network';
export type FaultKind = 'timeout' | 'responseCode' | 'connection' | 'none';
export type TargetState = 'initial' | 'healthy' | 'unhealthy' | 'draining';

export interface Tag {
  Key: string;
  Value?: string;
}

export interface ZoneRecord {
  ZoneName: string;
  SubnetId: string;
}

export interface LoadBalancerRecord {
  arn: string;
  name: string;
  type: LoadBalancerType;
  scheme: 'internet-facing' | 'internal';
  ipAddressType: string;
  vpcId: string;
  zones: ZoneRecord[];
  securityGroups: string[];
  dnsName: string;
  createdAt: number;
  /** Provisioning until this time on the sandbox clock, then active. */
  activeAt: number;
  attributes: Record<string, string>;
}

/** Action members as AWS describes them (ForwardConfig, FixedResponseConfig, RedirectConfig). */
export type ActionRecord = Record<string, unknown> & { Type: string };
export type ConditionRecord = Record<string, unknown> & { Field: string };

export interface ListenerRecord {
  arn: string;
  loadBalancerArn: string;
  port: number;
  protocol: string;
  certificates: { CertificateArn: string }[];
  sslPolicy?: string;
  alpnPolicy?: string[];
  defaultActions: ActionRecord[];
}

export interface RuleRecord {
  arn: string;
  listenerArn: string;
  /** 1..50000; the listener's default rule has none. */
  priority?: number;
  conditions: ConditionRecord[];
  actions: ActionRecord[];
}

export interface HealthCheckSettings {
  enabled: boolean;
  protocol?: string;
  port?: string;
  path?: string;
  intervalSeconds?: number;
  timeoutSeconds?: number;
  healthyThreshold?: number;
  unhealthyThreshold?: number;
  matcher?: { HttpCode?: string; GrpcCode?: string };
}

export interface TargetRecord {
  id: string;
  /** Absent for lambda targets. */
  port?: number;
  availabilityZone?: string;
  registeredAt: number;
  state: TargetState;
  reason?: string;
  description?: string;
  /** Health checks run since registration (or since the group went into use). */
  checks: number;
  consecutivePasses: number;
  consecutiveFailures: number;
  /** Draining ends (the target is gone) at this time on the sandbox clock. */
  drainUntil?: number;
  /** How the target answers its health checks (control API `elb/target-fault`). */
  fault: FaultKind;
}

export interface TargetGroupRecord {
  arn: string;
  name: string;
  targetType: 'instance' | 'ip' | 'lambda' | 'alb';
  protocol?: string;
  protocolVersion?: string;
  port?: number;
  vpcId?: string;
  ipAddressType?: string;
  healthCheck: HealthCheckSettings;
  attributes: Record<string, string>;
  targets: TargetRecord[];
}

export interface RegionElb {
  where: Where;
  loadBalancers: Record<string, LoadBalancerRecord>;
  listeners: Record<string, ListenerRecord>;
  rules: Record<string, RuleRecord>;
  targetGroups: Record<string, TargetGroupRecord>;
  /** By resource ARN. */
  tags: Record<string, Tag[]>;
  /** Subnet → Availability Zone and VPC: there is no EC2 here, so placements are made up once and kept. */
  subnets: Record<string, { zone: string; vpcId: string }>;
  /** Instance → Availability Zone, for the same reason. */
  instances: Record<string, string>;
  /** Makes ids unique and deterministic per sandbox. */
  sequence: number;
}

export class ElbStore {
  private regions: Record<string, RegionElb> = {};

  region(where: Where): RegionElb {
    const id = `${where.accountId}/${where.region}`;
    return (this.regions[id] ??= {
      where: { accountId: where.accountId, region: where.region },
      loadBalancers: {},
      listeners: {},
      rules: {},
      targetGroups: {},
      tags: {},
      subnets: {},
      instances: {},
      sequence: 0,
    });
  }

  all(): RegionElb[] {
    return Object.values(this.regions);
  }

  snapshot(): unknown {
    return JSON.parse(JSON.stringify({ version: 1, regions: this.regions })) as unknown;
  }

  restore(state: unknown): void {
    const body = state as { version?: number; regions?: Record<string, RegionElb> } | undefined;
    this.regions = body?.version === 1 && body.regions ? body.regions : {};
  }

  reset(): void {
    this.regions = {};
  }
}
