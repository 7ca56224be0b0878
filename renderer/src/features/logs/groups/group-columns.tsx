import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import type { LogGroupSummary, TailTarget } from '../../../../../shared/domain/logs';
import { hrefFor } from '../../../app/hash-route';
import { formatTime } from '../../jobs/job-format';
import { formatBytes } from './log-group-format';
import { RetentionCell } from './RetentionCell';

export interface GroupColumnActions {
  tailHref: (target: TailTarget) => string;
  chooseStreams: (group: string) => void;
  setRetention: (group: string, days: number | null) => void;
  /** The group whose retention is being changed now. */
  changing: string | undefined;
}

/** `#/logs/insights?group=<name>`: Logs Insights with the group already chosen. */
export const insightsForGroupHref = (group: string) => hrefFor('logs', ['insights'], { group });

export function groupColumns(actions: GroupColumnActions): TableProps.ColumnDefinition<LogGroupSummary>[] {
  return [
    {
      id: 'name',
      header: 'Log group',
      cell: (item) => <span data-testid={`log-group-row-${item.name}`}>{item.name}</span>,
      isRowHeader: true,
    },
    {
      id: 'retention',
      header: 'Retention',
      minWidth: 200,
      cell: (item) => (
        <RetentionCell
          group={item}
          busy={actions.changing === item.name}
          onChange={(days) => actions.setRetention(item.name, days)}
        />
      ),
    },
    {
      id: 'stored',
      header: 'Stored',
      cell: (item) => <span data-testid={`log-group-stored-${item.name}`}>{formatBytes(item.storedBytes)}</span>,
    },
    { id: 'created', header: 'Created', cell: (item) => formatTime(item.createdAt) },
    {
      id: 'actions',
      header: 'Actions',
      cell: (item) => (
        <SpaceBetween direction="horizontal" size="xs">
          {[
            // Each label starts with the button's text, so speech input that says the text finds it.
            <Button
              key="tail"
              href={actions.tailHref({ kind: 'group', group: item.name })}
              ariaLabel={`Tail ${item.name}`}
              data-testid={`log-group-tail-${item.name}`}
            >
              Tail
            </Button>,
            <Button
              key="streams"
              onClick={() => actions.chooseStreams(item.name)}
              ariaLabel={`Choose streams of ${item.name}`}
              data-testid={`log-group-streams-${item.name}`}
            >
              Choose streams
            </Button>,
            <Button
              key="query"
              href={insightsForGroupHref(item.name)}
              ariaLabel={`Query ${item.name}`}
              data-testid={`log-group-query-${item.name}`}
            >
              Query
            </Button>,
          ]}
        </SpaceBetween>
      ),
    },
  ];
}
