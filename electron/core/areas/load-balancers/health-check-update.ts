import { ModifyTargetGroupCommand, type ElasticLoadBalancingV2Client, type ModifyTargetGroupInput } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { UpdateHealthCheckInput } from '../../../../shared/contract/load-balancers';
import { healthCheckRefusals } from './elb-field-errors';

/**
 * The form's health check as ModifyTargetGroup's members. A path and a matcher (HttpCode) only
 * mean something to HTTP and HTTPS checks; AWS refuses them on TCP ones, so they are not sent.
 */
export function modifyTargetGroupInput(input: UpdateHealthCheckInput): ModifyTargetGroupInput {
  const check = input.healthCheck;
  const web = check.protocol === 'HTTP' || check.protocol === 'HTTPS';
  return {
    TargetGroupArn: input.targetGroupArn,
    HealthCheckProtocol: check.protocol,
    HealthCheckPort: check.port,
    HealthCheckIntervalSeconds: check.intervalSeconds,
    HealthCheckTimeoutSeconds: check.timeoutSeconds,
    HealthyThresholdCount: check.healthyThreshold,
    UnhealthyThresholdCount: check.unhealthyThreshold,
    ...(web && check.path !== undefined ? { HealthCheckPath: check.path } : {}),
    ...(web && check.matcher !== undefined ? { Matcher: { HttpCode: check.matcher } } : {}),
  };
}

export async function updateHealthCheck(elbv2: ElasticLoadBalancingV2Client, input: UpdateHealthCheckInput, signal: AbortSignal): Promise<{ updated: true }> {
  await healthCheckRefusals(() => elbv2.send(new ModifyTargetGroupCommand(modifyTargetGroupInput(input)), { abortSignal: signal }));
  return { updated: true };
}
