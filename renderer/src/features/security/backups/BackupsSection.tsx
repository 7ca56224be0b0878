import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { SectionProps } from '../SectionProps';
import { backupsHref, backupsView } from './backups-routes';
import { BucketBackupDetail } from './BucketBackupDetail';
import { CoverageTable } from './CoverageTable';

/** Backups: coverage of the pipeline's buckets, recovery points and restore tests. */
export default function BackupsSection({ rest, params }: SectionProps) {
  const view = backupsView(rest, params);
  return (
    <section data-testid="security-backups" aria-label="Backups">
      {view.view === 'coverage' && (
        <SpaceBetween size="l">
          <Header variant="h1" description="Backups that are never restored are hopes, not backups: test each plan at least every 30 days.">
            Backups
          </Header>
          <CoverageTable />
        </SpaceBetween>
      )}
      {view.view === 'bucket' && <BucketBackupDetail bucket={view.bucket} {...(view.testId ? { testId: view.testId } : {})} />}
      {view.view === 'unknown' && (
        <p className="empty-state">
          There is no such Backups page. <a href={backupsHref()}>Back to backup coverage</a>.
        </p>
      )}
    </section>
  );
}
