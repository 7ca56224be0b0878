import Alert from '@cloudscape-design/components/alert';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { navigateHref } from '../../../app/hash-route';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { backupsHref, bucketBackupsHref } from './backups-routes';
import { dateTime, lastTestLabel, stateType } from './backup-format';
import { RestoreHistory } from './RestoreHistory';
import { RestoreTestLive } from './RestoreTestLive';

function Coverage({ bucket }: { bucket: string }) {
  const overview = useSessionQuery('backups.overview', {});
  const row = overview.data?.buckets.find((b) => b.bucket === bucket);
  if (!row) return null;
  const test = lastTestLabel(row.lastTest);
  return (
    <SpaceBetween size="s">
      {row.coveredBy.length === 0 ? (
        <Alert type="warning" header="Not covered by any backup plan">No backup plan selection assigns {bucket}: it has no backups to restore.</Alert>
      ) : (
        <p data-testid="backup-detail-plans">
          Backed up by {row.coveredBy.map((c) => `${c.planName} (selection ${c.selectionName})`).join(', ')}. Last restore test: <StatusIndicator type={test.type}>{test.text}</StatusIndicator>
        </p>
      )}
      {row.warning && (
        <Alert type="warning" data-testid="backup-detail-warning">
          {row.warning}
        </Alert>
      )}
    </SpaceBetween>
  );
}

/** One bucket's recovery points with "Run restore test…", the running test and the history. `#/security/backups/bucket/<name>`. */
export function BucketBackupDetail({ bucket, testId }: { bucket: string; testId?: string }) {
  const points = useSessionQuery('backups.recoveryPoints', { bucket });
  const start = useSageMutation('backups.restoreTest', {
    invalidate: ['backups.overview'],
    onSuccess: (started) => navigateHref(bucketBackupsHref(bucket, started.testId)),
  });
  return (
    <SpaceBetween size="l">
      <BreadcrumbGroup
        items={[
          { text: 'Backups', href: backupsHref() },
          { text: bucket, href: bucketBackupsHref(bucket) },
        ]}
        ariaLabel="Breadcrumbs"
      />
      <Header variant="h1">{bucket}</Header>
      <Coverage bucket={bucket} />
      {testId && <RestoreTestLive key={testId} testId={testId} />}
      {start.error !== undefined && <ErrorNotice error={start.error} title="The restore test did not start" />}
      <Container header={<Header variant="h2" description="Run a restore test to restore one into a new scratch bucket and compare every object with the bucket as it was then.">Recovery points</Header>} data-testid="backup-recovery-points-list">
        {points.isPending ? (
          <StatusIndicator type="loading">Reading recovery points…</StatusIndicator>
        ) : points.isError ? (
          <ErrorNotice error={points.error} title="Recovery points could not be read" action={<Button onClick={() => void points.refetch()}>Try again</Button>} />
        ) : points.data.recoveryPoints.length === 0 ? (
          <p className="empty-state">No recovery points: AWS Backup has not backed up {bucket} yet.</p>
        ) : (
          <PlainTable caption="Recovery points, newest first" columns={['Created', 'Status', 'Vault', 'Size', 'Restore test']} testId="backup-recovery-points">
            {points.data.recoveryPoints.map((point, index) => (
              <tr key={point.arn} data-testid={`recovery-point-${index}`} data-arn={point.arn}>
                <th scope="row">{dateTime(point.createdAt)}</th>
                <td>
                  <StatusIndicator type={stateType(point.status)}>{point.status}</StatusIndicator>
                </td>
                <td>{point.vaultName ?? '-'}</td>
                <td>{point.sizeBytes !== undefined ? `${point.sizeBytes.toLocaleString('en-US')} B` : '-'}</td>
                <td>
                  <Button
                    data-testid="run-restore-test"
                    ariaLabel={`Run restore test… of the recovery point of ${dateTime(point.createdAt)}`}
                    disabled={start.isPending}
                    onClick={() => void start.run({ bucket, recoveryPointArn: point.arn })}
                  >
                    Run restore test…
                  </Button>
                </td>
              </tr>
            ))}
          </PlainTable>
        )}
      </Container>
      <RestoreHistory bucket={bucket} />
    </SpaceBetween>
  );
}
