import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { ChartSeries, MetricChart, MetricDashboard } from '../../../../shared/domain/metrics';
import { thresholdOf } from './alarm-thresholds';
import type { MetricWindow } from './metric-window';

export interface DashboardChartSpec {
  id: string;
  title: string;
  unit: string;
  /** Multiplies CloudWatch's values and alarm thresholds into `unit`. */
  scale: number;
}

/**
 * One chart of a dashboard: its series, the thresholds of the alarms that watch its metrics (in
 * the chart's unit and period, by name), and why it is empty when no series has a datapoint.
 */
export function dashboardChart(
  spec: DashboardChartSpec,
  parts: { timestamps: number[]; series: ChartSeries[]; alarms: MetricAlarm[]; window: MetricWindow; whyEmpty: () => string },
): MetricChart {
  const chart: MetricChart = {
    id: spec.id,
    title: spec.title,
    unit: spec.unit,
    timestamps: parts.timestamps,
    series: parts.series,
    thresholds: parts.alarms.flatMap((alarm) => thresholdOf(alarm, spec.scale, parts.window.periodS) ?? []).sort((a, b) => a.alarmName.localeCompare(b.alarmName)),
  };
  if (parts.series.every((s) => s.values.every((v) => v === null))) chart.note = parts.whyEmpty();
  return chart;
}

/** The dashboard around its charts: the window it covers and what is missing. */
export function dashboardOf(window: MetricWindow, charts: MetricChart[], notes: string[]): MetricDashboard {
  return {
    periodSeconds: window.periodS,
    start: new Date(window.startS * 1000).toISOString(),
    end: new Date(window.endS * 1000).toISOString(),
    charts,
    notes,
  };
}
