import type { Where } from '../../types';
import type { ElbContext } from './deps';
import type { ElbStore, TargetRecord } from './model';

export const DEMO = {
  loadBalancer: 'churn-internal-alb',
  targetGroup: 'churn-inference-proxy',
  vpcId: 'vpc-0sandbox0000churn',
  subnets: { 'subnet-0sandbox0churn1a': 'us-east-1a', 'subnet-0sandbox0churn1b': 'us-east-1b', 'subnet-0sandbox0churn1c': 'us-east-1c' },
  targets: { 'i-0a1b2c3d4e5f60001': 'us-east-1a', 'i-0a1b2c3d4e5f60002': 'us-east-1b', 'i-0a1b2c3d4e5f60003': 'us-east-1c' },
  failingTarget: 'i-0a1b2c3d4e5f60003',
  tags: [
    { Key: 'team', Value: 'mlops' },
    // SageDeck's convention: this resource serves that SageMaker endpoint (AWS has no such link).
    { Key: 'sagedeck:endpoint', Value: 'churn-prod' },
  ],
} as const;

type Operations = Record<string, (input: Record<string, unknown>, ctx: ElbContext) => unknown>;

/**
 * The demo's internal ALB in front of churn-prod's inference proxies, made through the operations
 * as a client would, then settled as if it had run for a while: active, two targets healthy and
 * the third failing its checks with 502 (and still failing them: its fault stays on).
 */
export function seedDemoElb(store: ElbStore, operations: Operations, where: Where, now: number): void {
  const region = store.region(where);
  if (Object.values(region.loadBalancers).some((lb) => lb.name === DEMO.loadBalancer)) return;
  for (const [subnet, zone] of Object.entries(DEMO.subnets)) region.subnets[subnet] = { zone, vpcId: DEMO.vpcId };
  for (const [instance, zone] of Object.entries(DEMO.targets)) region.instances[instance] = zone;
  const ctx: ElbContext = where;
  const call = <T>(operation: string, input: Record<string, unknown>) => operations[operation]?.(input, ctx) as T;

  const group = call<{ TargetGroups: { TargetGroupArn: string }[] }>('CreateTargetGroup', {
    Name: DEMO.targetGroup,
    Protocol: 'HTTP',
    Port: 8080,
    VpcId: DEMO.vpcId,
    TargetType: 'instance',
    HealthCheckProtocol: 'HTTP',
    HealthCheckPath: '/ping',
    HealthCheckPort: 'traffic-port',
    HealthCheckIntervalSeconds: 30,
    HealthCheckTimeoutSeconds: 5,
    HealthyThresholdCount: 5,
    UnhealthyThresholdCount: 2,
    Matcher: { HttpCode: '200' },
    Tags: DEMO.tags,
  }).TargetGroups[0]?.TargetGroupArn;
  const lb = call<{ LoadBalancers: { LoadBalancerArn: string }[] }>('CreateLoadBalancer', {
    Name: DEMO.loadBalancer,
    Type: 'application',
    Scheme: 'internal',
    IpAddressType: 'ipv4',
    Subnets: Object.keys(DEMO.subnets),
    Tags: DEMO.tags,
  }).LoadBalancers[0]?.LoadBalancerArn;
  const forward = [{ Type: 'forward', TargetGroupArn: group }];
  const listener = call<{ Listeners: { ListenerArn: string }[] }>('CreateListener', { LoadBalancerArn: lb, Protocol: 'HTTP', Port: 80, DefaultActions: forward }).Listeners[0]?.ListenerArn;
  call('CreateRule', { ListenerArn: listener, Priority: 10, Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/v2/*'] } }], Actions: forward });
  call('RegisterTargets', { TargetGroupArn: group, Targets: Object.keys(DEMO.targets).map((Id) => ({ Id, Port: 8080 })) });

  const balancer = lb ? region.loadBalancers[lb] : undefined;
  if (balancer) balancer.activeAt = balancer.createdAt;
  for (const target of (group ? region.targetGroups[group]?.targets : undefined) ?? []) settle(target, now);
}

function settle(target: TargetRecord, now: number): void {
  target.registeredAt = now;
  target.checks = 5;
  if (target.id !== DEMO.failingTarget) {
    target.state = 'healthy';
    target.consecutivePasses = 5;
    return;
  }
  target.state = 'unhealthy';
  target.reason = 'Target.ResponseCodeMismatch';
  target.description = 'Health checks failed with these codes: [502]';
  target.consecutiveFailures = 5;
  target.fault = 'responseCode';
}
