import Box from '@cloudscape-design/components/box';
import type { VersionMetric } from '../../../../../shared/domain/registry';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { formatMetric } from '../format';

const SOURCE: Record<VersionMetric['source'], string> = {
  'customer-metadata': 'Customer metadata',
  'model-metrics': 'Model quality statistics',
};

export function MetricsTable({ metrics, notes }: { metrics: VersionMetric[]; notes: string[] }) {
  return (
    <>
      {metrics.length === 0 ? (
        <Box color="text-body-secondary">This version was registered without metrics.</Box>
      ) : (
        <PlainTable caption="Metrics" columns={['Metric', 'Value', 'From']} testId="registry-metrics">
          {metrics.map((metric) => (
            <tr key={`${metric.source}:${metric.name}`}>
              <th scope="row">
                <code>{metric.name}</code>
              </th>
              <td>{formatMetric(metric.value)}</td>
              <td>{SOURCE[metric.source]}</td>
            </tr>
          ))}
        </PlainTable>
      )}
      {notes.map((note) => (
        <Box key={note} color="text-status-warning" data-testid="registry-metrics-note">
          {note}
        </Box>
      ))}
    </>
  );
}
