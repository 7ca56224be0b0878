/**
 * Elastic Load Balancing v2 as the console shows it: load balancers with their listeners and
 * rules, target groups with health-check settings, and the health of each registered target.
 */

export const TARGET_HEALTH_STATES = ['initial', 'healthy', 'unhealthy', 'unused', 'draining', 'unavailable', 'unhealthy.draining'] as const;
export type TargetHealthState = (typeof TARGET_HEALTH_STATES)[number];

export interface HealthCounts {
  healthy: number;
  unhealthy: number;
  /** initial, draining, unused, unavailable. */
  other: number;
}

export interface LoadBalancerSummary {
  arn: string;
  name: string;
  /** application, network or gateway. */
  type: string;
  /** internet-facing or internal. */
  scheme: string;
  /** provisioning, active, active_impaired, failed. */
  state: string;
  stateReason?: string;
  dnsName?: string;
  vpcId?: string;
  availabilityZones: string[];
  createdAt?: string;
  tags: Record<string, string>;
  /** The SageMaker endpoint it serves, from the `sagedeck:endpoint` tag. */
  servesEndpoint?: string;
  /** Over every target group its listeners forward to; absent when target health could not be read. */
  health?: HealthCounts;
}

export interface LoadBalancerPage {
  items: LoadBalancerSummary[];
  notice?: string;
}

export interface ListenerActionView {
  /** forward, fixed-response, redirect, authenticate-oidc… */
  type: string;
  /** Target group names (ARNs in `targetGroupArns`) a forward sends to, with weights when weighted. */
  targetGroups: { arn: string; name: string; weight?: number }[];
  /** One line for anything else: `fixed-response 404`, `redirect to HTTPS:443`. */
  description?: string;
}

export interface ListenerRuleView {
  arn: string;
  /** A number, or `default`. */
  priority: string;
  /** `path-pattern: /v2/*`, `host-header: api.example.com`. */
  conditions: string[];
  actions: ListenerActionView[];
}

export interface ListenerView {
  arn: string;
  protocol: string;
  port: number;
  defaultActions: ListenerActionView[];
  rules: ListenerRuleView[];
}

export interface HealthCheckSettings {
  enabled: boolean;
  protocol: string;
  /** `traffic-port` or a number. */
  port: string;
  path?: string;
  intervalSeconds: number;
  timeoutSeconds: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  /** HTTP codes: `200`, `200,202`, `200-299`. */
  matcher?: string;
}

export interface TargetGroupView {
  arn: string;
  name: string;
  protocol?: string;
  port?: number;
  /** instance, ip, lambda, alb. */
  targetType: string;
  vpcId?: string;
  loadBalancerArns: string[];
  healthCheck: HealthCheckSettings;
  deregistrationDelaySeconds?: number;
  health?: HealthCounts;
  tags: Record<string, string>;
}

export interface LoadBalancerDetail {
  summary: LoadBalancerSummary;
  /** deletion_protection.enabled, idle_timeout.timeout_seconds… as AWS names them. */
  attributes: Record<string, string>;
  listeners: ListenerView[];
  targetGroups: TargetGroupView[];
  notices: string[];
}

export interface TargetHealthRow {
  /** `<id>:<port>`, stable across polls. */
  key: string;
  id: string;
  port?: number;
  availabilityZone?: string;
  state: TargetHealthState;
  /** AWS's reason code: Target.ResponseCodeMismatch, Elb.InitialHealthChecking… */
  reason?: string;
  description?: string;
  /** The health-check port when it differs from the target's. */
  healthCheckPort?: string;
}

export interface TargetHealthPage {
  targetGroupArn: string;
  items: TargetHealthRow[];
}
