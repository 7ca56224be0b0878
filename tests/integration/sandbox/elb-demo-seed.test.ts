import { GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MINUTE, startElbSandbox, type ElbSandbox } from './elb-harness';

const TAGS = [{ Key: 'team', Value: 'mlops' }, { Key: 'sagedeck:endpoint', Value: 'churn-prod' }];

describe('the ELBv2 demo seed and its metrics', () => {
  let s: ElbSandbox;
  beforeEach(async () => {
    s = await startElbSandbox({ seed: 'demo' });
  });
  afterEach(async () => {
    await s.stop();
  });

  async function demo() {
    const lb = (await s.elb.send(new DescribeLoadBalancersCommand({ Names: ['churn-internal-alb'] }))).LoadBalancers?.[0];
    const group = (await s.elb.send(new DescribeTargetGroupsCommand({ Names: ['churn-inference-proxy'] }))).TargetGroups?.[0];
    return { lb, group, lbArn: lb?.LoadBalancerArn ?? '', groupArn: group?.TargetGroupArn ?? '' };
  }

  it('has the internal ALB, its listener, rule and tagged target group with one failing target', async () => {
    const { lb, group, lbArn, groupArn } = await demo();
    expect(lb).toMatchObject({ Scheme: 'internal', Type: 'application', IpAddressType: 'ipv4', VpcId: 'vpc-0sandbox0000churn', State: { Code: 'active' } });
    expect(lb?.AvailabilityZones?.map((z) => z.ZoneName)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    expect(group).toMatchObject({
      Protocol: 'HTTP', Port: 8080, TargetType: 'instance', HealthCheckProtocol: 'HTTP', HealthCheckPath: '/ping', HealthCheckPort: 'traffic-port',
      HealthCheckIntervalSeconds: 30, HealthCheckTimeoutSeconds: 5, HealthyThresholdCount: 5, UnhealthyThresholdCount: 2, Matcher: { HttpCode: '200' }, LoadBalancerArns: [lbArn],
    });
    const listener = (await s.elb.send(new DescribeListenersCommand({ LoadBalancerArn: lbArn }))).Listeners?.[0];
    expect(listener).toMatchObject({ Protocol: 'HTTP', Port: 80, DefaultActions: [expect.objectContaining({ Type: 'forward', TargetGroupArn: groupArn })] });
    const rules = (await s.elb.send(new DescribeRulesCommand({ ListenerArn: listener?.ListenerArn }))).Rules ?? [];
    expect(rules.map((r) => [r.Priority, r.Conditions?.[0]?.PathPatternConfig?.Values, r.Actions?.[0]?.TargetGroupArn])).toEqual([['10', ['/v2/*'], groupArn], ['default', undefined, groupArn]]);
    const tags = await s.elb.send(new DescribeTagsCommand({ ResourceArns: [lbArn, groupArn] }));
    expect(tags.TagDescriptions?.map((d) => d.Tags)).toEqual([TAGS, TAGS]);

    const health = (await s.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: groupArn }))).TargetHealthDescriptions ?? [];
    expect(health.map((d) => [d.Target?.Id, d.Target?.Port, d.Target?.AvailabilityZone, d.TargetHealth?.State, d.TargetHealth?.Reason, d.TargetHealth?.Description])).toEqual([
      ['i-0a1b2c3d4e5f60001', 8080, 'us-east-1a', 'healthy', undefined, undefined],
      ['i-0a1b2c3d4e5f60002', 8080, 'us-east-1b', 'healthy', undefined, undefined],
      ['i-0a1b2c3d4e5f60003', 8080, 'us-east-1c', 'unhealthy', 'Target.ResponseCodeMismatch', 'Health checks failed with these codes: [502]'],
    ]);
    // The third target keeps failing: its checks go on answering 502.
    s.clock.advance(10 * MINUTE);
    const later = (await s.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: groupArn }))).TargetHealthDescriptions ?? [];
    expect(later.map((d) => d.TargetHealth?.State)).toEqual(['healthy', 'healthy', 'unhealthy']);
  });

  it('publishes AWS/ApplicationELB host counts and requests each minute, readable through GetMetricData', async () => {
    const { lbArn, groupArn } = await demo();
    const start = new Date(s.clock.now());
    s.clock.advance(3 * MINUTE);
    const LoadBalancer = lbArn.split(':loadbalancer/')[1] ?? '';
    const TargetGroup = groupArn.slice(groupArn.indexOf('targetgroup/'));
    expect(LoadBalancer).toMatch(/^app\/churn-internal-alb\/[0-9a-f]{16}$/);
    const query = (Id: string, MetricName: string, Stat: string, dimensions: Record<string, string>): MetricDataQuery => ({
      Id,
      MetricStat: { Metric: { Namespace: 'AWS/ApplicationELB', MetricName, Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })) }, Period: 60, Stat },
    });
    const read = async (queries: MetricDataQuery[]) => {
      const data = await s.cloudwatch.send(new GetMetricDataCommand({ StartTime: start, EndTime: new Date(s.clock.now()), MetricDataQueries: queries, ScanBy: 'TimestampAscending' }));
      return Object.fromEntries((data.MetricDataResults ?? []).map((r) => [r.Id, r.Values])) as Record<string, number[] | undefined>;
    };
    const both = { LoadBalancer, TargetGroup };
    expect(await read([
      query('healthy', 'HealthyHostCount', 'Average', both),
      query('unhealthy', 'UnHealthyHostCount', 'Average', both),
      query('unhealthyc', 'UnHealthyHostCount', 'Average', { ...both, AvailabilityZone: 'us-east-1c' }),
      query('requests', 'RequestCount', 'Sum', { LoadBalancer }),
      query('errors', 'HTTPCode_Target_5XX_Count', 'Sum', both),
    ])).toEqual({ healthy: [2, 2, 2], unhealthy: [1, 1, 1], unhealthyc: [1, 1, 1], requests: [120, 120, 120], errors: [] });
    const time = await read([query('latency', 'TargetResponseTime', 'Average', both)]);
    expect(time.latency?.every((v) => v >= 0.04 && v < 0.06)).toBe(true);

    // With every target failing, the load balancer fails open: requests reach them and fail.
    for (const targetId of ['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002']) s.sandbox.control.elb.targetFault({ targetGroup: 'churn-inference-proxy', targetId, kind: 'responseCode' });
    s.clock.advance(3 * MINUTE);
    const after = await read([query('healthy', 'HealthyHostCount', 'Average', both), query('errors', 'HTTPCode_Target_5XX_Count', 'Sum', both)]);
    expect(after.healthy?.slice(-2)).toEqual([0, 0]);
    expect(after.errors?.slice(-2)).toEqual([120, 120]);
  });
});
