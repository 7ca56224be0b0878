import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { PlanTestStatus } from '../../../../../shared/domain/backups';

export const day = (iso: string) => iso.slice(0, 10);
export const dateTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** AWS Backup job and recovery point states as a status indicator. */
export function stateType(state: string): StatusIndicatorProps.Type {
  if (state === 'COMPLETED' || state === 'AVAILABLE') return 'success';
  if (state === 'FAILED' || state === 'ABORTED' || state === 'EXPIRED') return 'error';
  if (state === 'PARTIAL') return 'warning';
  return 'in-progress';
}

export function lastTestLabel(test: PlanTestStatus['lastTest']): { text: string; type: StatusIndicatorProps.Type } {
  if (!test) return { text: 'Never tested', type: 'warning' };
  if (test.source === 'aws') return { text: `Restored ${day(test.at)} (outside SageDeck, not verified here)`, type: 'info' };
  return test.passed ? { text: `Passed ${day(test.at)}`, type: 'success' } : { text: `Failed ${day(test.at)}`, type: 'error' };
}
