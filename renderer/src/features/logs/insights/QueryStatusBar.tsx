import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { QueryResults } from '../../../../../shared/domain/logs';
import { formatBytes } from '../groups/log-group-format';
import { STATUS_TEXT, STATUS_TYPE } from './query-status';

/** The query's status and AWS's statistics: records matched and scanned, bytes scanned. */
export function QueryStatusBar({ results }: { results: QueryResults }) {
  const { statistics } = results;
  return (
    <SpaceBetween direction="horizontal" size="l">
      {[
        <span key="status" data-testid="insights-status" data-status={results.status} role="status">
          <StatusIndicator type={STATUS_TYPE[results.status]}>{STATUS_TEXT[results.status]}</StatusIndicator>
        </span>,
        <Box key="stats" color="text-body-secondary" data-testid="insights-statistics">
          {statistics.recordsMatched.toLocaleString('en-US')} records matched ·{' '}
          {statistics.recordsScanned.toLocaleString('en-US')} records scanned · {formatBytes(statistics.bytesScanned)}{' '}
          scanned
        </Box>,
      ]}
    </SpaceBetween>
  );
}
