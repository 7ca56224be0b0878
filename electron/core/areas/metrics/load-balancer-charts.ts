import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';

/**
 * The charts of a load balancer's dashboard. ELB publishes under AWS/ApplicationELB or
 * AWS/NetworkELB with the ARN's tail as dimension values: LoadBalancer `app/<name>/<id>`,
 * TargetGroup `targetgroup/<name>/<id>`. Host counts exist only per target group.
 */

export type ElbKind = 'application' | 'network';

export const ELB_NAMESPACES: Record<ElbKind, string> = { application: 'AWS/ApplicationELB', network: 'AWS/NetworkELB' };

export interface ElbLine {
  metricName: string;
  /** A CloudWatch statistic: `Sum`, `Average`, `Minimum`, or an extended one such as `p99`. */
  stat: string;
  label: string;
  /** Per target group (host counts) or for the whole load balancer. */
  perTargetGroup: boolean;
}

export interface ElbChartSpec {
  id: string;
  title: string;
  unit: string;
  /** Multiplies CloudWatch's values (and alarm thresholds) into `unit`. */
  scale: number;
  lines: ElbLine[];
}

const SECONDS_TO_MS = 1000;

/**
 * CloudWatch's recommended alarms read HealthyHostCount at Minimum and UnHealthyHostCount at
 * Maximum: the worst moment of the period, so a target that flapped unhealthy for a minute shows.
 */
const HOSTS: ElbChartSpec = {
  id: 'lb-hosts',
  title: 'Healthy and unhealthy hosts',
  unit: 'count',
  scale: 1,
  lines: [
    { metricName: 'HealthyHostCount', stat: 'Minimum', label: 'Healthy', perTargetGroup: true },
    { metricName: 'UnHealthyHostCount', stat: 'Maximum', label: 'Unhealthy', perTargetGroup: true },
  ],
};

const whole = (metricName: string, stat: string, label: string): ElbLine => ({ metricName, stat, label, perTargetGroup: false });

export const ELB_CHARTS: Record<ElbKind, readonly ElbChartSpec[]> = {
  application: [
    HOSTS,
    { id: 'lb-requests', title: 'Requests', unit: 'count', scale: 1, lines: [whole('RequestCount', 'Sum', 'Requests')] },
    {
      id: 'lb-response-time',
      title: 'Target response time',
      unit: 'ms',
      scale: SECONDS_TO_MS,
      lines: [whole('TargetResponseTime', 'Average', 'Average'), whole('TargetResponseTime', 'p99', 'p99')],
    },
    { id: 'lb-errors', title: 'Target 5XX errors', unit: 'count', scale: 1, lines: [whole('HTTPCode_Target_5XX_Count', 'Sum', 'Target 5XX')] },
  ],
  network: [
    HOSTS,
    { id: 'lb-flows', title: 'Active flows', unit: 'count', scale: 1, lines: [whole('ActiveFlowCount', 'Average', 'Active flows')] },
    { id: 'lb-bytes', title: 'Processed bytes', unit: 'bytes', scale: 1, lines: [whole('ProcessedBytes', 'Sum', 'Processed bytes')] },
  ],
};

const LOAD_BALANCER_ARN = /:loadbalancer\/((app|net|gwy)\/[^/]+\/[^/]+)$/;
const TARGET_GROUP_ARN = /:(targetgroup\/[^/]+\/[^/]+)$/;

/** The LoadBalancer dimension value (`app/<name>/<id>`) and the kind, from the ARN. */
export function loadBalancerDimension(arn: string): { value: string; kind: ElbKind } | undefined {
  const match = LOAD_BALANCER_ARN.exec(arn);
  if (!match?.[1] || match[2] === 'gwy') return undefined;
  return { value: match[1], kind: match[2] === 'net' ? 'network' : 'application' };
}

/** The TargetGroup dimension value (`targetgroup/<name>/<id>`), from the ARN. */
export function targetGroupDimension(arn: string): string | undefined {
  return TARGET_GROUP_ARN.exec(arn)?.[1];
}

/**
 * Whether an alarm watches this metric of this load balancer: the whole load balancer, or one of
 * its target groups. Alarms per Availability Zone watch a slice the chart does not draw.
 */
export function watchesLoadBalancerMetric(alarm: MetricAlarm, metric: { namespace: string; metricName: string }, loadBalancer: string, targetGroups: readonly string[]): boolean {
  if (alarm.Namespace !== metric.namespace || alarm.MetricName !== metric.metricName) return false;
  const dimensions = alarm.Dimensions ?? [];
  const value = (name: string) => dimensions.find((d) => d.Name === name)?.Value;
  if (value('LoadBalancer') !== loadBalancer) return false;
  const group = value('TargetGroup');
  if (group === undefined) return dimensions.length === 1;
  return dimensions.length === 2 && targetGroups.includes(group);
}
