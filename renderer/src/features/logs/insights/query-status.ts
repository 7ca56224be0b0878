import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { QueryStatus } from '../../../../../shared/domain/logs';

/** Statuses after which GetQueryResults never changes: polling stops there. */
const TERMINAL: ReadonlySet<QueryStatus> = new Set(['Complete', 'Failed', 'Cancelled', 'Timeout']);

export const isTerminal = (status: QueryStatus | undefined): boolean => status !== undefined && TERMINAL.has(status);

export const STATUS_TYPE: Record<QueryStatus, StatusIndicatorProps.Type> = {
  Scheduled: 'pending',
  Running: 'in-progress',
  Complete: 'success',
  Failed: 'error',
  Cancelled: 'stopped',
  Timeout: 'error',
  Unknown: 'info',
};

export const STATUS_TEXT: Record<QueryStatus, string> = {
  Scheduled: 'Scheduled',
  Running: 'Running',
  Complete: 'Complete',
  Failed: 'Failed: the query could not finish. Narrow the time range or the groups and run it again.',
  Cancelled: 'Stopped',
  Timeout: 'Timed out after 60 minutes: narrow the time range and run it again.',
  Unknown: 'Unknown',
};
