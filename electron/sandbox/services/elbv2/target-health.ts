import type { FaultKind, TargetGroupRecord, TargetRecord } from './model';

/** DescribeTargetHealth's TargetHealth: state, reason code and AWS's description text. */
export interface TargetHealthView {
  State: 'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining' | 'unavailable';
  Reason?: string;
  Description?: string;
}

/** The status a `responseCode` fault answers with (an inference proxy whose model is down). */
export const FAULT_STATUS = 502;

export const HEALTH = {
  registering: { State: 'initial', Reason: 'Elb.RegistrationInProgress', Description: 'Target registration is in progress' },
  initialChecks: { State: 'initial', Reason: 'Elb.InitialHealthChecking', Description: 'Initial health checks in progress' },
  notInUse: { State: 'unused', Reason: 'Target.NotInUse', Description: 'Target group is not configured to receive traffic from the load balancer' },
  zoneNotEnabled: { State: 'unused', Reason: 'Target.NotInUse', Description: 'Target is in an Availability Zone that is not enabled for the load balancer' },
  notRegistered: { State: 'unused', Reason: 'Target.NotRegistered', Description: 'Target is not registered to the target group' },
  draining: { State: 'draining', Reason: 'Target.DeregistrationInProgress', Description: 'Target deregistration is in progress' },
  checksDisabled: { State: 'unavailable', Reason: 'Target.HealthCheckDisabled', Description: 'Health checks are disabled' },
} as const satisfies Record<string, TargetHealthView>;

export const isNetworkGroup = (group: Pick<TargetGroupRecord, 'protocol'>): boolean =>
  group.protocol !== undefined && ['TCP', 'TLS', 'UDP', 'TCP_UDP'].includes(group.protocol);

/** Does `status` satisfy a matcher such as "200", "200,202" or "200-299"? */
export function matches(httpCode: string | undefined, status: number): boolean {
  return (httpCode ?? '200').split(',').some((part) => {
    const [low, high] = part.trim().split('-').map(Number);
    return high === undefined ? status === low : low !== undefined && status >= low && status <= high;
  });
}

type CheckResult = { passed: true } | { passed: false; reason: string; description: string };

/**
 * One health check of a target that fails as `fault` says. ALBs report why (ResponseCodeMismatch,
 * Timeout, FailedHealthChecks); NLBs report every failure as Target.FailedHealthChecks (the API
 * reference: the first two apply only to Application and Gateway Load Balancers), and a TCP
 * check only sees whether the port answers, not HTTP codes.
 */
export function checkOnce(group: TargetGroupRecord, fault: FaultKind): CheckResult {
  const protocol = group.healthCheck.protocol ?? 'HTTP';
  const network = isNetworkGroup(group);
  const failed = (reason: string, description: string): CheckResult =>
    network ? { passed: false, reason: 'Target.FailedHealthChecks', description: 'Health checks failed' } : { passed: false, reason, description };
  switch (fault) {
    case 'timeout':
      return failed('Target.Timeout', 'Request timed out');
    case 'connection':
      return failed('Target.FailedHealthChecks', 'Health checks failed');
    case 'responseCode':
      if (protocol === 'TCP' || matches(group.healthCheck.matcher?.HttpCode, FAULT_STATUS)) return { passed: true };
      return failed('Target.ResponseCodeMismatch', `Health checks failed with these codes: [${FAULT_STATUS}]`);
    default:
      return { passed: true };
  }
}

/**
 * Moves a target along AWS's health states after one check. A new ALB target is healthy after
 * one passing check ("After your target is registered, it must pass one health check to be
 * considered healthy", ALB guide, Health checks for target groups); a new NLB target after the
 * healthy threshold. An unhealthy target needs `HealthyThresholdCount` consecutive passes, a
 * healthy or new one turns unhealthy after `UnhealthyThresholdCount` consecutive failures.
 */
export function applyCheck(group: TargetGroupRecord, target: TargetRecord): void {
  const result = checkOnce(group, target.fault);
  target.checks += 1;
  if (result.passed) {
    target.consecutivePasses += 1;
    target.consecutiveFailures = 0;
  } else {
    target.consecutiveFailures += 1;
    target.consecutivePasses = 0;
  }
  const healthyThreshold = group.healthCheck.healthyThreshold ?? 5;
  const unhealthyThreshold = group.healthCheck.unhealthyThreshold ?? 2;
  const becomeHealthy = () => {
    target.state = 'healthy';
    delete target.reason;
    delete target.description;
  };
  if (!result.passed) {
    if (target.state === 'unhealthy' || target.consecutiveFailures >= unhealthyThreshold) {
      target.state = 'unhealthy';
      target.reason = result.reason;
      target.description = result.description;
    }
    return;
  }
  if (target.state === 'initial' && target.consecutivePasses >= (isNetworkGroup(group) ? healthyThreshold : 1)) becomeHealthy();
  else if (target.state === 'unhealthy' && target.consecutivePasses >= healthyThreshold) becomeHealthy();
}

/** Forget health-check progress (the group left use, or its checks were reconfigured). */
export function restartChecks(target: TargetRecord): void {
  if (target.state === 'draining') return;
  target.state = 'initial';
  target.checks = 0;
  target.consecutivePasses = 0;
  target.consecutiveFailures = 0;
  delete target.reason;
  delete target.description;
}

/** What DescribeTargetHealth reports for a registered target, given whether its group is in use. */
export function healthView(group: TargetGroupRecord, target: TargetRecord, use: { inUse: boolean; zones: string[] }): TargetHealthView {
  if (target.state === 'draining') return HEALTH.draining;
  if (!use.inUse) return HEALTH.notInUse;
  const zone = target.availabilityZone;
  if (zone !== undefined && zone !== 'all' && !use.zones.includes(zone)) return HEALTH.zoneNotEnabled;
  if (!group.healthCheck.enabled) return HEALTH.checksDisabled;
  if (target.state === 'healthy') return { State: 'healthy' };
  if (target.state === 'unhealthy') return { State: 'unhealthy', Reason: target.reason ?? 'Target.FailedHealthChecks', Description: target.description ?? 'Health checks failed' };
  return target.checks === 0 ? HEALTH.registering : HEALTH.initialChecks;
}
