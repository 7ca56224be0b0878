import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';

/**
 * The three charts of a REST API stage's dashboard. API Gateway publishes under AWS/ApiGateway
 * per (ApiName, Stage): Count, 4XXError and 5XXError as counts, Latency and IntegrationLatency
 * in milliseconds.
 */
export const API_NAMESPACE = 'AWS/ApiGateway';

export interface ApiLine {
  metricName: string;
  stat: string;
  label: string;
}

export interface ApiChartSpec {
  id: string;
  title: string;
  unit: string;
  lines: ApiLine[];
}

export const API_CHARTS: readonly ApiChartSpec[] = [
  { id: 'api-requests', title: 'Requests', unit: 'count', lines: [{ metricName: 'Count', stat: 'Sum', label: 'Requests' }] },
  {
    id: 'api-errors',
    title: '4XX and 5XX errors',
    unit: 'count',
    lines: [
      { metricName: '4XXError', stat: 'Sum', label: '4XX' },
      { metricName: '5XXError', stat: 'Sum', label: '5XX' },
    ],
  },
  {
    id: 'api-latency',
    title: 'Latency',
    unit: 'ms',
    lines: [
      { metricName: 'Latency', stat: 'Average', label: 'Latency (average)' },
      { metricName: 'Latency', stat: 'p99', label: 'Latency p99' },
      { metricName: 'IntegrationLatency', stat: 'Average', label: 'Integration latency (average)' },
      { metricName: 'IntegrationLatency', stat: 'p99', label: 'Integration latency p99' },
    ],
  },
];

/** The stage's dimensions, as API Gateway publishes them. */
export function stageDimensions(apiName: string, stageName: string): { name: string; value: string }[] {
  return [
    { name: 'ApiName', value: apiName },
    { name: 'Stage', value: stageName },
  ];
}

/** Whether an alarm watches exactly this metric of this stage (not a per-method or per-API one). */
export function watchesStageMetric(alarm: MetricAlarm, metricName: string, apiName: string, stageName: string): boolean {
  if (alarm.Namespace !== API_NAMESPACE || alarm.MetricName !== metricName) return false;
  const dimensions = alarm.Dimensions ?? [];
  const value = (name: string) => dimensions.find((d) => d.Name === name)?.Value;
  return dimensions.length === 2 && value('ApiName') === apiName && value('Stage') === stageName;
}
