import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { PostureFindingStatus } from '../../../../../shared/domain/posture';
import { STATUS_LABEL } from './fix-href';

const TYPE = { pass: 'success', fail: 'error', unknown: 'warning' } as const;

/** Pass / Fail / Could not check: an icon and the word, never colour alone. */
export function StatusMark({ status }: { status: PostureFindingStatus }) {
  return (
    <span data-status={status}>
      <StatusIndicator type={TYPE[status]}>{STATUS_LABEL[status]}</StatusIndicator>
    </span>
  );
}
