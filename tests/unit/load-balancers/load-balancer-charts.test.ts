import { describe, expect, it } from 'vitest';
import { ELB_CHARTS, loadBalancerDimension, targetGroupDimension, watchesLoadBalancerMetric } from '../../../electron/core/areas/metrics/load-balancer-charts';

const ALB = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/churn-internal-alb/50dc6c495c0c9188';
const NLB = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/churn-nlb/1a2b3c4d5e6f7a8b';
const TG = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/churn-inference-proxy/73e2d6bc24d8a067';

describe('ELB dimensions from ARNs', () => {
  it('takes the LoadBalancer value and kind, and the TargetGroup value, from the ARN\'s tail', () => {
    expect(loadBalancerDimension(ALB)).toEqual({ value: 'app/churn-internal-alb/50dc6c495c0c9188', kind: 'application' });
    expect(loadBalancerDimension(NLB)).toEqual({ value: 'net/churn-nlb/1a2b3c4d5e6f7a8b', kind: 'network' });
    expect(loadBalancerDimension(ALB.replace('/app/', '/gwy/'))).toBeUndefined();
    expect(targetGroupDimension(TG)).toBe('targetgroup/churn-inference-proxy/73e2d6bc24d8a067');
  });

  it('charts an ALB\'s hosts, requests, response time and 5XX, an NLB\'s hosts, flows and bytes', () => {
    expect(ELB_CHARTS.application.map((c) => c.id)).toEqual(['lb-hosts', 'lb-requests', 'lb-response-time', 'lb-errors']);
    expect(ELB_CHARTS.network.map((c) => c.id)).toEqual(['lb-hosts', 'lb-flows', 'lb-bytes']);
    expect(ELB_CHARTS.application.find((c) => c.id === 'lb-response-time')).toMatchObject({ unit: 'ms', scale: 1000 });
  });
});

describe('watchesLoadBalancerMetric', () => {
  const lb = 'app/churn-internal-alb/50dc6c495c0c9188';
  const group = 'targetgroup/churn-inference-proxy/73e2d6bc24d8a067';
  const alarm = (dimensions: Record<string, string>, metricName = 'HealthyHostCount') => ({
    Namespace: 'AWS/ApplicationELB',
    MetricName: metricName,
    Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })),
  });
  const metric = { namespace: 'AWS/ApplicationELB', metricName: 'HealthyHostCount' };

  it('matches alarms on the load balancer or one of its target groups', () => {
    expect(watchesLoadBalancerMetric(alarm({ LoadBalancer: lb, TargetGroup: group }), metric, lb, [group])).toBe(true);
    expect(watchesLoadBalancerMetric(alarm({ LoadBalancer: lb }, 'RequestCount'), { ...metric, metricName: 'RequestCount' }, lb, [group])).toBe(true);
  });

  it('ignores other load balancers, other groups, zone slices and other metrics', () => {
    expect(watchesLoadBalancerMetric(alarm({ LoadBalancer: 'app/other/1', TargetGroup: group }), metric, lb, [group])).toBe(false);
    expect(watchesLoadBalancerMetric(alarm({ LoadBalancer: lb, TargetGroup: 'targetgroup/other/2' }), metric, lb, [group])).toBe(false);
    expect(watchesLoadBalancerMetric(alarm({ LoadBalancer: lb, TargetGroup: group, AvailabilityZone: 'us-east-1a' }), metric, lb, [group])).toBe(false);
    expect(watchesLoadBalancerMetric(alarm({ LoadBalancer: lb, TargetGroup: group }, 'UnHealthyHostCount'), metric, lb, [group])).toBe(false);
  });
});
