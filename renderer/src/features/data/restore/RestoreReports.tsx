import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { DrillReport, PrefixRestoreReport } from '../../../../../shared/domain/data';
import { browseHref } from '../data-routes';
import { formatDuration, formatTime } from '../format';

function Failures({ failed }: { failed: { key: string; message: string }[] }) {
  if (failed.length === 0) return null;
  return (
    <div>
      <Box variant="h3">Failed</Box>
      <ul>
        {failed.map((failure) => (
          <li key={failure.key}>
            <code>{failure.key}</code>: {failure.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PrefixRestoreResult({ report }: { report: PrefixRestoreReport }) {
  return (
    <div data-testid="restore-report" data-failed={report.failed.length}>
      <SpaceBetween size="m">
        {[
          <Alert
            key="banner"
            type={report.failed.length === 0 ? 'success' : 'warning'}
            header={
              report.failed.length === 0
                ? 'The prefix is back as it was'
                : `${report.failed.length} objects could not be restored`
            }
          >
            s3://{report.bucket}/{report.prefix} as of {formatTime(report.asOf)}.
          </Alert>,
          <KeyValuePairs
            key="counts"
            columns={4}
            items={[
              { label: 'Restored', value: String(report.restored) },
              { label: 'Already current', value: String(report.unchanged) },
              { label: 'Hidden (created later)', value: String(report.removed) },
              { label: 'Failed', value: String(report.failed.length) },
            ]}
          />,
          <Failures key="failed" failed={report.failed} />,
        ]}
      </SpaceBetween>
    </div>
  );
}

export function DrillResult({ report }: { report: DrillReport }) {
  return (
    <div data-testid="drill-report" data-passed={String(report.passed)}>
      <SpaceBetween size="m">
        {[
          <Alert
            key="banner"
            type={report.passed ? 'success' : 'error'}
            header={
              report.passed ? 'Drill passed: the backup restores' : 'Drill failed: the backup does not restore cleanly'
            }
          >
            s3://{report.bucket}/{report.prefix} as of {formatTime(report.asOf)}, restored into{' '}
            <a href={browseHref(report.bucket, report.scratchPrefix)}>{report.scratchPrefix}</a> in{' '}
            {formatDuration(report.durationMs / 1000)}.
          </Alert>,
          <KeyValuePairs
            key="counts"
            columns={4}
            items={[
              { label: 'Objects', value: String(report.objects) },
              { label: 'Checksums verified', value: String(report.verified) },
              { label: 'Mismatches', value: String(report.mismatched.length) },
              { label: 'Unverifiable', value: String(report.unverifiable.length) },
            ]}
          />,
          report.mismatched.length > 0 && (
            <div key="mismatched">
              <Box variant="h3">Mismatches</Box>
              <ul>
                {report.mismatched.map((m) => (
                  <li key={m.key}>
                    <code>{m.key}</code>: expected {m.expected}, restored {m.actual}
                  </li>
                ))}
              </ul>
            </div>
          ),
          report.unverifiable.length > 0 && (
            <Box key="unverifiable" color="text-body-secondary">
              No checksum stored (written before S3 kept one): {report.unverifiable.join(', ')}
            </Box>
          ),
          <Failures key="failed" failed={report.failed} />,
        ]}
      </SpaceBetween>
    </div>
  );
}
