import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import type { JournalEntry } from '../../../../shared/domain/journal';
import { formatTime } from './journal-entries';
import { resourceHref } from './journal-links';

const dash = '-';

export const activityColumns: TableProps.ColumnDefinition<JournalEntry>[] = [
  {
    id: 'time',
    header: 'Time',
    cell: (entry) => <time dateTime={entry.time}>{formatTime(entry.time)}</time>,
    sortingField: 'time',
  },
  { id: 'profile', header: 'Profile', cell: (entry) => entry.profile, sortingField: 'profile' },
  { id: 'region', header: 'Region', cell: (entry) => entry.region, sortingField: 'region' },
  { id: 'channel', header: 'Action', cell: (entry) => entry.channel, sortingField: 'channel' },
  {
    id: 'target',
    header: 'Target',
    cell: (entry) => {
      const href = resourceHref(entry);
      return href ? <a href={href}>{entry.target}</a> : entry.target;
    },
    sortingField: 'target',
  },
  {
    id: 'outcome',
    header: 'Outcome',
    cell: (entry) =>
      entry.outcome === 'success' ? (
        <StatusIndicator type="success">Succeeded</StatusIndicator>
      ) : (
        <StatusIndicator type="error">Failed</StatusIndicator>
      ),
    sortingField: 'outcome',
  },
  {
    id: 'error',
    header: 'Error',
    cell: (entry) => (entry.error ? `${entry.error.code}: ${entry.error.message}` : dash),
  },
  { id: 'requestId', header: 'Request ID', cell: (entry) => entry.requestId ?? dash },
];
