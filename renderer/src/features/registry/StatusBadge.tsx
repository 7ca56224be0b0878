import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ApprovalStatus } from '../../../../shared/domain/registry';
import { STATUS_INDICATOR, STATUS_LABELS } from './format';

export function StatusBadge({ status, testId }: { status: ApprovalStatus; testId?: string }) {
  return (
    <span data-testid={testId} data-status={status}>
      <StatusIndicator type={STATUS_INDICATOR[status]}>{STATUS_LABELS[status]}</StatusIndicator>
    </span>
  );
}
