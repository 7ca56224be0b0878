import { useCollection } from '@cloudscape-design/collection-hooks';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { EndpointSummary } from '../../../../../shared/domain/endpoints';
import { TOP_BAR_HEIGHT } from '../../../app/layout';
import { ErrorNotice, errorMessage } from '../../../components/ErrorNotice';
import { TagFilterField } from '../../../components/tags/TagFilterField';
import { keepTagged, useTagFilter } from '../../../components/tags/use-tag-filter';
import { LiveUpdatesNotice } from '../../live/LiveUpdatesNotice';
import { deployHref } from '../endpoint-routes';
import { endpointColumns } from './endpoint-columns';
import { useRowMetrics } from './EndpointSparks';
import { useEndpointList } from './use-endpoints';

const RollbackDialog = lazy(() => import('../rollback/RollbackDialog'));

const PAGE_SIZE = 25;
const PAGINATION_LABELS = {
  nextPageLabel: 'Next page',
  previousPageLabel: 'Previous page',
  pageLabel: (page: number) => `Page ${page}`,
};

/** Every endpoint of the region, live: what serves on each, whether it is deploying, its traffic. */
export function EndpointList() {
  const endpoints = useEndpointList();
  const [rollback, setRollback] = useState<string>();
  const tagFilter = useTagFilter();
  const tagged = useMemo(() => keepTagged(endpoints.items, tagFilter.arns), [endpoints.items, tagFilter.arns]);
  const { items, collectionProps, paginationProps, filterProps, filteredItemsCount, actions } = useCollection(
    tagged.rows,
    {
      filtering: { fields: ['name', 'status', 'configName'] },
      pagination: { pageSize: PAGE_SIZE },
      sorting: { defaultState: { sortingColumn: { sortingField: 'name' } } },
    },
  );
  const metrics = useRowMetrics(items.map((endpoint) => endpoint.name));
  const columns = useMemo(() => endpointColumns(setRollback, metrics), [metrics]);
  const deployButton = (
    <Button href={deployHref()} data-testid="endpoints-deploy-new">
      Deploy to a new endpoint
    </Button>
  );

  if (endpoints.error) {
    return (
      <ErrorNotice
        error={endpoints.error}
        title="The endpoints could not be listed"
        action={
          <button type="button" className="button" onClick={endpoints.refetch}>
            Try again
          </button>
        }
      />
    );
  }
  const filtered = filterProps.filteringText.length > 0 || tagFilter.text !== '';
  const clearFilters = () => {
    actions.setFiltering('');
    tagFilter.apply('');
  };
  return (
    <SpaceBetween size="m">
      {[
        endpoints.notice && (
          <Alert
            key="notice"
            type="info"
            header="This endpoint lists less than AWS would"
            data-testid="endpoints-notice"
          >
            {endpoints.notice}
          </Alert>
        ),
        <Table<EndpointSummary>
          key="table"
          {...(collectionProps as Partial<TableProps<EndpointSummary>>)}
          data-testid="endpoints-table"
          variant="full-page"
          items={items}
          trackBy="name"
          columnDefinitions={columns}
          wrapLines
          loading={endpoints.isPending}
          loadingText="Loading endpoints"
          stickyHeader
          stickyHeaderVerticalOffset={TOP_BAR_HEIGHT}
          empty={
            <Box textAlign="center" color="inherit" data-testid="endpoints-empty">
              <Box variant="strong" color="inherit">
                {filtered ? 'No endpoints match this filter' : 'No endpoints in this region'}
              </Box>
              <Box variant="p" color="inherit">
                {filtered
                  ? 'Change or clear the filter.'
                  : 'Deploy an approved model version to create one, or switch region.'}
              </Box>
              {filtered ? <Button onClick={clearFilters}>Clear filter</Button> : deployButton}
            </Box>
          }
          header={
            <Header
              counter={endpoints.isPending ? undefined : `(${tagged.rows.length}${endpoints.hasMore ? '+' : ''})`}
              description={<LiveUpdatesNotice updates={endpoints.updates} testId="endpoints-updates" />}
              actions={deployButton}
            >
              Endpoints
            </Header>
          }
          filter={
            <div className="list-filters">
              <TextFilter
                {...filterProps}
                filteringPlaceholder="Filter by name, status or config"
                filteringAriaLabel="Filter endpoints"
                countText={`${filteredItemsCount ?? 0} matches`}
              />
              <TagFilterField filter={tagFilter} hidden={tagged.hidden} what="endpoints" />
            </div>
          }
          pagination={<Pagination {...paginationProps} ariaLabels={PAGINATION_LABELS} />}
          footer={
            (endpoints.hasMore || endpoints.loadMoreError !== undefined) && (
              <Box textAlign="center">
                {endpoints.loadMoreError !== undefined && (
                  <div role="alert">
                    <Box color="text-status-error">Loading more failed: {errorMessage(endpoints.loadMoreError)}</Box>
                  </div>
                )}
                <Button
                  onClick={endpoints.loadMore}
                  loading={endpoints.isLoadingMore}
                  data-testid="endpoints-load-more"
                >
                  Load more from AWS
                </Button>
              </Box>
            )
          }
        />,
      ]}
      {rollback && (
        <Suspense fallback={<p role="status">Loading the rollback…</p>}>
          <RollbackDialog endpointName={rollback} onClose={() => setRollback(undefined)} />
        </Suspense>
      )}
    </SpaceBetween>
  );
}
