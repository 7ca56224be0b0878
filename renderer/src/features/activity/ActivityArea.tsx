import type { ReactNode } from 'react';
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { JournalEntry } from '../../../../shared/domain/journal';
import type { AreaProps } from '../../app/areas';
import { TOP_BAR_HEIGHT } from '../../app/layout';
import { ErrorNotice } from '../../components/ErrorNotice';
import { activityColumns } from './activity-columns';
import { entryText } from './journal-entries';
import { withQueries } from '../query-client';
import { useJournal } from './use-journal';

const PAGE_SIZE = 25;
const NO_ENTRIES: JournalEntry[] = [];

function Empty({ title, detail, action }: { title: string; detail: string; action?: ReactNode }) {
  return (
    <Box textAlign="center" color="inherit" data-testid="activity-empty">
      <Box variant="strong" color="inherit">
        {title}
      </Box>
      <Box variant="p" color="inherit">
        {detail}
      </Box>
      {action}
    </Box>
  );
}

function ActivityArea(_props: AreaProps) {
  const journal = useJournal();
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } = useCollection(
    journal.data ?? NO_ENTRIES,
    {
      filtering: {
        filteringFunction: (entry, text) => {
          const words = text.toLowerCase().split(/\s+/).filter(Boolean);
          const haystack = entryText(entry);
          return words.every((word) => haystack.includes(word));
        },
      },
      pagination: { pageSize: PAGE_SIZE },
      sorting: {},
    },
  );

  if (journal.isError) {
    return (
      <ErrorNotice
        error={journal.error}
        title="The activity journal could not be read"
        action={
          <button type="button" className="button" onClick={() => void journal.refetch()}>
            Try again
          </button>
        }
      />
    );
  }

  const total = journal.data?.length ?? 0;
  return (
    <Table<JournalEntry>
      {...(collectionProps as Partial<TableProps<JournalEntry>>)}
      data-testid="activity-table"
      variant="full-page"
      items={items}
      trackBy="id"
      columnDefinitions={activityColumns}
      empty={
        filterProps.filteringText ? (
          <Empty
            title="No activity matches"
            detail="Nothing in the journal contains that text."
            action={<Button onClick={() => actions.setFiltering('')}>Clear filter</Button>}
          />
        ) : (
          <Empty
            title="Nothing has been changed yet"
            detail="Every change made from SageDeck (switching session, settings, and later deployments and rollbacks) is listed here."
          />
        )
      }
      loading={journal.isPending}
      loadingText="Loading the activity journal"
      wrapLines={false}
      stickyHeader
      stickyHeaderVerticalOffset={TOP_BAR_HEIGHT}
      header={
        <Header
          counter={
            journal.data ? `(${filterProps.filteringText ? `${filteredItemsCount ?? 0}/` : ''}${total})` : undefined
          }
          description="Changes made from SageDeck in any profile, newest first. New entries appear as they happen."
        >
          Journal
        </Header>
      }
      filter={
        <TextFilter
          {...filterProps}
          filteringPlaceholder="Find by profile, region, action, target or error"
          filteringAriaLabel="Filter activity"
          countText={filterProps.filteringText ? `${filteredItemsCount ?? 0} matches` : undefined}
        />
      }
      pagination={
        <Pagination
          {...paginationProps}
          ariaLabels={{
            nextPageLabel: 'Next page',
            previousPageLabel: 'Previous page',
            pageLabel: (page) => `Page ${page}`,
          }}
        />
      }
    />
  );
}

export default withQueries(ActivityArea);
