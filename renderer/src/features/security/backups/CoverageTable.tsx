import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { BucketCoverage } from '../../../../../shared/domain/backups';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { useSessionQuery } from '../../use-session-query';
import { bucketBackupsHref } from './backups-routes';
import { dateTime, lastTestLabel, stateType } from './backup-format';
import { ScratchBuckets } from './ScratchBuckets';

function CoverageRow({ row }: { row: BucketCoverage }) {
  const covered = row.coveredBy.length > 0;
  const test = lastTestLabel(row.lastTest);
  return (
    <tr data-testid={`backup-row-${row.bucket}`} data-covered={covered}>
      <th scope="row">
        <a href={bucketBackupsHref(row.bucket)}>{row.bucket}</a>
      </th>
      <td data-testid="backup-covered-by">
        {covered ? (
          row.coveredBy.map((c) => (
            <div key={`${c.planId}/${c.selectionId}`}>
              {c.planName} / {c.selectionName}
            </div>
          ))
        ) : (
          <StatusIndicator type="warning">Not covered by any backup plan</StatusIndicator>
        )}
      </td>
      <td data-testid="backup-last-job">
        {row.lastBackup ? <StatusIndicator type={stateType(row.lastBackup.state)}>{`${row.lastBackup.state} ${dateTime(row.lastBackup.createdAt)}`}</StatusIndicator> : 'None'}
      </td>
      <td data-testid="backup-recovery-points">{row.recoveryPoints}</td>
      <td data-testid="backup-last-test">{covered ? <StatusIndicator type={test.type}>{test.text}</StatusIndicator> : '-'}</td>
      <td data-testid="backup-warning">{row.warning ?? (covered ? '' : 'Add this bucket to a backup plan selection if its data must survive a loss.')}</td>
    </tr>
  );
}

/** Which buckets a plan backs up, their last backup, recovery points and restore tests. `#/security/backups`. */
export function CoverageTable() {
  const overview = useSessionQuery('backups.overview', {});
  const header = (
    <Header variant="h2" description="Each bucket of the region, the backup plan that covers it, and when a restore was last tested." actions={<Button onClick={() => void overview.refetch()} loading={overview.isFetching}>Refresh</Button>}>
      Backup coverage
    </Header>
  );
  if (overview.isPending) return <Container header={header}><StatusIndicator type="loading">Reading backup plans, jobs and recovery points…</StatusIndicator></Container>;
  if (overview.isError) return <Container header={header}><ErrorNotice error={overview.error} title="Backup coverage could not be read" action={<Button onClick={() => void overview.refetch()}>Try again</Button>} /></Container>;
  const data = overview.data;
  return (
    <SpaceBetween size="l">
      <Container header={header} data-testid="backup-coverage">
        <SpaceBetween size="m">
          {data.backupUnavailable && (
            <Alert type="info" header="AWS Backup is not available on this endpoint" data-testid="backup-unavailable">
              {data.backupUnavailable}
            </Alert>
          )}
          {data.notices.map((notice) => (
            <Alert key={notice} type="info">{notice}</Alert>
          ))}
          {data.buckets.length === 0 ? (
            <p className="empty-state">There are no buckets in this region.</p>
          ) : (
            <PlainTable caption="Backup coverage of each bucket" columns={['Bucket', 'Covered by plan / selection', 'Last backup', 'Recovery points', 'Last restore test', 'Warning']} testId="backup-coverage-table">
              {data.buckets.map((row) => (
                <CoverageRow key={row.bucket} row={row} />
              ))}
            </PlainTable>
          )}
        </SpaceBetween>
      </Container>
      {data.scratchBuckets.length > 0 && <ScratchBuckets buckets={data.scratchBuckets} />}
    </SpaceBetween>
  );
}
