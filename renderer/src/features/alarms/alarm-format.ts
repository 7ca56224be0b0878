import type { AlarmMetric, AlarmResourceKind, AlarmStateValue, ComparisonOperator, TreatMissingData } from '../../../../shared/domain/alarms';

export const STATE_LABELS: Record<AlarmStateValue, string> = {
  ALARM: 'In alarm',
  INSUFFICIENT_DATA: 'Insufficient data',
  OK: 'OK',
};

export const KIND_LABELS: Record<AlarmResourceKind, string> = {
  endpoint: 'Endpoint',
  variant: 'Variant',
  job: 'Job',
  schedule: 'Schedule',
  other: 'Other',
};

export const COMPARISON_SYMBOLS: Record<ComparisonOperator, string> = {
  GreaterThanOrEqualToThreshold: '≥',
  GreaterThanThreshold: '>',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '≤',
};

export const COMPARISON_LABELS: Record<ComparisonOperator, string> = {
  GreaterThanOrEqualToThreshold: 'Greater than or equal to (≥)',
  GreaterThanThreshold: 'Greater than (>)',
  LessThanThreshold: 'Less than (<)',
  LessThanOrEqualToThreshold: 'Less than or equal to (≤)',
};

export const MISSING_DATA_LABELS: Record<TreatMissingData, string> = {
  missing: 'Missing: keep the current state',
  notBreaching: 'Not breaching: treat as within the threshold',
  breaching: 'Breaching: treat as crossing the threshold',
  ignore: 'Ignore: evaluate the datapoints there are',
};

export const formatTime = (iso: string) => new Date(iso).toLocaleString();

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "5 minutes ago", "2 days ago"; under a minute, "just now". */
export function formatAgo(iso: string, now: number): string {
  const elapsed = now - Date.parse(iso);
  if (!Number.isFinite(elapsed)) return 'unknown';
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return format.format(-Math.round(elapsed / size), unit);
  }
  return 'just now';
}

/** "p99 of AWS/SageMaker ModelLatency over 1 minute". */
export function metricText(metric: AlarmMetric): string {
  return `${metric.statistic} of ${metric.namespace} ${metric.metricName} over ${periodText(metric.periodSeconds)}`;
}

export function periodText(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = seconds / 60;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * A threshold as people read it: SageMaker publishes latencies in microseconds, so 250000
 * Microseconds reads "250 ms (250,000 µs)"; other units as CloudWatch names them.
 */
export function thresholdText(value: number, unit: string | undefined): string {
  if (unit === 'Microseconds') return `${(value / 1000).toLocaleString('en-US')} ms (${value.toLocaleString('en-US')} µs)`;
  return `${value.toLocaleString('en-US')}${unit && unit !== 'None' ? ` ${unit}` : ''}`;
}
