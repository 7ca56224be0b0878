import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { ChartThreshold } from '../../../../shared/domain/metrics';

const PER_PERIOD_STATS = new Set(['Sum', 'SampleCount']);

/**
 * An alarm's threshold in a chart's unit and period: `scale` converts the metric's unit (µs → ms);
 * a Sum over the alarm's 5 minutes is a fifth of that per minute on a 1-minute chart. Averages and
 * percentiles do not depend on the period.
 */
export function thresholdOf(alarm: MetricAlarm, scale: number, chartPeriodS: number): ChartThreshold | undefined {
  if (alarm.Threshold === undefined || !alarm.AlarmName) return undefined;
  const perPeriod = alarm.Statistic && PER_PERIOD_STATS.has(alarm.Statistic) && alarm.Period ? chartPeriodS / alarm.Period : 1;
  return {
    alarmName: alarm.AlarmName,
    value: alarm.Threshold * scale * perPeriod,
    state: (alarm.StateValue ?? 'INSUFFICIENT_DATA') as ChartThreshold['state'],
    ...(alarm.ComparisonOperator ? { breachesWhen: alarm.ComparisonOperator.startsWith('Greater') ? ('above' as const) : ('below' as const) } : {}),
  };
}

/** Whether an alarm watches exactly this metric of one of the endpoint's variants. */
export function watchesVariantMetric(alarm: MetricAlarm, metric: { namespace: string; metricName: string }, endpointName: string, variants: readonly string[]): boolean {
  if (alarm.Namespace !== metric.namespace || alarm.MetricName !== metric.metricName) return false;
  const dimensions = alarm.Dimensions ?? [];
  const value = (name: string) => dimensions.find((d) => d.Name === name)?.Value;
  const variant = value('VariantName');
  return dimensions.length === 2 && value('EndpointName') === endpointName && variant !== undefined && variants.includes(variant);
}
