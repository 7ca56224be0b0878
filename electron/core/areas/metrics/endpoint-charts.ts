/**
 * The six charts of an endpoint's dashboard and the CloudWatch metrics behind each. SageMaker
 * publishes its invocation metrics under AWS/SageMaker and instance utilisation under
 * /aws/sagemaker/Endpoints, both per (EndpointName, VariantName); latencies in microseconds.
 */

export const INVOCATION_NAMESPACE = 'AWS/SageMaker';
export const INSTANCE_NAMESPACE = '/aws/sagemaker/Endpoints';

export interface MetricLine {
  namespace: string;
  metricName: string;
  /** A CloudWatch statistic: `Sum`, `Average`, or an extended one such as `p99`. */
  stat: string;
  /** Shown in the legend (with the variant when an endpoint has several). */
  label: string;
}

export interface EndpointChartSpec {
  id: string;
  title: string;
  unit: string;
  /** Multiplies CloudWatch's values (and alarm thresholds) into `unit`. */
  scale: number;
  lines: MetricLine[];
}

const MICROSECONDS_TO_MS = 1 / 1000;
const sagemaker = (metricName: string, stat: string, label: string): MetricLine => ({ namespace: INVOCATION_NAMESPACE, metricName, stat, label });
const instance = (metricName: string, label: string): MetricLine => ({ namespace: INSTANCE_NAMESPACE, metricName, stat: 'Average', label });

export const ENDPOINT_CHARTS: readonly EndpointChartSpec[] = [
  { id: 'invocations', title: 'Invocations', unit: 'count', scale: 1, lines: [sagemaker('Invocations', 'Sum', 'Invocations')] },
  {
    id: 'model-latency',
    title: 'Model latency',
    unit: 'ms',
    scale: MICROSECONDS_TO_MS,
    lines: ['p50', 'p90', 'p99'].map((p) => sagemaker('ModelLatency', p, p)),
  },
  { id: 'overhead-latency', title: 'Overhead latency', unit: 'ms', scale: MICROSECONDS_TO_MS, lines: [sagemaker('OverheadLatency', 'Average', 'Average')] },
  {
    id: 'errors',
    title: '4XX and 5XX errors',
    unit: 'count',
    scale: 1,
    lines: [sagemaker('Invocation4XXErrors', 'Sum', '4XX'), sagemaker('Invocation5XXErrors', 'Sum', '5XX')],
  },
  { id: 'cpu', title: 'CPU utilization', unit: '%', scale: 1, lines: [instance('CPUUtilization', 'CPU')] },
  { id: 'memory', title: 'Memory utilization', unit: '%', scale: 1, lines: [instance('MemoryUtilization', 'Memory')] },
];

/** How an alarm's metric is drawn when it is one of the dashboard's: its unit and scale. */
export function chartOfMetric(namespace: string, metricName: string): EndpointChartSpec | undefined {
  return ENDPOINT_CHARTS.find((chart) => chart.lines.some((line) => line.namespace === namespace && line.metricName === metricName));
}
