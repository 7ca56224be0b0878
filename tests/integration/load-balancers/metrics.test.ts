import { PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MetricChart, MetricDashboard } from '../../../shared/domain/metrics';
import { DEMO, startLbWorld, type LbWorld } from './lb-harness';

let world: LbWorld;
let lbArn: string;

beforeEach(async () => {
  world = await startLbWorld();
  lbArn = (await world.describe()).summary.arn;
});

afterEach(async () => {
  await world.close();
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
    const group = await world.group();
    await world.cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'churn-alb-healthy-hosts',
        Namespace: 'AWS/ApplicationELB',
        MetricName: 'HealthyHostCount',
        Dimensions: [
          { Name: 'LoadBalancer', Value: lbArn.split(':loadbalancer/')[1] },
          { Name: 'TargetGroup', Value: group.arn.split(':').at(-1) },
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

  it('says a load balancer that is not there is gone', async () => {
    const error = await world.fail('metrics.loadBalancer', { arn: lbArn.replace(/\/[0-9a-f]+$/, '/0123456789abcdef'), range: HOUR });
    expect(error.code).toBe('LoadBalancerNotFound');
    expect(error.message).toMatch(/may have been deleted/);
  });
});
