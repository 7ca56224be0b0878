import type { TargetGroup, TargetGroupAttribute } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { HealthCheckSettings, HealthCounts, TargetGroupView } from '../../../../shared/domain/load-balancers';

/** AWS's health-check settings of a target group as the detail shows and the edit form starts from. */
export function healthCheckSettings(group: TargetGroup): HealthCheckSettings {
  return {
    enabled: group.HealthCheckEnabled ?? true,
    protocol: group.HealthCheckProtocol ?? group.Protocol ?? 'HTTP',
    port: group.HealthCheckPort ?? 'traffic-port',
    ...(group.HealthCheckPath ? { path: group.HealthCheckPath } : {}),
    intervalSeconds: group.HealthCheckIntervalSeconds ?? 30,
    timeoutSeconds: group.HealthCheckTimeoutSeconds ?? 5,
    healthyThreshold: group.HealthyThresholdCount ?? 5,
    unhealthyThreshold: group.UnhealthyThresholdCount ?? 2,
    ...(group.Matcher?.HttpCode ? { matcher: group.Matcher.HttpCode } : {}),
  };
}

/** `deregistration_delay.timeout_seconds` from DescribeTargetGroupAttributes, when AWS gave it. */
export function deregistrationDelay(attributes: TargetGroupAttribute[] | undefined): number | undefined {
  const value = attributes?.find((a) => a.Key === 'deregistration_delay.timeout_seconds')?.Value;
  return value === undefined || value === '' || Number.isNaN(Number(value)) ? undefined : Number(value);
}

export function targetGroupView(
  group: TargetGroup,
  extras: { attributes: TargetGroupAttribute[] | undefined; tags: Record<string, string>; health: HealthCounts | undefined },
): TargetGroupView {
  const delay = deregistrationDelay(extras.attributes);
  return {
    arn: group.TargetGroupArn ?? '',
    name: group.TargetGroupName ?? '',
    ...(group.Protocol ? { protocol: group.Protocol } : {}),
    ...(group.Port !== undefined ? { port: group.Port } : {}),
    targetType: group.TargetType ?? 'instance',
    ...(group.VpcId ? { vpcId: group.VpcId } : {}),
    loadBalancerArns: group.LoadBalancerArns ?? [],
    healthCheck: healthCheckSettings(group),
    ...(delay !== undefined ? { deregistrationDelaySeconds: delay } : {}),
    ...(extras.health ? { health: extras.health } : {}),
    tags: extras.tags,
  };
}
