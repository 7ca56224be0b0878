/*
 * Bench peer (the issue's own): the same 50 runs as plain HTML tables rendered with React — every
 * parameter in one table, last metric values in another, no highlighting, grouping or best-marking,
 * no design system — and a plain sortable runs table with the same columns the console shows by
 * default. Bundled by bench/experiments-compare.ts.
 */
import '../renderer/src/styles/shell.css';
import { useMemo, useState } from 'react';
import type { Run } from '../shared/domain/experiments';
import { benchRuns, METRIC_NAMES } from './experiments-bench-data';
import { mountComparePage } from './experiments-page-mount';

/** The runs table's parameter columns before the user picks (renderer column-prefs: the first dozen). */
const SHOWN_PARAMETERS = 12;

const lastOf = (run: Run, metric: string) => run.metrics.find((candidate) => candidate.name === metric)?.last;
const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** A row per name, a column per run: the comparison's shape without anything on top. */
function PlainGrid({ testId, label, names, runs, value }: { testId: string; label: string; names: readonly string[]; runs: Run[]; value: (run: Run, name: string) => string | number | undefined }) {
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th>{label}</th>
          {runs.map((run) => (
            <th key={run.name}>{run.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((name) => (
          <tr key={name}>
            <td>{name}</td>
            {runs.map((run) => (
              <td key={run.name}>{text(value(run, name))}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PlainCompare({ runs, parameters }: { runs: Run[]; parameters: string[] }) {
  return (
    <>
      <h1>Compare runs ({runs.length})</h1>
      <table>
        <thead>
          <tr>
            <th>Run</th>
            <th>Status</th>
            <th>Source job</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.name}>
              <td>{run.name}</td>
              <td>{run.status}</td>
              <td>{run.source?.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PlainGrid testId="peer-parameters" label="Parameter" names={parameters} runs={runs} value={(run, name) => run.parameters[name]} />
      <PlainGrid testId="peer-metrics" label="Metric" names={METRIC_NAMES} runs={runs} value={lastOf} />
    </>
  );
}

type Column = { id: string; label: string; value: (run: Run) => string | number | undefined };

function PlainRuns({ runs, parameters }: { runs: Run[]; parameters: string[] }) {
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>();
  const columns = useMemo<Column[]>(
    () => [
      { id: 'name', label: 'Run', value: (run) => run.name },
      { id: 'trial', label: 'Trial', value: (run) => run.trials.join(', ') },
      { id: 'status', label: 'Status', value: (run) => run.status },
      { id: 'source', label: 'Source job', value: (run) => run.source?.name },
      { id: 'started', label: 'Started', value: (run) => run.startedAt },
      ...parameters.slice(0, SHOWN_PARAMETERS).map((name) => ({ id: `param:${name}`, label: name, value: (run: Run) => run.parameters[name] })),
      ...METRIC_NAMES.map((name) => ({ id: `metric:${name}`, label: name, value: (run: Run) => lastOf(run, name) })),
    ],
    [parameters],
  );
  const rows = useMemo(() => {
    if (!sort) return runs;
    const sign = sort.descending ? -1 : 1;
    const key = (run: Run) => sort.column.value(run) ?? '';
    return [...runs].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
    });
  }, [runs, sort]);
  const sortBy = (column: Column) => setSort((current) => ({ column, descending: current?.column.id === column.id ? !current.descending : false }));
  return (
    <table>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.id}>
              <button type="button" data-sort={column.id} onClick={() => sortBy(column)}>
                {column.label}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((run) => (
          <tr key={run.name}>
            {columns.map((column) => (
              <td key={column.id} data-testid={column.id === 'name' ? `run-row-${run.name}` : undefined}>
                {text(column.value(run))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const runs = benchRuns();
const parameters = Object.keys(runs[0]!.parameters).sort((a, b) => a.localeCompare(b));
mountComparePage({
  runs,
  comparison: <PlainCompare runs={runs} parameters={parameters} />,
  shown: ['[data-testid="peer-parameters"]', '[data-testid="peer-metrics"]'],
  runsTable: <PlainRuns runs={runs} parameters={parameters} />,
  header: (column) => `[data-sort="${column}"]`,
});
