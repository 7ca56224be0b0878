import Box from '@cloudscape-design/components/box';
import Icon from '@cloudscape-design/components/icon';
import type { Run } from '../../../../../shared/domain/experiments';
import type { MetricRow } from '../../../../../shared/domain/run-compare';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { formatNumber } from '../runs/run-format';
import { RunHeading } from './RunHeading';
import { ScrollTable } from './ScrollTable';

/** Last values side by side, the best of each metric marked in words and an icon (not colour alone). */
export function MetricCompare({
  runs,
  rows,
  onFlipGoal,
}: {
  runs: readonly Run[];
  rows: readonly MetricRow[];
  onFlipGoal: (metric: string) => void;
}) {
  if (rows.length === 0) return <Box color="text-body-secondary">None of these runs recorded metrics.</Box>;
  return (
    <ScrollTable label="Metrics">
      <PlainTable
        caption="Last value of each metric per run; the best is marked"
        columns={['Metric', ...runs.map((run) => <RunHeading key={run.name} run={run} />)]}
        testId="compare-metrics"
      >
        {rows.map((row) => (
          <tr key={row.name} data-testid={`compare-metric-${row.name}`}>
            <th scope="row">
              <code>{row.name}</code>
              <br />
              <button
                type="button"
                className="experiments-goal"
                onClick={() => onFlipGoal(row.name)}
                data-testid={`compare-goal-${row.name}`}
                data-goal={row.goal}
              >
                {row.goal === 'max' ? 'Higher is better' : 'Lower is better'}
                <span className="sr-only"> (switch)</span>
              </button>
            </th>
            {row.values.map((value, index) => {
              const best = row.best.includes(index);
              const run = runs[index]!;
              return (
                <td
                  key={run.name}
                  className={best ? 'experiments-best-cell' : undefined}
                  data-testid={`compare-metric-${row.name}-${run.name}`}
                  data-best={best}
                >
                  {formatNumber(value)}
                  {best && (
                    <span className="experiments-best-mark" data-testid={`compare-best-${row.name}`}>
                      {' '}
                      <Icon name="star-filled" variant="success" /> best
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </PlainTable>
    </ScrollTable>
  );
}
