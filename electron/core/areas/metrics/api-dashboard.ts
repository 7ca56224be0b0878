import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { MetricChart, MetricDashboard, MetricRange } from '../../../../shared/domain/metrics';
import { thresholdOf } from './alarm-thresholds';
import { API_CHARTS, API_NAMESPACE, stageDimensions, watchesStageMetric } from './api-charts';
import { columnOf, emptyChartNote } from './chart-columns';
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
  const charts = API_CHARTS.map((chart): MetricChart => {
    const series = planned.flatMap((p, index) => (p.chart === chart ? [{ label: p.line.label, values: columnOf(timestamps, data.values[index], 1) }] : []));
    const metricNames = [...new Set(chart.lines.map((l) => l.metricName))];
    const onChart = thresholds.alarms.filter((alarm) => metricNames.some((name) => watchesStageMetric(alarm, name, apiName, stageName)));
    const result: MetricChart = {
      id: chart.id,
      title: chart.title,
      unit: chart.unit,
      timestamps,
      series,
      thresholds: onChart.flatMap((alarm) => thresholdOf(alarm, 1, window.periodS) ?? []).sort((a, b) => a.alarmName.localeCompare(b.alarmName)),
    };
    if (series.every((s) => s.values.every((v) => v === null)))
      result.note = window.beyondRetention
        ? emptyChartNote(window, '')
        : `No ${metricNames.join(' and ')} for ${apiName} (stage ${stageName}) in this range: the stage had no traffic then, or it was deployed later.`;
    return result;
  });
  return {
    periodSeconds: window.periodS,
    start: new Date(window.startS * 1000).toISOString(),
    end: new Date(window.endS * 1000).toISOString(),
    charts,
    notes: [...data.notes, ...(thresholds.note ? [thresholds.note] : [])],
  };
}
