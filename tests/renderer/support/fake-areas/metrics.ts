import type { metricsRequests, metricsStreams } from '../../../../shared/contract/metrics';
import type { ChartThreshold, MetricChart, MetricDashboard } from '../../../../shared/domain/metrics';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** The dashboard's charts, as core answers them (ids, titles, units, series labels of one variant). */
export const DASHBOARD_CHARTS: { id: string; title: string; unit: string; labels: string[] }[] = [
  { id: 'invocations', title: 'Invocations', unit: 'count', labels: ['Invocations'] },
  { id: 'model-latency', title: 'Model latency', unit: 'ms', labels: ['p50', 'p90', 'p99'] },
  { id: 'overhead-latency', title: 'Overhead latency', unit: 'ms', labels: ['Average'] },
  { id: 'errors', title: '4XX and 5XX errors', unit: 'count', labels: ['4XX', '5XX'] },
  { id: 'cpu', title: 'CPU utilization', unit: '%', labels: ['CPU'] },
  { id: 'memory', title: 'Memory utilization', unit: '%', labels: ['Memory'] },
];

const START_S = Date.UTC(2026, 10, 26, 11, 0) / 1000;

/** A chart of `points` one-minute values from 11:00 UTC: series n is `value(i) * (n + 1)`. */
export function metricChart(id: string, options: { points?: number; value?: (i: number) => number | null; thresholds?: ChartThreshold[]; note?: string; labels?: string[]; title?: string; unit?: string } = {}): MetricChart {
  const known = DASHBOARD_CHARTS.find((c) => c.id === id);
  const points = options.points ?? 60;
  const value = options.value ?? ((i: number) => 10 + (i % 7));
  const timestamps = Array.from({ length: points }, (_, i) => START_S + i * 60);
  const chart: MetricChart = {
    id,
    title: options.title ?? known?.title ?? id,
    unit: options.unit ?? known?.unit ?? 'count',
    timestamps,
    series: (options.labels ?? known?.labels ?? [id]).map((label, n) => ({
      label,
      values: timestamps.map((_, i) => {
        const v = value(i);
        return v === null ? null : v * (n + 1);
      }),
    })),
    thresholds: options.thresholds ?? [],
  };
  if (options.note) chart.note = options.note;
  return chart;
}

/** Six charts of an hour at one minute; `charts` replaces any of them by id. */
export function metricDashboard(charts: Record<string, MetricChart> = {}, notes: string[] = []): MetricDashboard {
  return {
    periodSeconds: 60,
    start: new Date(START_S * 1000).toISOString(),
    end: new Date((START_S + 3_600) * 1000).toISOString(),
    charts: DASHBOARD_CHARTS.map((c) => charts[c.id] ?? metricChart(c.id)),
    notes,
  };
}

/**
 * Dashboards and alarm charts set by the test (`dashboards.set('churn-prod', …)`); an endpoint
 * without one gets six charts with data, an unknown alarm a ResourceNotFound as core answers.
 */
export class FakeMetrics {
  readonly dashboards = new Map<string, MetricDashboard>();
  readonly alarmCharts = new Map<string, MetricChart>();
  /** API stage and load balancer dashboards by `<apiName>/<stage>` or ARN; unset ones get charts with data. */
  readonly apiDashboards = new Map<string, MetricDashboard>();
  readonly loadBalancerDashboards = new Map<string, MetricDashboard>();
  readonly requests: RequestHandlersOf<typeof metricsRequests> = {
    'metrics.endpoint': async (input) => this.dashboards.get(input.endpointName) ?? metricDashboard(),
    'metrics.alarm': async (input) => {
      const chart = this.alarmCharts.get(input.name);
      if (chart) return chart;
      throw new SageDeckError({ code: 'ResourceNotFound', message: `No alarm named ${input.name} in this account and region.`, retryable: false });
    },
    'metrics.api': async (input) =>
      this.apiDashboards.get(`${input.apiName}/${input.stageName}`) ?? {
        ...metricDashboard(),
        charts: [metricChart('api-requests', { title: 'Requests', labels: ['Count'] }), metricChart('api-errors', { title: '4XX and 5XX errors', labels: ['4XX', '5XX'] }), metricChart('api-latency', { title: 'Latency', unit: 'ms', labels: ['Latency', 'Integration latency'] })],
      },
    'metrics.loadBalancer': async (input) =>
      this.loadBalancerDashboards.get(input.arn) ?? {
        ...metricDashboard(),
        charts: [metricChart('lb-hosts', { title: 'Healthy and unhealthy hosts', labels: ['Healthy', 'Unhealthy'] }), metricChart('lb-requests', { title: 'Requests', labels: ['RequestCount'] }), metricChart('lb-response-time', { title: 'Target response time', unit: 'ms', labels: ['Average'] })],
      },
  };
  readonly streams: StreamHandlersOf<typeof metricsStreams> = {};
}
