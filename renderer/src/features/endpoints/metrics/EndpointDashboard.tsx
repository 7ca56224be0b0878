import '../../../components/charts/charts.css';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { MetricRange } from '../../../../../shared/domain/metrics';
import { DEFAULT_RANGE, rangeLabel } from '../../../components/charts/metric-range';
import { TimeRangePicker } from '../../../components/charts/TimeRangePicker';
import { useDarkMode } from '../../jobs/detail/use-dark-mode';
import { DashboardCharts } from '../../metrics/DashboardCharts';
import { MetricsStatus } from '../../metrics/MetricsStatus';
import { periodWords } from '../../metrics/period-words';
import { useMetricQuery } from '../../metrics/use-metric-query';

/**
 * An endpoint's metrics on its detail page: invocations, model latency p50/p90/p99, overhead
 * latency, 4XX/5XX, CPU and memory, with the thresholds of the alarms on them. One request (one
 * GetMetricData) per refresh, every minute while the window is visible.
 */
export default function EndpointDashboard({ endpointName }: { endpointName: string }) {
  const [range, setRange] = useState<MetricRange>(DEFAULT_RANGE);
  const dark = useDarkMode();
  const query = useMetricQuery('metrics.endpoint', { endpointName, range });
  const dashboard = query.data;
  const state = query.isPending ? 'loading' : dashboard ? (query.isError ? 'stale' : 'ready') : 'error';
  const description = dashboard
    ? `${rangeLabel(range)} · one point per ${periodWords(dashboard.periodSeconds)}${query.isFetching ? ' · refreshing…' : ''}`
    : rangeLabel(range);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description={description}
          actions={
            <Button iconName="refresh" ariaLabel="Refresh the metrics" data-testid="endpoint-dashboard-refresh" loading={query.isFetching} onClick={() => void query.refetch()} />
          }
        >
          Metrics
        </Header>
      }
    >
      <div data-testid="endpoint-dashboard" data-state={state} data-period={dashboard?.periodSeconds}>
        <SpaceBetween size="m">
          <TimeRangePicker value={range} onChange={setRange} testId="endpoint-dashboard-range" />
          <MetricsStatus query={query} what={`the metrics of ${endpointName}`}>
            {dashboard && dashboard.notes.length > 0 && (
              <Alert type="warning" header="Some data is missing">
                <ul>
                  {dashboard.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </Alert>
            )}
            {dashboard && <DashboardCharts dashboard={dashboard} dark={dark} />}
          </MetricsStatus>
        </SpaceBetween>
      </div>
    </Container>
  );
}
