import { asString } from '../../protocols/values';
import { validationError } from './errors';
import { recordsOf } from './input';
import type { LoadBalancerType, TargetGroupRecord } from './model';
import { isNetworkGroup } from './target-health';

type Rule = 'bool' | { min: number; max: number } | readonly string[] | 'text';

interface AttributeSpec {
  value: string;
  rule: Rule;
}

const bool = (value: boolean): AttributeSpec => ({ value: String(value), rule: 'bool' });
const range = (value: number, min: number, max: number): AttributeSpec => ({ value: String(value), rule: { min, max } });
const text = (value = ''): AttributeSpec => ({ value, rule: 'text' });
const oneOf = (value: string, values: readonly string[]): AttributeSpec => ({ value, rule: values });

/** Load balancer attributes and their defaults (ELBv2 API reference, LoadBalancerAttribute). */
function loadBalancerSpecs(type: LoadBalancerType): Record<string, AttributeSpec> {
  const common = {
    'deletion_protection.enabled': bool(false),
    'access_logs.s3.enabled': bool(false),
    'access_logs.s3.bucket': text(),
    'access_logs.s3.prefix': text(),
    'ipv6.deny_all_igw_traffic': bool(false),
  };
  if (type === 'network')
    return { ...common, 'load_balancing.cross_zone.enabled': bool(false), 'dns_record.client_routing_policy': oneOf('any_availability_zone', ['availability_zone_affinity', 'partial_availability_zone_affinity', 'any_availability_zone']) };
  return {
    ...common,
    'idle_timeout.timeout_seconds': range(60, 1, 4000),
    'client_keep_alive.seconds': range(3600, 60, 604800),
    'connection_logs.s3.enabled': bool(false),
    'connection_logs.s3.bucket': text(),
    'connection_logs.s3.prefix': text(),
    'routing.http.desync_mitigation_mode': oneOf('defensive', ['monitor', 'defensive', 'strictest']),
    'routing.http.drop_invalid_header_fields.enabled': bool(false),
    'routing.http.preserve_host_header.enabled': bool(false),
    'routing.http.x_amzn_tls_version_and_cipher_suite.enabled': bool(false),
    'routing.http.xff_client_port.enabled': bool(false),
    'routing.http.xff_header_processing.mode': oneOf('append', ['append', 'preserve', 'remove']),
    'routing.http2.enabled': bool(true),
    'waf.fail_open.enabled': bool(false),
    'load_balancing.cross_zone.enabled': bool(true),
  };
}

/** Target group attributes and their defaults; `deregistration_delay.timeout_seconds` 0..3600, default 300. */
function targetGroupSpecs(group: Pick<TargetGroupRecord, 'targetType' | 'protocol'>): Record<string, AttributeSpec> {
  if (group.targetType === 'lambda') return { 'lambda.multi_value_headers.enabled': bool(false) };
  const common = {
    'deregistration_delay.timeout_seconds': range(300, 0, 3600),
    'stickiness.enabled': bool(false),
    'load_balancing.cross_zone.enabled': oneOf('use_load_balancer_configuration', ['true', 'false', 'use_load_balancer_configuration']),
    'target_group_health.dns_failover.minimum_healthy_targets.count': text('1'),
    'target_group_health.dns_failover.minimum_healthy_targets.percentage': text('off'),
    'target_group_health.unhealthy_state_routing.minimum_healthy_targets.count': text('1'),
    'target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage': text('off'),
  };
  if (isNetworkGroup(group))
    return {
      ...common,
      'stickiness.type': oneOf('source_ip', ['source_ip']),
      'deregistration_delay.connection_termination.enabled': bool(false),
      'preserve_client_ip.enabled': bool(group.targetType === 'instance'),
      'proxy_protocol_v2.enabled': bool(false),
    };
  return {
    ...common,
    'stickiness.type': oneOf('lb_cookie', ['lb_cookie', 'app_cookie']),
    'stickiness.lb_cookie.duration_seconds': range(86400, 1, 604800),
    'stickiness.app_cookie.cookie_name': text(),
    'stickiness.app_cookie.duration_seconds': range(86400, 1, 604800),
    'load_balancing.algorithm.type': oneOf('round_robin', ['round_robin', 'least_outstanding_requests', 'weighted_random']),
    'load_balancing.algorithm.anomaly_mitigation': oneOf('off', ['on', 'off']),
    'slow_start.duration_seconds': range(0, 0, 900),
  };
}

const defaults = (specs: Record<string, AttributeSpec>) => Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, spec.value]));

export const defaultLoadBalancerAttributes = (type: LoadBalancerType) => defaults(loadBalancerSpecs(type));
export const defaultTargetGroupAttributes = (group: Pick<TargetGroupRecord, 'targetType' | 'protocol'>) => defaults(targetGroupSpecs(group));

function valid(rule: Rule, value: string): boolean {
  if (rule === 'text') return true;
  if (rule === 'bool') return value === 'true' || value === 'false';
  if (Array.isArray(rule)) return rule.includes(value);
  const { min, max } = rule as { min: number; max: number };
  const n = Number(value);
  return /^\d+$/.test(value) && n >= min && n <= max;
}

/** Applies `Attributes` (Key/Value members) to `current`; AWS's wording for unknown keys and bad values. */
function modify(kind: 'Load balancer' | 'Target group', specs: Record<string, AttributeSpec>, current: Record<string, string>, input: unknown): Record<string, string> {
  const changes = recordsOf(input) ?? [];
  if (changes.length === 0) throw validationError("1 validation error detected: Value null at 'attributes' failed to satisfy constraint: Member must not be null");
  const next = { ...current };
  for (const change of changes) {
    const key = asString(change.Key) ?? '';
    const value = asString(change.Value) ?? '';
    const spec = specs[key];
    if (!spec) throw validationError(`${kind} attribute key '${key}' is not recognized`);
    if (!valid(spec.rule, value)) throw validationError(`${kind} attribute value '${value}' is not valid for key '${key}'`);
    next[key] = value;
  }
  return next;
}

export const modifyLoadBalancerAttributes = (type: LoadBalancerType, current: Record<string, string>, input: unknown) =>
  modify('Load balancer', loadBalancerSpecs(type), current, input);
export const modifyTargetGroupAttributes = (group: TargetGroupRecord, current: Record<string, string>, input: unknown) =>
  modify('Target group', targetGroupSpecs(group), current, input);

export const attributeList = (attributes: Record<string, string>) => Object.entries(attributes).map(([Key, Value]) => ({ Key, Value }));
