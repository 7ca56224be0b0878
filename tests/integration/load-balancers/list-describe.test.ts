import { beforeEach, describe, expect, it } from 'vitest';
import type { TargetHealthPage } from '../../../shared/domain/load-balancers';
import { DEMO, useLbWorld, type LbWorld } from './lb-harness';

const suite = useLbWorld();
let world: LbWorld;
beforeEach(() => ({ world } = suite));

describe('loadBalancers.list', () => {
  it('shows the demo ALB: internal, active, its DNS name, the endpoint it serves and 2 healthy / 1 unhealthy targets', async () => {
    const page = await world.list();
    expect(page.notice).toBeUndefined();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      name: DEMO.loadBalancer,
      type: 'application',
      scheme: 'internal',
      state: 'active',
      dnsName: expect.stringMatching(/^internal-churn-internal-alb-.*\.elb\.amazonaws\.com$/),
      vpcId: 'vpc-0sandbox0000churn',
      availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
      tags: { team: 'mlops', 'sagedeck:endpoint': 'churn-prod' },
      servesEndpoint: 'churn-prod',
      health: { healthy: 2, unhealthy: 1, other: 0 },
    });
  });

  it('leaves health out with a plain notice when target health cannot be read', async () => {
    world.sandbox.control.addFault({ operation: 'elasticloadbalancing:DescribeTargetHealth', kind: 'accessDenied' });
    const page = await world.list();
    expect(page.items[0]?.name).toBe(DEMO.loadBalancer);
    expect(page.items[0]).not.toHaveProperty('health');
    expect(page.notice).toMatch(/Target health could not be read for one target group \(AccessDenied.*\).*DescribeTargetHealth permission/);
  });
});

describe('loadBalancers.describe', () => {
  it('shows the HTTP:80 listener forwarding to the target group, the /v2/* rule and the default rule', async () => {
    const detail = await world.describe();
    expect(detail.summary).toMatchObject({ name: DEMO.loadBalancer, scheme: 'internal', servesEndpoint: 'churn-prod', health: { healthy: 2, unhealthy: 1, other: 0 } });
    expect(detail.attributes).toMatchObject({ 'deletion_protection.enabled': 'false', 'idle_timeout.timeout_seconds': '60' });
    expect(detail.listeners).toHaveLength(1);
    const [listener] = detail.listeners;
    expect(listener).toMatchObject({ protocol: 'HTTP', port: 80 });
    const forward = { type: 'forward', targetGroups: [{ arn: expect.stringContaining(':targetgroup/churn-inference-proxy/'), name: DEMO.targetGroup }] };
    expect(listener?.defaultActions).toEqual([forward]);
    expect(listener?.rules.map((r) => ({ priority: r.priority, conditions: r.conditions, actions: r.actions }))).toEqual([
      { priority: '10', conditions: ['path-pattern: /v2/*'], actions: [forward] },
      { priority: 'default', conditions: [], actions: [forward] },
    ]);
    expect(detail.notices).toEqual([]);
  });

  it('shows the target group with its health check, deregistration delay, tags and health', async () => {
    const detail = await world.describe();
    expect(detail.targetGroups).toHaveLength(1);
    expect(detail.targetGroups[0]).toMatchObject({
      name: DEMO.targetGroup,
      protocol: 'HTTP',
      port: 8080,
      targetType: 'instance',
      vpcId: 'vpc-0sandbox0000churn',
      loadBalancerArns: [detail.summary.arn],
      healthCheck: { enabled: true, protocol: 'HTTP', port: 'traffic-port', path: '/ping', intervalSeconds: 30, timeoutSeconds: 5, healthyThreshold: 5, unhealthyThreshold: 2, matcher: '200' },
      deregistrationDelaySeconds: 300,
      tags: { team: 'mlops', 'sagedeck:endpoint': 'churn-prod' },
      health: { healthy: 2, unhealthy: 1, other: 0 },
    });
  });

  it('says a name that is not there is not in this account and region', async () => {
    const error = await world.fail('loadBalancers.describe', { name: 'no-such-alb' });
    expect(error.code).toBe('LoadBalancerNotFound');
    expect(error.message).toMatch(/no load balancer named no-such-alb in this account and region \(us-east-1\)/);
  });
});

describe('loadBalancers.targets', () => {
  it('shows the third target unhealthy with AWS\'s reason, the others healthy', async () => {
    const page = await world.ok<TargetHealthPage>('loadBalancers.targets', { targetGroupArn: suite.groupArn });
    expect(page.targetGroupArn).toBe(suite.groupArn);
    expect(page.items.map((r) => [r.key, r.availabilityZone, r.state, r.reason ?? null])).toEqual([
      ['i-0a1b2c3d4e5f60001:8080', 'us-east-1a', 'healthy', null],
      ['i-0a1b2c3d4e5f60002:8080', 'us-east-1b', 'healthy', null],
      ['i-0a1b2c3d4e5f60003:8080', 'us-east-1c', 'unhealthy', 'Target.ResponseCodeMismatch'],
    ]);
    expect(page.items[2]?.description).toBe('Health checks failed with these codes: [502]');
    // The health-check port is the traffic port: not repeated.
    expect(page.items.every((r) => r.healthCheckPort === undefined)).toBe(true);
  });
});
