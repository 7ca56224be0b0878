import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import { MAX_COMPARED_RUNS } from '../../../../../shared/contract/experiments';
import type { Run } from '../../../../../shared/domain/experiments';
import { bestRuns, inferGoal } from '../../../../../shared/domain/run-compare';
import { navigateHref } from '../../../app/hash-route';
import { useNow } from '../../../app/use-now';
import { useRunActions } from '../actions/use-run-actions';
import { compareRunsHref, type RunTableState } from '../experiments-routes';
import { BestRunsPicker } from './BestRunsPicker';
import { columnDisplay, loadColumnDisplay, saveColumnDisplay, type ColumnDisplay } from './column-prefs';
import { FilterBox } from './FilterBox';
import { runColumns, type RunColumn } from './run-columns';
import { sortRuns } from './run-sort';

export interface RunsTableProps {
  experiment: string;
  loading: boolean;
  /** The runs the filter keeps. */
  runs: Run[];
  total: number;
  parameters: string[];
  metrics: string[];
  state: RunTableState;
  onStateChange: (next: RunTableState) => void;
  filterError: string | undefined;
}

const pickerLabel = (column: RunColumn) =>
  column.id.startsWith('param:')
    ? `Parameter ${column.label}`
    : column.id.startsWith('metric:')
      ? `Metric ${column.label}`
      : column.label;

export function RunsTable({
  experiment,
  loading,
  runs,
  total,
  parameters,
  metrics,
  state,
  onStateChange,
  filterError,
}: RunsTableProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [storedDisplay, setStoredDisplay] = useState(() => loadColumnDisplay(experiment));
  const now = useNow(runs.some((run) => run.status === 'InProgress'));
  const { actionsFor, dialog } = useRunActions();
  const rows = useMemo(
    () => sortRuns(runs, state.sort, state.descending, now),
    [runs, state.sort, state.descending, now],
  );
  const shownNames = rows.map((run) => run.name);
  const selectedShown = shownNames.filter((name) => selected.has(name));
  const toggle = (name: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  const selectColumn: RunColumn = {
    id: 'select',
    label: 'Select',
    width: 56,
    header: (
      <Checkbox
        checked={selectedShown.length > 0 && selectedShown.length === shownNames.length}
        indeterminate={selectedShown.length > 0 && selectedShown.length < shownNames.length}
        onChange={({ detail }) => setSelected(detail.checked ? new Set(shownNames) : new Set())}
        ariaLabel="Select every run shown"
        data-testid="runs-select-all"
      />
    ),
    cell: (run) => (
      <Checkbox
        checked={selected.has(run.name)}
        onChange={({ detail }) => toggle(run.name, detail.checked)}
        ariaLabel={`Select run ${run.name}`}
        data-testid={`run-select-${run.name}`}
      />
    ),
  };
  const columns = runColumns({ parameters, metrics, now, select: selectColumn, actions: actionsFor });
  const display = columnDisplay(
    columns.map((column) => column.id),
    storedDisplay,
  );
  const chooseColumns = (next: ColumnDisplay) => {
    setStoredDisplay(next);
    saveColumnDisplay(experiment, next);
  };
  const pickBest = (metric: string, count: number) => {
    const goal = inferGoal(metric);
    setSelected(new Set(bestRuns(rows, metric, count, goal).map((run) => run.name)));
    onStateChange({ ...state, sort: `metric:${metric}`, descending: goal === 'max' });
  };
  const picked = rows.filter((run) => selected.has(run.name));
  const comparable = picked.length >= 2 && picked.length <= MAX_COMPARED_RUNS;
  const sortingColumn = columns.find((column) => column.id === state.sort);
  const filtered = state.filter.trim() !== '';

  return (
    <>
      <Table<Run>
        data-testid="runs-table"
        variant="full-page"
        items={rows}
        trackBy="name"
        columnDefinitions={columns}
        columnDisplay={display}
        sortingColumn={sortingColumn ? { sortingField: sortingColumn.id } : undefined}
        sortingDescending={state.descending}
        onSortingChange={({ detail }) =>
          onStateChange({ ...state, sort: detail.sortingColumn.sortingField, descending: detail.isDescending ?? false })
        }
        loading={loading}
        loadingText={`Loading the runs of ${experiment}`}
        // No sticky header: Cloudscape's sticky copy of the header hides (aria-hidden) a second,
        // still focusable "select every run" checkbox, which screen-reader users would land on.
        resizableColumns
        ariaLabels={{ tableLabel: `Runs of ${experiment}` }}
        header={
          <Header
            variant="h1"
            counter={loading ? undefined : filtered ? `(${rows.length} of ${total})` : `(${total})`}
            description="Select 2 to 50 runs to compare them side by side. Click a metric value for its min, max, average and count."
            actions={
              <Button
                variant="primary"
                disabled={!comparable}
                onClick={() =>
                  navigateHref(
                    compareRunsHref(
                      experiment,
                      picked.map((run) => run.name),
                    ),
                  )
                }
                data-testid="runs-compare"
              >
                {`Compare ${picked.length} ${picked.length === 1 ? 'run' : 'runs'}`}
              </Button>
            }
          >
            {experiment}
          </Header>
        }
        filter={
          <SpaceBetween size="s">
            <FilterBox
              value={state.filter}
              error={filterError}
              onChange={(filter) => onStateChange({ ...state, filter })}
            />
            <BestRunsPicker metrics={metrics} onPick={pickBest} />
          </SpaceBetween>
        }
        preferences={
          <CollectionPreferences
            title="Columns"
            confirmLabel="Apply"
            cancelLabel="Cancel"
            preferences={{ contentDisplay: display }}
            onConfirm={({ detail }) => detail.contentDisplay && chooseColumns([...detail.contentDisplay])}
            contentDisplayPreference={{
              title: 'Columns shown',
              description: 'Remembered for this experiment on this computer.',
              options: columns.map((column) => ({
                id: column.id,
                label: pickerLabel(column),
                alwaysVisible: column.id === 'select' || column.id === 'name',
              })),
            }}
            data-testid="runs-columns"
          />
        }
        empty={
          <Box textAlign="center" color="inherit" data-testid="runs-empty">
            <Box variant="strong" color="inherit">
              {filtered ? 'No runs match the filter' : `No runs in ${experiment} yet`}
            </Box>
            <Box variant="p" color="inherit">
              {filtered
                ? 'Loosen a condition or clear the filter.'
                : 'Jobs started with this experiment in their ExperimentConfig record their runs here.'}
            </Box>
            {filtered && <Button onClick={() => onStateChange({ ...state, filter: '' })}>Clear the filter</Button>}
          </Box>
        }
      />
      {dialog}
    </>
  );
}
