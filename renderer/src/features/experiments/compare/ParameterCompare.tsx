import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import type { Run } from '../../../../../shared/domain/experiments';
import type { ParameterRow } from '../../../../../shared/domain/run-compare';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { formatParameter } from '../runs/run-format';
import { RunHeading } from './RunHeading';
import { ScrollTable } from './ScrollTable';

function ParameterRows({ rows }: { rows: readonly ParameterRow[] }) {
  return rows.map((row) => (
    <tr
      key={row.name}
      className={row.differs ? 'experiments-differs' : undefined}
      data-testid={`compare-param-${row.name}`}
      data-differs={row.differs}
    >
      <th scope="row">
        <code>{row.name}</code>
        {row.differs && <span className="experiments-differs-mark"> differs</span>}
      </th>
      {row.values.map((value, index) => (
        <td key={index}>{formatParameter(value)}</td>
      ))}
    </tr>
  ));
}

/** The runs' parameters: those that differ first and marked; identical ones folded away. */
export function ParameterCompare({ runs, rows }: { runs: readonly Run[]; rows: readonly ParameterRow[] }) {
  if (rows.length === 0) return <Box color="text-body-secondary">None of these runs recorded parameters.</Box>;
  const differing = rows.filter((row) => row.differs);
  const identical = rows.filter((row) => !row.differs);
  const columns = ['Parameter', ...runs.map((run) => <RunHeading key={run.name} run={run} />)];
  return (
    <div data-testid="compare-parameters">
      {differing.length > 0 ? (
        <ScrollTable label="Parameters that differ">
          <PlainTable
            caption="Parameters that differ between the runs"
            columns={columns}
            testId="compare-parameters-differing"
          >
            <ParameterRows rows={differing} />
          </PlainTable>
        </ScrollTable>
      ) : (
        <Box color="text-body-secondary">Every parameter is the same in these runs.</Box>
      )}
      {identical.length > 0 && (
        <ExpandableSection
          headerText={`Show ${identical.length} identical ${identical.length === 1 ? 'parameter' : 'parameters'}`}
          data-testid="compare-identical"
        >
          <ScrollTable label="Identical parameters">
            <PlainTable
              caption="Parameters the same in every run"
              columns={columns}
              testId="compare-parameters-identical"
            >
              <ParameterRows rows={identical} />
            </PlainTable>
          </ScrollTable>
        </ExpandableSection>
      )}
    </div>
  );
}
