import Box from '@cloudscape-design/components/box';
import { PlainTable } from './PlainTable';

/** A plain two-column table: hyperparameters, tags. Semantic table markup for screen readers. */
export function KeyValueTable({
  entries,
  caption,
  empty,
  testId,
}: {
  entries: Record<string, string>;
  caption: string;
  empty: string;
  testId?: string;
}) {
  const rows = Object.entries(entries).sort(([a], [b]) => a.localeCompare(b));
  if (rows.length === 0) return <Box color="text-body-secondary">{empty}</Box>;
  return (
    <PlainTable caption={caption} columns={['Key', 'Value']} testId={testId}>
      {rows.map(([key, value]) => (
        <tr key={key}>
          <th scope="row">
            <code>{key}</code>
          </th>
          <td>
            <code>{value}</code>
          </td>
        </tr>
      ))}
    </PlainTable>
  );
}
