/*
 * Bench page: 50 runs compared as the console shows them (ComparedRuns, ParameterCompare,
 * MetricCompare and ScatterView in their containers, rows from shared/domain/run-compare.ts), then
 * the experiment's RunsTable sorted by metric columns. CompareView itself reads its runs (and
 * SeriesCharts its per-step series) through a session query, so the page mounts what it renders
 * with the data passed in; the per-step charts, which need a core, are left out.
 * Bundled by bench/experiments-compare.ts.
 */
import '../renderer/src/styles/shell.css';
import '../renderer/src/features/jobs/jobs.css';
import '../renderer/src/features/experiments/experiments.css';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { applyMode, Mode } from '@cloudscape-design/global-styles';
import { useMemo, useState } from 'react';
import { useRunActions } from '../renderer/src/features/experiments/actions/use-run-actions';
import { ComparedRuns } from '../renderer/src/features/experiments/compare/ComparedRuns';
import { MetricCompare } from '../renderer/src/features/experiments/compare/MetricCompare';
import { ParameterCompare } from '../renderer/src/features/experiments/compare/ParameterCompare';
import { ScatterView } from '../renderer/src/features/experiments/compare/ScatterView';
import type { RunTableState } from '../renderer/src/features/experiments/experiments-routes';
import { RunsTable } from '../renderer/src/features/experiments/runs/RunsTable';
import type { Run } from '../shared/domain/experiments';
import { compareMetrics, compareParameters, inferGoal, metricNames, parameterNames, type MetricGoal } from '../shared/domain/run-compare';
import { benchRuns } from './experiments-bench-data';
import { mountComparePage } from './experiments-page-mount';

function CompareTables({ runs }: { runs: Run[] }) {
  const [goals, setGoals] = useState<Record<string, MetricGoal>>({});
  const { actionsFor } = useRunActions();
  const parameterRows = useMemo(() => compareParameters(runs), [runs]);
  const metricRows = useMemo(() => compareMetrics(runs, goals), [runs, goals]);
  const flipGoal = (metric: string) => setGoals((current) => ({ ...current, [metric]: (current[metric] ?? inferGoal(metric)) === 'max' ? 'min' : 'max' }));
  return (
    <SpaceBetween size="l">
      <Header variant="h1" counter={`(${runs.length})`}>
        Compare runs
      </Header>
      <Container header={<Header variant="h2">Runs</Header>}>
        <ComparedRuns runs={runs} actionsFor={actionsFor} />
      </Container>
      <Container header={<Header variant="h2">Parameters</Header>}>
        <ParameterCompare runs={runs} rows={parameterRows} />
      </Container>
      <Container header={<Header variant="h2">Metrics</Header>}>
        <MetricCompare runs={runs} rows={metricRows} onFlipGoal={flipGoal} />
      </Container>
      <Container header={<Header variant="h2">Parameter against metric</Header>}>
        <ScatterView runs={runs} parameters={parameterNames(runs)} metrics={metricNames(runs)} />
      </Container>
    </SpaceBetween>
  );
}

/** RunsView's part that matters here: the table, its sort state held as the address would hold it. */
function SortableRuns({ runs }: { runs: Run[] }) {
  const [state, setState] = useState<RunTableState>({ filter: '', descending: false });
  const names = useMemo(() => ({ parameters: parameterNames(runs), metrics: metricNames(runs) }), [runs]);
  return (
    <RunsTable
      experiment="bench-churn"
      loading={false}
      runs={runs}
      total={runs.length}
      parameters={names.parameters}
      metrics={names.metrics}
      state={state}
      onStateChange={setState}
      filterError={undefined}
    />
  );
}

applyMode(Mode.Light);
const runs = benchRuns();
mountComparePage({
  runs,
  comparison: <CompareTables runs={runs} />,
  shown: ['[data-testid="compare-parameters-differing"]', '[data-testid="compare-metrics"]'],
  runsTable: <SortableRuns runs={runs} />,
  // Cloudscape's sortable header: the clickable part of the column's header cell.
  header: (column) => `[data-focus-id="sorting-control-${column}"]`,
});
