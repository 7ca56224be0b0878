import type { ReactNode } from 'react';
import type { Run } from '../../../../../shared/domain/experiments';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { RunStatus, SourceLink } from '../runs/run-columns';
import { RunHeading } from './RunHeading';

/** The runs under comparison with their source job and what can be done from each. */
export function ComparedRuns({ runs, actionsFor }: { runs: readonly Run[]; actionsFor: (run: Run) => ReactNode }) {
  return (
    <PlainTable caption="Runs compared" columns={['Run', 'Status', 'Source job', 'Actions']} testId="compare-runs">
      {runs.map((run) => (
        <tr key={run.name} data-testid={`compare-run-${run.name}`}>
          <th scope="row">
            <RunHeading run={run} />
          </th>
          <td>
            <RunStatus run={run} />
          </td>
          <td>
            <SourceLink source={run.source} />
          </td>
          <td>{actionsFor(run)}</td>
        </tr>
      ))}
    </PlainTable>
  );
}
