/**
 * Charts of CloudWatch metrics, columnar as the chart library draws them: one time axis (epoch
 * seconds) shared by every series of a chart, values `null` where a period has no datapoint.
 */

/** 1 hour to 2 weeks, relative to now; or an absolute window. */
export type MetricRange = { kind: 'relative'; minutes: number } | { kind: 'absolute'; start: string; end: string };

export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

export interface ChartThreshold {
  alarmName: string;
  value: number;
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  /** Which side of the line breaches: from the alarm's ComparisonOperator. */
  breachesWhen?: 'above' | 'below';
}

export interface MetricChart {
  id: string;
  title: string;
  /** What the values are in after conversion: `count`, `ms`, `%`. */
  unit: string;
  timestamps: number[];
  series: ChartSeries[];
  /** Alarm thresholds on this chart's metric, in the chart's unit. */
  thresholds: ChartThreshold[];
  /** Why a chart is empty when it is (the endpoint publishes no such metric, the range is older than retention). */
  note?: string;
}

export interface MetricDashboard {
  periodSeconds: number;
  start: string;
  end: string;
  charts: MetricChart[];
  /** GetMetricData answered with PartialData or a query failed: what is missing. */
  notes: string[];
}
