import { PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CreateListenerCommand, CreateLoadBalancerCommand, CreateTargetGroupCommand, RegisterTargetsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { LoadBalancerPage } from '../../../shared/domain/load-balancers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MetricChart, MetricDashboard } from '../../../shared/domain/metrics';
import { DEMO, useLbWorld, type LbWorld } from './lb-harness';

const suite = useLbWorld();
let world: LbWorld;
let lbArn: string;
beforeEach(async () => {
  ({ world } = suite);
  lbArn = (await world.describe()).summary.arn;
  world.sandbox.control.resetCounters();
});

const HOUR = { kind: 'relative', minutes: 60 } as const;
const dashboard = () => world.ok<MetricDashboard>('metrics.loadBalancer', { arn: lbArn, range: HOUR });
const chart = (d: MetricDashboard, id: string) => d.charts.find((c) => c.id === id) as MetricChart;
const latest = (c: MetricChart, label: string) => c.series.find((s) => s.label === label)?.values.filter((v) => v !== null).at(-1);

describe('metrics.loadBalancer', () => {
  it('charts the ALB\'s hosts, requests, response time (ms) and target 5XX in one GetMetricData call', async () => {
    await world.timers.advance(5 * 60_000);
    world.sandbox.control.resetCounters();
    const d = await dashboard();
    expect(world.sandboxCounters()['monitoring:GetMetricData']).toBe(1);
    expect(world.elbCalls()).toEqual({ DescribeTargetGroups: 1 });
    expect(d.periodSeconds).toBe(60);
    expect(d.charts.map((c) => [c.id, c.unit])).toEqual([
      ['lb-hosts', 'count'],
      ['lb-requests', 'count'],
      ['lb-response-time', 'ms'],
      ['lb-errors', 'count'],
    ]);
    const hosts = chart(d, 'lb-hosts');
    expect(hosts.series.map((s) => s.label)).toEqual(['Healthy', 'Unhealthy']);
    expect([latest(hosts, 'Healthy'), latest(hosts, 'Unhealthy')]).toEqual([2, 1]);
    // The sandbox's load: 120 requests a minute over the two healthy targets, answered in 40–59 ms.
    expect(latest(chart(d, 'lb-requests'), 'Requests')).toBe(120);
    const responseMs = latest(chart(d, 'lb-response-time'), 'Average') ?? 0;
    expect(responseMs).toBeGreaterThanOrEqual(40);
    expect(responseMs).toBeLessThan(60);
    // Healthy targets answer 200: no target 5XX, and the chart says why it is empty.
    expect(chart(d, 'lb-errors').note).toMatch(/No HTTPCode_Target_5XX_Count under AWS\/ApplicationELB in this range/);
  });

  it('shows a target turning unhealthy in the host counts, with the threshold of an alarm on them', async () => {
    await world.cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'churn-alb-healthy-hosts',
        Namespace: 'AWS/ApplicationELB',
        MetricName: 'HealthyHostCount',
        Dimensions: [
          { Name: 'LoadBalancer', Value: lbArn.split(':loadbalancer/')[1] },
          { Name: 'TargetGroup', Value: suite.groupArn.split(':').at(-1) },
        ],
        Statistic: 'Minimum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 2,
        ComparisonOperator: 'LessThanThreshold',
      }),
    );
    await world.fault(DEMO.targets[0], 'timeout');
    await world.timers.advance(5 * 60_000);
    const hosts = chart(await dashboard(), 'lb-hosts');
    expect([latest(hosts, 'Healthy'), latest(hosts, 'Unhealthy')]).toEqual([1, 2]);
    expect(hosts.thresholds).toEqual([{ alarmName: 'churn-alb-healthy-hosts', value: 2, state: expect.any(String), breachesWhen: 'below' }]);
  });

  it('charts an NLB\'s hosts, active flows and processed bytes', async () => {
    const group = await world.elb.send(
      new CreateTargetGroupCommand({ Name: 'churn-tcp', Protocol: 'TCP', Port: 8080, VpcId: 'vpc-0sandbox0000churn', HealthCheckIntervalSeconds: 10, HealthCheckTimeoutSeconds: 5, HealthyThresholdCount: 2 }),
    );
    const groupArn = group.TargetGroups?.[0]?.TargetGroupArn;
    const nlb = await world.elb.send(new CreateLoadBalancerCommand({ Name: 'churn-nlb', Type: 'network', Scheme: 'internal', Subnets: ['subnet-0sandbox0churn1a', 'subnet-0sandbox0churn1b'] }));
    const nlbArn = nlb.LoadBalancers?.[0]?.LoadBalancerArn ?? '';
    await world.elb.send(new CreateListenerCommand({ LoadBalancerArn: nlbArn, Protocol: 'TCP', Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: groupArn }] }));
    await world.elb.send(new RegisterTargetsCommand({ TargetGroupArn: groupArn, Targets: [{ Id: 'i-0a1b2c3d4e5f60011' }, { Id: 'i-0a1b2c3d4e5f60012' }] }));
    await world.timers.advance(5 * 60_000);

    const listed = (await world.ok<LoadBalancerPage>('loadBalancers.list', {})).items.find((lb) => lb.name === 'churn-nlb');
    expect(listed).toMatchObject({ type: 'network', scheme: 'internal', health: { healthy: 2, unhealthy: 0, other: 0 } });
    const d = await world.ok<MetricDashboard>('metrics.loadBalancer', { arn: nlbArn, range: HOUR });
    expect(d.charts.map((c) => [c.id, c.unit])).toEqual([
      ['lb-hosts', 'count'],
      ['lb-flows', 'count'],
      ['lb-bytes', 'bytes'],
    ]);
    expect(latest(chart(d, 'lb-hosts'), 'Healthy')).toBe(2);
    // The sandbox's load: 20 flows a healthy target, 50,000 bytes a flow a minute.
    expect(latest(chart(d, 'lb-flows'), 'Active flows')).toBe(40);
    expect(latest(chart(d, 'lb-bytes'), 'Processed bytes')).toBe(2_000_000);
  });

  it('says a load balancer that is not there is gone', async () => {
    const error = await world.fail('metrics.loadBalancer', { arn: lbArn.replace(/\/[0-9a-f]+$/, '/0123456789abcdef'), range: HOUR });
    expect(error.code).toBe('LoadBalancerNotFound');
    expect(error.message).toMatch(/may have been deleted/);
  });
});
