import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TargetHealthRow } from '../../../../../../shared/domain/load-balancers';
import { TARGET_STATE_LABEL, TARGET_STATE_TYPE } from '../lb-format';

/** A target's state in words with an icon and colour that only repeat them. */
export function TargetStateCell({ row }: { row: TargetHealthRow }) {
  return (
    <StatusIndicator type={TARGET_STATE_TYPE[row.state]}>
      <span data-testid={`target-state-${row.id}`} data-state={row.state}>
        {TARGET_STATE_LABEL[row.state]}
      </span>
    </StatusIndicator>
  );
}

/** AWS's description in words first, its reason code after, for searching AWS's docs. */
export function TargetReasonCell({ row }: { row: TargetHealthRow }) {
  if (!row.reason && !row.description) return <span data-testid={`target-reason-${row.id}`}>—</span>;
  return (
    <span data-testid={`target-reason-${row.id}`}>
      {row.description ?? ''}
      {row.reason && (
        <>
          {row.description ? ' ' : ''}
          <code className="lb-reason-code">{row.reason}</code>
        </>
      )}
    </span>
  );
}
