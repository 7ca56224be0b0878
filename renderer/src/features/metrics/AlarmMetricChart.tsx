import '../../components/charts/charts.css';
import { useState } from 'react';
import type { MetricRange } from '../../../../shared/domain/metrics';
import { DEFAULT_RANGE } from '../../components/charts/metric-range';
import { TimeRangePicker } from '../../components/charts/TimeRangePicker';
import { TimeSeriesChart } from '../../components/charts/TimeSeriesChart';
import { useDarkMode } from '../jobs/detail/use-dark-mode';
import { MetricsStatus } from './MetricsStatus';
import { useMetricQuery } from './use-metric-query';

/**
 * The metric an alarm watches, at the alarm's statistic and period, with its threshold line and a
 * time range: for the alarm's detail page. Read again every minute while the window is visible.
 */
export function AlarmMetricChart({ alarmName }: { alarmName: string }) {
  const [range, setRange] = useState<MetricRange>(DEFAULT_RANGE);
  const dark = useDarkMode();
  const query = useMetricQuery('metrics.alarm', { name: alarmName, range });
  const state = query.isPending ? 'loading' : query.data ? (query.isError ? 'stale' : 'ready') : 'error';
  return (
    <div data-testid="alarm-metric-chart" data-state={state}>
      <TimeRangePicker value={range} onChange={setRange} testId="alarm-metric-range" />
      <MetricsStatus query={query} what={`the metric of ${alarmName}`}>
        {query.data && <TimeSeriesChart chart={query.data} dark={dark} height={260} testId="alarm-metric-chart-plot" />}
      </MetricsStatus>
    </div>
  );
}

export default AlarmMetricChart;
