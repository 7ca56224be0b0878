import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useDeferredValue, useState } from 'react';
import type { ExperimentSummary } from '../../../../../shared/domain/experiments';
import { TOP_BAR_HEIGHT } from '../../../app/layout';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { TagFilterField } from '../../../components/tags/TagFilterField';
import { keepTagged, useTagFilter } from '../../../components/tags/use-tag-filter';
import { formatTime } from '../../jobs/job-format';
import { useSessionQuery } from '../../use-session-query';
import { runsHref } from '../experiments-routes';
import { TagList } from './TagList';

/** Experiments, newest first, searched by AWS on a name fragment and narrowed by their tags. `#/experiments`. */
export function ExperimentList() {
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const experiments = useSessionQuery('experiments.list', term ? { nameContains: term } : {});
  // The same tag filter as the jobs, registry and endpoints lists: tags.find across the pipeline, kept in the address.
  const tagFilter = useTagFilter();
  const { rows: items, hidden } = keepTagged(experiments.data?.items ?? [], tagFilter.arns);

  if (experiments.error) {
    return (
      <ErrorNotice
        error={experiments.error}
        title="The experiments could not be listed"
        action={
          <button type="button" className="button" onClick={() => void experiments.refetch()}>
            Try again
          </button>
        }
      />
    );
  }
  const narrowed = term !== '' || tagFilter.text !== '';
  return (
    <div data-testid="experiments-list" data-state={experiments.isPending ? 'loading' : 'ready'}>
      {experiments.data?.notice && (
        <Alert type="info" header="This list may be incomplete" data-testid="experiments-notice">
          {experiments.data.notice}
        </Alert>
      )}
      <Table<ExperimentSummary>
        data-testid="experiments-table"
        variant="full-page"
        items={items}
        trackBy="name"
        loading={experiments.isPending}
        loadingText="Loading experiments"
        stickyHeader
        stickyHeaderVerticalOffset={TOP_BAR_HEIGHT}
        wrapLines
        header={
          <Header
            variant="h1"
            counter={experiments.isPending ? undefined : `(${items.length})`}
            description="Experiments of this account and region. Open one to filter, sort and compare its runs."
          >
            Experiments
          </Header>
        }
        filter={
          <div className="list-filters">
            <TextFilter
              filteringText={search}
              onChange={({ detail }) => setSearch(detail.filteringText)}
              filteringPlaceholder="Search experiments by name"
              filteringAriaLabel="Search experiments by name"
              filteringClearAriaLabel="Clear the search"
              countText={`${items.length} matches`}
              data-testid="experiments-search"
            />
            <TagFilterField filter={tagFilter} hidden={hidden} what="experiments" />
          </div>
        }
        columnDefinitions={[
          {
            id: 'name',
            header: 'Name',
            isRowHeader: true,
            cell: (experiment) => (
              <Link href={runsHref(experiment.name)} data-testid={`experiment-row-${experiment.name}`}>
                {experiment.displayName || experiment.name}
              </Link>
            ),
          },
          { id: 'description', header: 'Description', cell: (experiment) => experiment.description ?? '—' },
          { id: 'tags', header: 'Tags', cell: (experiment) => <TagList tags={experiment.tags} /> },
          {
            id: 'created',
            header: 'Created',
            cell: (experiment) => <time dateTime={experiment.createdAt}>{formatTime(experiment.createdAt)}</time>,
          },
        ]}
        empty={
          <Box textAlign="center" color="inherit" data-testid="experiments-empty">
            <Box variant="strong" color="inherit">
              {narrowed ? 'No experiments match' : 'No experiments in this region'}
            </Box>
            <Box variant="p" color="inherit">
              {narrowed
                ? 'Search for another part of the name, or clear the tag filter.'
                : 'Training and processing jobs started with an ExperimentConfig, and SageMaker SDK runs, appear here.'}
            </Box>
          </Box>
        }
      />
    </div>
  );
}
