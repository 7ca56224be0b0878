import Box from '@cloudscape-design/components/box';
import type { ApprovalEvent } from '../../../../../shared/domain/registry';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSessionQuery } from '../../use-session-query';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { STATUS_LABELS, formatTime } from '../format';

const SOURCE: Record<ApprovalEvent['source'], string> = {
  aws: 'AWS',
  journal: 'SageDeck journal',
  both: 'AWS and SageDeck journal',
};

/** Who decided what about this version, when and why; oldest first. */
export function ApprovalHistory({ group, version }: { group: string; version: number }) {
  const history = useSessionQuery('registry.history', { group, version });
  if (history.isError) return <ErrorNotice error={history.error} title="The approval history could not be read" />;
  if (history.isPending) return <p role="status">Loading the approval history…</p>;
  if (history.data.length === 0) return <Box color="text-body-secondary">AWS records no history for this version.</Box>;
  return (
    <PlainTable caption="Approval history" columns={['When', 'Status', 'Who', 'Comment', 'Recorded by']} testId="registry-history">
      {history.data.map((event, index) => (
        <tr key={`${event.at}-${index}`} data-status={event.status}>
          <td>{formatTime(event.at)}</td>
          <th scope="row">{STATUS_LABELS[event.status]}</th>
          <td>
            <code>{event.by ?? 'not recorded'}</code>
          </td>
          <td>{event.comment ?? '—'}</td>
          <td>{SOURCE[event.source]}</td>
        </tr>
      ))}
    </PlainTable>
  );
}
