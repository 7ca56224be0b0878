import { useState } from 'react';
import type { MetricRange } from '../../../../../shared/domain/metrics';
import { DEFAULT_RANGE } from '../../../components/charts/metric-range';
import { MetricDashboardPanel } from '../../metrics/MetricDashboardPanel';
import { useMetricQuery } from '../../metrics/use-metric-query';

/**
 * An endpoint's metrics on its detail page: invocations, model latency p50/p90/p99, overhead
 * latency, 4XX/5XX, CPU and memory, with the thresholds of the alarms on them. One request (one
 * GetMetricData) per refresh, every minute while the window is visible.
 */
export default function EndpointDashboard({ endpointName }: { endpointName: string }) {
  const [range, setRange] = useState<MetricRange>(DEFAULT_RANGE);
  const query = useMetricQuery('metrics.endpoint', { endpointName, range });
  return <MetricDashboardPanel query={query} range={range} onRangeChange={setRange} what={`the metrics of ${endpointName}`} testId="endpoint-dashboard" />;
}
