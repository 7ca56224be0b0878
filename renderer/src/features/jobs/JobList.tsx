import { useCollection } from '@cloudscape-design/collection-hooks';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import PropertyFilter, { type PropertyFilterProps } from '@cloudscape-design/components/property-filter';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import type { JobKind, JobSummary } from '../../../../shared/domain/jobs';
import { TOP_BAR_HEIGHT } from '../../app/layout';
import { useNow } from '../../app/use-now';
import { ErrorNotice, errorMessage } from '../../components/ErrorNotice';
import { TagFilterField } from '../../components/tags/TagFilterField';
import { keepTagged, useTagFilter } from '../../components/tags/use-tag-filter';
import { LiveUpdatesNotice } from '../live/LiveUpdatesNotice';
import { jobColumns } from './job-columns';
import { FILTERING_OPTIONS, FILTERING_PROPERTIES, matchesFreeText, parseFilter } from './job-filter';
import { newJobHref, schedulesHref } from './job-routes';
import { askNotificationPermissionOnce } from './notifications/permission';
import { propertyFilterI18n } from './property-filter-i18n';
import { useJobList } from './use-jobs';
import { useRowInstances } from './use-row-instances';

const PAGE_SIZE = 25;
const EMPTY_QUERY: PropertyFilterProps.Query = { tokens: [], operation: 'and' };

/** A kind's jobs: filtered by AWS where AWS can, live by the watcher, paged from AWS on demand. */
export function JobList({ kind }: { kind: JobKind }) {
  const [filter, setFilter] = useState<PropertyFilterProps.Query>(EMPTY_QUERY);
  const parsed = useMemo(() => parseFilter(filter), [filter]);
  const jobs = useJobList(kind, parsed.query);
  const tagFilter = useTagFilter();
  const matching = useMemo(() => jobs.items.filter((job) => matchesFreeText(job, parsed.freeText)), [jobs.items, parsed.freeText]);
  const { rows, hidden } = useMemo(() => keepTagged(matching, tagFilter.arns), [matching, tagFilter.arns]);
  const now = useNow(rows.some((job) => job.status === 'InProgress' || job.status === 'Stopping'));
  const columns = useMemo(() => jobColumns(kind, now), [kind, now]);
  const { items: pageRows, collectionProps, paginationProps } = useCollection(rows, {
    pagination: { pageSize: PAGE_SIZE },
    sorting: { defaultState: { sortingColumn: { sortingField: 'createdAt' }, isDescending: true } },
  });
  const items = useRowInstances(kind, pageRows);
  const kindLabel = kind === 'training' ? 'training' : 'processing';
  const startButton = (
    <Button href={newJobHref(kind)} onClick={askNotificationPermissionOnce} data-testid="jobs-start">
      Start a {kindLabel} job
    </Button>
  );

  if (jobs.error) {
    return (
      <ErrorNotice
        error={jobs.error}
        title={`The ${kindLabel} jobs could not be listed`}
        action={
          <button type="button" className="button" onClick={jobs.refetch}>
            Try again
          </button>
        }
      />
    );
  }

  const filtered = filter.tokens.length > 0 || tagFilter.text !== '';
  const clearFilters = () => {
    setFilter(EMPTY_QUERY);
    tagFilter.apply('');
  };
  return (
    <SpaceBetween size="m">
      {[
        jobs.notice && (
          <Alert key="notice" type="info" header="This endpoint lists less than AWS would" data-testid="jobs-notice">
            {jobs.notice}
          </Alert>
        ),
        parsed.problems.length > 0 && (
          <Alert key="problems" type="warning" data-testid="jobs-filter-problems">
            {parsed.problems.join(' ')}
          </Alert>
        ),
        <Table<JobSummary>
          key="table"
          {...(collectionProps as Partial<TableProps<JobSummary>>)}
          data-testid="jobs-table"
          variant="full-page"
          items={items}
          trackBy="name"
          columnDefinitions={columns}
          // Long names and metric labels wrap onto a second line rather than pushing columns off screen.
          wrapLines
          loading={jobs.isPending}
          loadingText={`Loading ${kindLabel} jobs`}
          stickyHeader
          stickyHeaderVerticalOffset={TOP_BAR_HEIGHT}
          empty={
            <Box textAlign="center" color="inherit" data-testid="jobs-empty">
              <Box variant="strong" color="inherit">
                {filtered ? 'No jobs match these filters' : `No ${kindLabel} jobs in this region`}
              </Box>
              <Box variant="p" color="inherit">
                {filtered ? 'Change or clear the filters.' : 'Jobs you start here or elsewhere appear as soon as AWS lists them.'}
              </Box>
              {filtered ? <Button onClick={clearFilters}>Clear filters</Button> : startButton}
            </Box>
          }
          header={
            <Header
              counter={jobs.isPending ? undefined : `(${rows.length}${jobs.hasMore ? '+' : ''})`}
              description={<LiveUpdatesNotice updates={jobs.updates} testId="jobs-updates" />}
              actions={
                <SpaceBetween direction="horizontal" size="xs">
                  {[
                    kind === 'processing' && (
                      <Button key="schedules" href={schedulesHref()} data-testid="jobs-schedules">
                        Schedules
                      </Button>
                    ),
                    <span key="start">{startButton}</span>,
                  ]}
                </SpaceBetween>
              }
            >
              {kind === 'training' ? 'Training jobs' : 'Processing jobs'}
            </Header>
          }
          filter={
            <div className="list-filters">
              <PropertyFilter
                query={filter}
                onChange={({ detail }) => setFilter(detail)}
                filteringProperties={FILTERING_PROPERTIES}
                filteringOptions={FILTERING_OPTIONS}
                filteringPlaceholder="Filter by status, name or created date; free text searches loaded rows"
                filteringAriaLabel={`Filter ${kindLabel} jobs`}
                i18nStrings={propertyFilterI18n}
                countText={`${rows.length} matches`}
                expandToViewport
              />
              <TagFilterField filter={tagFilter} hidden={hidden} what={`${kindLabel} jobs`} />
            </div>
          }
          pagination={<Pagination {...paginationProps} ariaLabels={PAGINATION_LABELS} />}
          footer={
            (jobs.hasMore || jobs.loadMoreError !== undefined) && (
              <Box textAlign="center">
                <SpaceBetween size="xs">
                  {[
                    jobs.loadMoreError !== undefined && (
                      <div key="error" role="alert">
                        <Box color="text-status-error">Loading more failed: {errorMessage(jobs.loadMoreError)}</Box>
                      </div>
                    ),
                    <Button key="more" onClick={jobs.loadMore} loading={jobs.isLoadingMore} data-testid="jobs-load-more">
                      Load more from AWS
                    </Button>,
                  ]}
                </SpaceBetween>
              </Box>
            )
          }
        />,
      ]}
    </SpaceBetween>
  );
}

const PAGINATION_LABELS = {
  nextPageLabel: 'Next page',
  previousPageLabel: 'Previous page',
  pageLabel: (page: number) => `Page ${page}`,
};
