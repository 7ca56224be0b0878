import '../../components/charts/charts.css';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { UseQueryResult } from '@tanstack/react-query';
import type { MetricDashboard, MetricRange } from '../../../../shared/domain/metrics';
import { rangeLabel } from '../../components/charts/metric-range';
import { TimeRangePicker } from '../../components/charts/TimeRangePicker';
import { useDarkMode } from '../jobs/detail/use-dark-mode';
import { DashboardCharts } from './DashboardCharts';
import { MetricsStatus } from './MetricsStatus';
import { periodWords } from './period-words';

export interface MetricDashboardPanelProps {
  query: UseQueryResult<MetricDashboard>;
  range: MetricRange;
  onRangeChange: (range: MetricRange) => void;
  /** "the metrics of churn-internal-alb": said while loading and when a read fails. */
  what: string;
  /** `<testId>` (with data-state), `<testId>-range`, `<testId>-refresh`. */
  testId: string;
}

/**
 * The frame of every metric dashboard (endpoint, REST API stage, load balancer): range picker,
 * refresh, the period in words, missing-data notes and the chart grid.
 */
export function MetricDashboardPanel({ query, range, onRangeChange, what, testId }: MetricDashboardPanelProps) {
  const dark = useDarkMode();
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
          actions={<Button iconName="refresh" ariaLabel="Refresh the metrics" data-testid={`${testId}-refresh`} loading={query.isFetching} onClick={() => void query.refetch()} />}
        >
          Metrics
        </Header>
      }
    >
      <div data-testid={testId} data-state={state} data-period={dashboard?.periodSeconds}>
        <SpaceBetween size="m">
          <TimeRangePicker value={range} onChange={onRangeChange} testId={`${testId}-range`} />
          <MetricsStatus query={query} what={what}>
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
