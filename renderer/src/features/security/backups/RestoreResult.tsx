import Alert from '@cloudscape-design/components/alert';
import type { RestoreTestRecord } from '../../../../../shared/domain/backups';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { dateTime } from './backup-format';

const PROBLEM = { missing: 'Not restored', extra: 'Restored but absent at the recovery point', different: 'Different content (ETag or size)' } as const;

/** A finished restore test: passed with the objects verified, or failed with the keys that did not come back as they were. */
export function RestoreResult({ record }: { record: RestoreTestRecord }) {
  if (record.passed) {
    return (
      <Alert type="success" header="Restore test passed" data-testid="restore-test-result" data-passed="true">
        <span data-testid="restore-test-verified">{record.objectsChecked} objects verified</span>: the restored copy in {record.scratchBucket} matches {record.bucket} as it was at {dateTime(record.recoveryPointCreatedAt)} (count, ETag and size).
      </Alert>
    );
  }
  return (
    <Alert type="error" header="Restore test failed" data-testid="restore-test-result" data-passed="false">
      {record.failureReason ?? `${record.mismatches.length} of ${record.objectsChecked} objects did not come back as they were at ${dateTime(record.recoveryPointCreatedAt)}.`}
      {record.mismatches.length > 0 && (
        <PlainTable caption="Objects that did not match" columns={['Key', 'Problem', 'Expected', 'Restored']} testId="restore-test-mismatches">
          {record.mismatches.map((m) => (
            <tr key={m.key} data-testid={`restore-mismatch-${m.key}`}>
              <th scope="row">{m.key}</th>
              <td>{PROBLEM[m.problem]}</td>
              <td>{m.expected ? `${m.expected.etag ?? '-'} · ${m.expected.size ?? '-'} B` : '-'}</td>
              <td>{m.restored ? `${m.restored.etag ?? '-'} · ${m.restored.size ?? '-'} B` : '-'}</td>
            </tr>
          ))}
        </PlainTable>
      )}
    </Alert>
  );
}
