import Link from '@cloudscape-design/components/link';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import type { Run, RunSource } from '../../../../../shared/domain/experiments';
import { runMetric } from '../../../../../shared/domain/run-compare';
import { formatDuration, formatTime } from '../../jobs/job-format';
import { jobHref } from '../../jobs/job-routes';
import { MetricCell } from './MetricCell';
import { formatParameter, RUN_STATUS_LABEL, RUN_STATUS_TYPE, runDuration } from './run-format';

export type RunColumn = TableProps.ColumnDefinition<Run> & { id: string; label: string };

/** The job a run was recorded for, linked to its page in the Jobs area. */
export function SourceLink({ source }: { source: RunSource | undefined }) {
  if (!source) return <>—</>;
  if (source.kind === 'other') return <>{source.name}</>;
  return <Link href={jobHref(source.kind, source.name)}>{source.name}</Link>;
}

export function RunStatus({ run }: { run: Pick<Run, 'status' | 'statusMessage'> }) {
  return (
    <span data-status={run.status} title={run.statusMessage}>
      <StatusIndicator type={RUN_STATUS_TYPE[run.status] ?? 'info'}>
        {RUN_STATUS_LABEL[run.status] ?? run.status}
      </StatusIndicator>
    </span>
  );
}

// Every sortable column names itself as its sorting field: the table sorts by id (see run-sort.ts).
const column = (
  id: string,
  label: string,
  cell: (run: Run) => ReactNode,
  width: number,
  sortable = true,
): RunColumn => ({
  id,
  label,
  header: label,
  cell,
  width,
  ...(sortable ? { sortingField: id } : {}),
});

/**
 * The runs table's columns: the fixed ones, one per parameter and one per metric (its last value),
 * plus the caller's selection and action cells.
 */
export function runColumns(input: {
  parameters: readonly string[];
  metrics: readonly string[];
  now: number;
  select: RunColumn;
  actions: (run: Run) => ReactNode;
}): RunColumn[] {
  return [
    input.select,
    {
      ...column(
        'name',
        'Run',
        (run) => <span data-testid={`run-row-${run.name}`}>{run.displayName || run.name}</span>,
        280,
      ),
      isRowHeader: true,
    },
    column('trial', 'Trial', (run) => run.trials.join(', ') || '—', 200),
    column('status', 'Status', (run) => <RunStatus run={run} />, 140),
    column('source', 'Source job', (run) => <SourceLink source={run.source} />, 240),
    column(
      'started',
      'Started',
      (run) => (run.startedAt ? <time dateTime={run.startedAt}>{formatTime(run.startedAt)}</time> : '—'),
      190,
    ),
    column(
      'duration',
      'Duration',
      (run) => {
        const duration = runDuration(run, input.now);
        return duration === undefined ? '—' : formatDuration(duration);
      },
      130,
    ),
    ...input.parameters.map((name) =>
      column(`param:${name}`, name, (run) => formatParameter(run.parameters[name]), 130),
    ),
    ...input.metrics.map((name) =>
      column(`metric:${name}`, name, (run) => <MetricCell metric={runMetric(run, name)} />, 150),
    ),
    column('actions', 'Actions', input.actions, 240, false),
  ];
}
