import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { useSessionQuery } from '../../use-session-query';
import { dateTime } from './backup-format';

/** Restore tests SageDeck ran on this bucket, newest first. */
export function RestoreHistory({ bucket }: { bucket: string }) {
  const history = useSessionQuery('backups.history', {});
  const mine = (history.data ?? []).filter((r) => r.bucket === bucket);
  return (
    <Container header={<Header variant="h2" description="Recorded on this computer with their date and result.">Restore test history</Header>} data-testid="restore-test-history">
      {history.isPending ? (
        <StatusIndicator type="loading">Reading the recorded tests…</StatusIndicator>
      ) : history.isError ? (
        <ErrorNotice error={history.error} title="The restore test history could not be read" />
      ) : mine.length === 0 ? (
        <p className="empty-state">No restore test of {bucket} yet.</p>
      ) : (
        <PlainTable caption="Restore tests, newest first" columns={['Finished', 'Recovery point of', 'Result', 'Objects checked', 'Mismatching keys', 'Scratch bucket']}>
          {mine.map((r) => (
            <tr key={r.testId} data-testid={`restore-history-${r.testId}`} data-passed={r.passed}>
              <th scope="row">{dateTime(r.finishedAt)}</th>
              <td>{dateTime(r.recoveryPointCreatedAt)}</td>
              <td>
                <StatusIndicator type={r.passed ? 'success' : 'error'}>{r.passed ? 'Passed' : 'Failed'}</StatusIndicator>
              </td>
              <td>{r.objectsChecked}</td>
              <td>{r.failureReason ?? (r.mismatches.map((m) => m.key).join(', ') || '-')}</td>
              <td>{r.scratchDeleted ? `${r.scratchBucket} (deleted)` : r.scratchBucket}</td>
            </tr>
          ))}
        </PlainTable>
      )}
    </Container>
  );
}
