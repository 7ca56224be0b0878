import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { ElasticLoadBalancingV2Client, TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { ChartSeries, MetricChart, MetricDashboard, MetricRange } from '../../../../shared/domain/metrics';
import { SageDeckError } from '../../../../shared/errors';
import { describeTargetGroupPages } from '../load-balancers/target-group-pages';
import { columnOf, emptyChartNote } from './chart-columns';
import { dashboardChart, dashboardOf } from './dashboard-chart';
import { ELB_CHARTS, ELB_NAMESPACES, loadBalancerDimension, targetGroupDimension, watchesLoadBalancerMetric, type ElbChartSpec, type ElbKind, type ElbLine } from './load-balancer-charts';
import { getMetricData, type MetricQuery } from './metric-data';
import { metricWindow, windowTimestamps, type MetricWindow } from './metric-window';
import { thresholdAlarms } from './threshold-alarms';

export interface LoadBalancerDashboardDeps {
  elbv2: ElasticLoadBalancingV2Client;
  cloudwatch: CloudWatchClient;
  now: () => number;
  signal: AbortSignal;
}

interface Group {
  name: string;
  dimension: string;
}

interface PlannedLine {
  chart: ElbChartSpec;
  line: ElbLine;
  /** Set for per-target-group lines. */
  group?: Group;
}

function plan(kind: ElbKind, groups: Group[]): PlannedLine[] {
  return ELB_CHARTS[kind].flatMap((chart) => chart.lines.flatMap((line) => (line.perTargetGroup ? groups.map((group) => ({ chart, line, group })) : [{ chart, line }])));
}

function queryOf(namespace: string, loadBalancer: string, planned: PlannedLine): MetricQuery {
  return {
    namespace,
    metricName: planned.line.metricName,
    dimensions: [{ name: 'LoadBalancer', value: loadBalancer }, ...(planned.group ? [{ name: 'TargetGroup', value: planned.group.dimension }] : [])],
    stat: planned.line.stat,
  };
}

const isNotFound = (error: unknown) => error instanceof Error && /^LoadBalancerNotFound(Exception)?$/.test(error.name);

async function targetGroupsOf(elbv2: ElasticLoadBalancingV2Client, arn: string, signal: AbortSignal): Promise<TargetGroup[]> {
  try {
    return await describeTargetGroupPages(elbv2, { LoadBalancerArn: arn }, signal);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new SageDeckError({ code: 'LoadBalancerNotFound', message: `There is no load balancer ${arn} in this account and region: it may have been deleted. Go back to the list.`, retryable: false });
  }
}

function whyEmpty(chart: ElbChartSpec, window: MetricWindow, namespace: string, groups: Group[]): string {
  if (window.beyondRetention) return emptyChartNote(window, '');
  if (groups.length === 0 && chart.lines.every((l) => l.perTargetGroup)) return 'The load balancer forwards to no target group: host counts exist only per target group.';
  const metricNames = [...new Set(chart.lines.map((l) => l.metricName))].join(' and ');
  return `No ${metricNames} under ${namespace} in this range: the load balancer published none then (no traffic, or not active yet).`;
}

/**
 * A load balancer's dashboard: its target groups (DescribeTargetGroups), then every series of
 * every chart (host counts per target group) in ONE GetMetricData call, and the thresholds of
 * alarms on those metrics. ALB: hosts, requests, target response time (ms), target 5XX; NLB:
 * hosts, active flows, processed bytes.
 */
export async function loadBalancerDashboard(deps: LoadBalancerDashboardDeps, arn: string, range: MetricRange): Promise<MetricDashboard> {
  const lb = loadBalancerDimension(arn);
  if (!lb) throw new SageDeckError({ code: 'InvalidInput', message: 'Charts are drawn for application and network load balancers; Gateway Load Balancers publish other metrics.', retryable: false });
  const namespace = ELB_NAMESPACES[lb.kind];
  const groups = (await targetGroupsOf(deps.elbv2, arn, deps.signal))
    .flatMap((g) => {
      const dimension = targetGroupDimension(g.TargetGroupArn ?? '');
      return dimension ? [{ name: g.TargetGroupName ?? dimension, dimension }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const planned = plan(lb.kind, groups);
  const window = metricWindow(range, deps.now(), { queries: planned.length });
  const [data, thresholds] = await Promise.all([
    getMetricData(deps.cloudwatch, planned.map((p) => queryOf(namespace, lb.value, p)), window, deps.signal),
    thresholdAlarms(deps.cloudwatch, deps.signal),
  ]);
  const timestamps = windowTimestamps(window);
  const several = groups.length > 1;
  const groupDimensions = groups.map((g) => g.dimension);
  const charts = ELB_CHARTS[lb.kind].map((chart): MetricChart => {
    const series: ChartSeries[] = [];
    planned.forEach((p, index) => {
      if (p.chart !== chart) return;
      series.push({ label: p.group && several ? `${p.line.label} · ${p.group.name}` : p.line.label, values: columnOf(timestamps, data.values[index], chart.scale) });
    });
    const metrics = [...new Set(chart.lines.map((l) => l.metricName))].map((metricName) => ({ namespace, metricName }));
    const alarms = thresholds.alarms.filter((alarm) => metrics.some((m) => watchesLoadBalancerMetric(alarm, m, lb.value, groupDimensions)));
    return dashboardChart(chart, { timestamps, series, alarms, window, whyEmpty: () => whyEmpty(chart, window, namespace, groups) });
  });
  return dashboardOf(window, charts, [...data.notes, ...(thresholds.note ? [thresholds.note] : [])]);
}
