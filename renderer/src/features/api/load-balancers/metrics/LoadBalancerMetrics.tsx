import { useState } from 'react';
import type { MetricRange } from '../../../../../../shared/domain/metrics';
import { DEFAULT_RANGE } from '../../../../components/charts/metric-range';
import { useMetricQuery } from '../../../metrics/use-metric-query';
import { MetricDashboardPanel } from '../../../metrics/MetricDashboardPanel';

/**
 * A load balancer's metrics (AWS/ApplicationELB or AWS/NetworkELB): healthy and unhealthy hosts,
 * requests, target response time, target 5XX. One request (one GetMetricData) per refresh.
 */
export default function LoadBalancerMetrics({ name, arn }: { name: string; arn: string }) {
  const [range, setRange] = useState<MetricRange>(DEFAULT_RANGE);
  const query = useMetricQuery('metrics.loadBalancer', { arn, range });
  return <MetricDashboardPanel query={query} range={range} onRangeChange={setRange} what={`the metrics of ${name}`} testId="load-balancer-dashboard" />;
}
