import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { DescribeEndpointCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { ChartSeries, MetricDashboard, MetricRange } from '../../../../shared/domain/metrics';
import { watchesVariantMetric } from './alarm-thresholds';
import { dashboardChart, dashboardOf } from './dashboard-chart';
import { ENDPOINT_CHARTS, INSTANCE_NAMESPACE, type EndpointChartSpec, type MetricLine } from './endpoint-charts';
import { getMetricData, type MetricQuery } from './metric-data';
import { columnOf, emptyChartNote } from './chart-columns';
import { metricWindow, windowTimestamps, type MetricWindow } from './metric-window';
import { thresholdAlarms } from './threshold-alarms';

export interface DashboardDeps {
  sagemaker: SageMakerClient;
  cloudwatch: CloudWatchClient;
  now: () => number;
  signal: AbortSignal;
}

interface PlannedLine {
  chart: EndpointChartSpec;
  line: MetricLine;
  variant: string;
}

function plan(variants: string[]): PlannedLine[] {
  return ENDPOINT_CHARTS.flatMap((chart) => variants.flatMap((variant) => chart.lines.map((line) => ({ chart, line, variant }))));
}

function queryOf(endpointName: string, planned: PlannedLine): MetricQuery {
  return {
    namespace: planned.line.namespace,
    metricName: planned.line.metricName,
    dimensions: [
      { name: 'EndpointName', value: endpointName },
      { name: 'VariantName', value: planned.variant },
    ],
    stat: planned.line.stat,
  };
}

function whyEmpty(chart: EndpointChartSpec, window: MetricWindow, variants: string[], status: string | undefined): string {
  if (variants.length === 0) return `The endpoint has no production variant serving yet (status ${status ?? 'unknown'}): nothing publishes ${chart.title.toLowerCase()}.`;
  const metricNames = [...new Set(chart.lines.map((l) => l.metricName))].join(' and ');
  const instanceHint = chart.lines.some((l) => l.namespace === INSTANCE_NAMESPACE) ? ' Instance metrics come only from instance-backed variants (serverless ones publish fewer).' : '';
  return emptyChartNote(window, `${metricNames} under ${chart.lines[0]?.namespace ?? ''}`) + instanceHint;
}

/**
 * An endpoint's dashboard: DescribeEndpoint for its variants, then every series of every chart
 * (per variant) in ONE GetMetricData call, and DescribeAlarms for the thresholds on those metrics.
 * The period is the finest CloudWatch keeps at the range's start that gives at most 1,440 points a
 * series (1 day at 1 minute, 2 weeks at 15 minutes) and fits the call in 100,800 datapoints.
 */
export async function endpointDashboard(deps: DashboardDeps, endpointName: string, range: MetricRange): Promise<MetricDashboard> {
  const endpoint = await deps.sagemaker.send(new DescribeEndpointCommand({ EndpointName: endpointName }), { abortSignal: deps.signal });
  const variants = (endpoint.ProductionVariants ?? []).map((v) => v.VariantName ?? '').filter(Boolean);
  const planned = plan(variants);
  const window = metricWindow(range, deps.now(), { queries: planned.length });
  const [data, thresholds] = await Promise.all([
    getMetricData(deps.cloudwatch, planned.map((p) => queryOf(endpointName, p)), window, deps.signal),
    thresholdAlarms(deps.cloudwatch, deps.signal),
  ]);
  const timestamps = windowTimestamps(window);
  const several = variants.length > 1;
  const charts = ENDPOINT_CHARTS.map((chart) => {
    const series: ChartSeries[] = [];
    planned.forEach((p, index) => {
      if (p.chart !== chart) return;
      series.push({ label: several ? `${p.line.label} · ${p.variant}` : p.line.label, values: columnOf(timestamps, data.values[index], chart.scale) });
    });
    const metrics = [...new Map(chart.lines.map((l) => [`${l.namespace}|${l.metricName}`, l])).values()];
    const alarms = thresholds.alarms.filter((alarm) => metrics.some((m) => watchesVariantMetric(alarm, m, endpointName, variants)));
    return dashboardChart(chart, { timestamps, series, alarms, window, whyEmpty: () => whyEmpty(chart, window, variants, endpoint.EndpointStatus) });
  });
  return dashboardOf(window, charts, [...data.notes, ...(thresholds.note ? [thresholds.note] : [])]);
}
