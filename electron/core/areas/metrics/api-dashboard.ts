import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { MetricDashboard, MetricRange } from '../../../../shared/domain/metrics';
import { API_CHARTS, API_NAMESPACE, stageDimensions, watchesStageMetric } from './api-charts';
import { columnOf, emptyChartNote } from './chart-columns';
import { dashboardChart, dashboardOf } from './dashboard-chart';
import { getMetricData } from './metric-data';
import { metricWindow, windowTimestamps } from './metric-window';
import { thresholdAlarms } from './threshold-alarms';

export interface ApiDashboardDeps {
  cloudwatch: CloudWatchClient;
  now: () => number;
  signal: AbortSignal;
}

/**
 * A REST API stage's dashboard: requests, errors and latencies in ONE GetMetricData call (the
 * metrics are named by ApiName and Stage, so no API Gateway read is needed), with the thresholds
 * of alarms on those metrics of this stage.
 */
export async function apiDashboard(deps: ApiDashboardDeps, apiName: string, stageName: string, range: MetricRange): Promise<MetricDashboard> {
  const planned = API_CHARTS.flatMap((chart) => chart.lines.map((line) => ({ chart, line })));
  const window = metricWindow(range, deps.now(), { queries: planned.length });
  const dimensions = stageDimensions(apiName, stageName);
  const [data, thresholds] = await Promise.all([
    getMetricData(deps.cloudwatch, planned.map((p) => ({ namespace: API_NAMESPACE, metricName: p.line.metricName, dimensions, stat: p.line.stat })), window, deps.signal),
    thresholdAlarms(deps.cloudwatch, deps.signal),
  ]);
  const timestamps = windowTimestamps(window);
  const charts = API_CHARTS.map((chart) => {
    const series = planned.flatMap((p, index) => (p.chart === chart ? [{ label: p.line.label, values: columnOf(timestamps, data.values[index], 1) }] : []));
    const metricNames = [...new Set(chart.lines.map((l) => l.metricName))];
    const alarms = thresholds.alarms.filter((alarm) => metricNames.some((name) => watchesStageMetric(alarm, name, apiName, stageName)));
    const whyEmpty = () =>
      window.beyondRetention
        ? emptyChartNote(window, '')
        : `No ${metricNames.join(' and ')} for ${apiName} (stage ${stageName}) in this range: the stage had no traffic then, or it was deployed later.`;
    return dashboardChart({ ...chart, scale: 1 }, { timestamps, series, alarms, window, whyEmpty });
  });
  return dashboardOf(window, charts, [...data.notes, ...(thresholds.note ? [thresholds.note] : [])]);
}
