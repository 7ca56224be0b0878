import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useDeferredValue, useState } from 'react';
import type { ModelGroupSummary } from '../../../../shared/domain/registry';
import { TOP_BAR_HEIGHT } from '../../app/layout';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TagFilterField } from '../../components/tags/TagFilterField';
import { keepTagged, useTagFilter } from '../../components/tags/use-tag-filter';
import { formatTime } from './format';
import { LoadMore } from './LoadMore';
import { groupHref } from './registry-routes';
import { usePaged } from './use-paged';

/** AWS's NameContains takes the characters a group name can hold; anything else cannot match. */
const searchable = (text: string) => /^[a-zA-Z0-9-]*$/.test(text);

/** Model package groups, newest first, searched by AWS on a name fragment. `#/registry`. */
export function GroupList() {
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const valid = searchable(term);
  const groups = usePaged('registry.groups', valid && term ? { nameContains: term } : {});
  const tagFilter = useTagFilter();
  const { rows: items, hidden } = keepTagged(valid ? groups.items : [], tagFilter.arns);

  if (groups.error) {
    return (
      <ErrorNotice
        error={groups.error}
        title="The model groups could not be listed"
        action={
          <button type="button" className="button" onClick={groups.refetch}>
            Try again
          </button>
        }
      />
    );
  }
  return (
    <Table<ModelGroupSummary>
      data-testid="registry-groups"
      variant="full-page"
      items={items}
      trackBy="name"
      loading={groups.isPending}
      loadingText="Loading model groups"
      stickyHeader
      stickyHeaderVerticalOffset={TOP_BAR_HEIGHT}
      wrapLines
      header={
        <Header counter={groups.isPending ? undefined : `(${items.length}${groups.hasMore ? '+' : ''})`} description="Model package groups of this account and region.">
          Model registry
        </Header>
      }
      filter={
        <div className="list-filters">
          <TextFilter
            filteringText={search}
            onChange={({ detail }) => setSearch(detail.filteringText)}
            filteringPlaceholder="Search groups by name"
            filteringAriaLabel="Search model groups by name"
            filteringClearAriaLabel="Clear the search"
            countText={valid ? `${items.length} matches` : 'Group names hold letters, digits and hyphens only'}
            data-testid="registry-group-search"
          />
          <TagFilterField filter={tagFilter} hidden={hidden} what="model groups" />
        </div>
      }
      columnDefinitions={[
        {
          id: 'name',
          header: 'Name',
          cell: (group) => (
            <Link href={groupHref(group.name)} data-testid={`registry-group-${group.name}`}>
              {group.name}
            </Link>
          ),
        },
        { id: 'description', header: 'Description', cell: (group) => group.description ?? '—' },
        { id: 'created', header: 'Created', cell: (group) => formatTime(group.createdAt) },
      ]}
      empty={
        <Box textAlign="center" color="inherit" data-testid="registry-groups-empty">
          <Box variant="strong" color="inherit">
            {term ? `No model groups match "${term}"` : tagFilter.text ? `No model groups tagged ${tagFilter.text}` : 'No model groups in this region'}
          </Box>
          <Box variant="p" color="inherit">
            {term ? 'Search for another part of the name.' : 'Groups created by your pipelines appear here.'}
          </Box>
        </Box>
      }
      footer={groups.hasMore && <LoadMore onClick={groups.loadMore} loading={groups.isLoadingMore} testId="registry-groups-more" />}
    />
  );
}
