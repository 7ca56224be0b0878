import { asBool, asRecord, asString } from '../../protocols/values';
import type { Checker } from '../cloudwatch/input';
import { validationError } from './errors';
import type { HealthCheckSettings, TargetGroupRecord } from './model';

const HEALTH_CHECK_PROTOCOLS = ['HTTP', 'HTTPS', 'TCP'] as const;
const MATCHER = /^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/;

/** The health-check members of CreateTargetGroup / ModifyTargetGroup, shape-checked (ranges from the API reference). */
export function readHealthCheckInput(check: Checker, input: Record<string, unknown>): Partial<HealthCheckSettings> {
  const out: Partial<HealthCheckSettings> = {};
  const protocol = check.string(input.HealthCheckProtocol, 'healthCheckProtocol', { enum: HEALTH_CHECK_PROTOCOLS });
  const port = check.string(input.HealthCheckPort, 'healthCheckPort', { max: 5000 });
  const path = check.string(input.HealthCheckPath, 'healthCheckPath', { min: 1, max: 1024 });
  const interval = check.integer(input.HealthCheckIntervalSeconds, 'healthCheckIntervalSeconds', { min: 5, max: 300 });
  const timeout = check.integer(input.HealthCheckTimeoutSeconds, 'healthCheckTimeoutSeconds', { min: 2, max: 120 });
  const healthy = check.integer(input.HealthyThresholdCount, 'healthyThresholdCount', { min: 2, max: 10 });
  const unhealthy = check.integer(input.UnhealthyThresholdCount, 'unhealthyThresholdCount', { min: 2, max: 10 });
  const enabled = asBool(input.HealthCheckEnabled);
  const matcher = asRecord(input.Matcher);
  if (protocol !== undefined) out.protocol = protocol;
  if (port !== undefined) out.port = port;
  if (path !== undefined) out.path = path;
  if (interval !== undefined) out.intervalSeconds = interval;
  if (timeout !== undefined) out.timeoutSeconds = timeout;
  if (healthy !== undefined) out.healthyThreshold = healthy;
  if (unhealthy !== undefined) out.unhealthyThreshold = unhealthy;
  if (enabled !== undefined) out.enabled = enabled;
  if (matcher) {
    const httpCode = asString(matcher.HttpCode);
    const grpcCode = asString(matcher.GrpcCode);
    out.matcher = { ...(httpCode !== undefined ? { HttpCode: httpCode } : {}), ...(grpcCode !== undefined ? { GrpcCode: grpcCode } : {}) };
  }
  return out;
}

/**
 * AWS's defaults (CreateTargetGroup in the ELBv2 API reference): HTTP(S) groups check with their
 * own protocol on `/`, matcher 200, timeout 6 s (HTTP) or 10 s (HTTPS, TCP, TLS); network groups
 * check TCP; interval 30 s, healthy 5, unhealthy 2; lambda groups are not checked unless enabled
 * (then interval 35 s, timeout 30 s, healthy 5, unhealthy 2).
 */
export function defaultHealthCheck(group: Pick<TargetGroupRecord, 'targetType' | 'protocol'>): HealthCheckSettings {
  if (group.targetType === 'lambda')
    return { enabled: false, path: '/', intervalSeconds: 35, timeoutSeconds: 30, healthyThreshold: 5, unhealthyThreshold: 2, matcher: { HttpCode: '200' } };
  const web = group.protocol === 'HTTP' || group.protocol === 'HTTPS';
  return {
    enabled: true,
    protocol: web ? group.protocol : 'TCP',
    port: 'traffic-port',
    ...(web ? { path: '/', matcher: { HttpCode: '200' } } : {}),
    intervalSeconds: 30,
    timeoutSeconds: group.protocol === 'HTTP' ? 6 : 10,
    healthyThreshold: 5,
    unhealthyThreshold: 2,
  };
}

/** Applies a change to the settings and checks the combination, as Create/ModifyTargetGroup do. */
export function mergeHealthCheck(group: Pick<TargetGroupRecord, 'targetType' | 'protocol'>, base: HealthCheckSettings, change: Partial<HealthCheckSettings>): HealthCheckSettings {
  const next: HealthCheckSettings = { ...base, ...change };
  if (group.targetType !== 'lambda' && !next.enabled)
    throw validationError(`Health checks cannot be disabled for target groups with target type '${group.targetType}'`);
  const web = group.protocol === 'HTTP' || group.protocol === 'HTTPS';
  if (web && next.protocol === 'TCP') throw validationError(`Health check protocol 'TCP' is not supported for target groups with the protocol '${group.protocol ?? ''}'`);
  if (change.protocol !== undefined && change.protocol !== 'TCP') {
    next.path ??= '/';
    next.matcher ??= { HttpCode: web ? '200' : '200-399' };
  }
  if (next.protocol === 'TCP') {
    if (change.path !== undefined) throw validationError('Health check path cannot be set when the health check protocol is TCP');
    if (change.matcher !== undefined) throw validationError('Health check matcher cannot be set when the health check protocol is TCP');
    delete next.path;
    delete next.matcher;
  }
  if (next.port !== undefined && next.port !== 'traffic-port') {
    const port = Number(next.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw validationError("Health check port must be 'traffic-port' or a number from 1 to 65535");
  }
  if (next.path !== undefined && !next.path.startsWith('/')) throw validationError("Health check path must begin with a '/' character");
  const httpCode = next.matcher?.HttpCode;
  if (httpCode !== undefined && !MATCHER.test(httpCode)) throw validationError(`Invalid value '${httpCode}' for Matcher HttpCode: use a code, a list (200,202) or a range (200-299)`);
  if ((next.timeoutSeconds ?? 0) >= (next.intervalSeconds ?? 0)) throw validationError('Health check interval must be greater than the timeout.');
  return next;
}

/** The TargetGroup members that describe health checks, as AWS lists them. */
export function healthCheckView(settings: HealthCheckSettings): Record<string, unknown> {
  return {
    HealthCheckProtocol: settings.protocol,
    HealthCheckPort: settings.port,
    HealthCheckEnabled: settings.enabled,
    HealthCheckIntervalSeconds: settings.intervalSeconds,
    HealthCheckTimeoutSeconds: settings.timeoutSeconds,
    HealthyThresholdCount: settings.healthyThreshold,
    UnhealthyThresholdCount: settings.unhealthyThreshold,
    HealthCheckPath: settings.path,
    Matcher: settings.matcher,
  };
}
