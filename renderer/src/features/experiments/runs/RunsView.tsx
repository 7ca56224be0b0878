import Alert from '@cloudscape-design/components/alert';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useDeferredValue, useMemo } from 'react';
import { SageDeckError } from '../../../../../shared/errors';
import { metricNames, parameterNames } from '../../../../../shared/domain/run-compare';
import { parseRunFilter } from '../../../../../shared/domain/run-filter';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSessionQuery } from '../../use-session-query';
import { experimentsHref, type RunTableState } from '../experiments-routes';
import { ExperimentTags } from './ExperimentTags';
import { RunsTable } from './RunsTable';
import { useTableAddress } from './use-table-address';

/** An experiment's runs: filter, sort, pick columns, select runs to compare. `#/experiments/<name>`. */
export default function RunsView({ experiment, table }: { experiment: string; table: RunTableState }) {
  const runs = useSessionQuery('experiments.runs', { experiment });
  const [state, setState] = useTableAddress(experiment, table);
  const items = runs.data?.items;
  const names = useMemo(
    () => ({ parameters: parameterNames(items ?? []), metrics: metricNames(items ?? []) }),
    [items],
  );
  const filterText = useDeferredValue(state.filter);
  // Before the runs arrive any name is accepted; the filter is checked against them once they do.
  const filter = useMemo(() => parseRunFilter(filterText, items ? names : undefined), [filterText, items, names]);
  const shown = useMemo(() => (items && filter.ok ? items.filter(filter.matches) : (items ?? [])), [items, filter]);
  const crumbs = (
    <BreadcrumbGroup
      ariaLabel="Breadcrumbs"
      items={[
        { text: 'Experiments', href: experimentsHref() },
        { text: experiment, href: '#' },
      ]}
    />
  );

  if (runs.error) {
    const missing = runs.error instanceof SageDeckError && runs.error.code === 'ResourceNotFound';
    return (
      <SpaceBetween size="m">
        {crumbs}
        <ErrorNotice
          error={runs.error}
          title={
            missing
              ? `There is no experiment ${experiment} in this region`
              : `The runs of ${experiment} could not be listed`
          }
          action={
            missing ? (
              <a href={experimentsHref()}>Back to the experiments</a>
            ) : (
              <button type="button" className="button" onClick={() => void runs.refetch()}>
                Try again
              </button>
            )
          }
        />
      </SpaceBetween>
    );
  }
  return (
    <SpaceBetween size="m">
      {crumbs}
      {runs.data?.notice && (
        <Alert type="info" header="Some runs may be missing" data-testid="runs-notice">
          {runs.data.notice}
        </Alert>
      )}
      <RunsTable
        experiment={experiment}
        loading={runs.isPending}
        runs={shown}
        total={items?.length ?? 0}
        parameters={names.parameters}
        metrics={names.metrics}
        state={state}
        onStateChange={setState}
        filterError={filter.ok ? undefined : filter.message}
      />
      <ExperimentTags experiment={experiment} />
    </SpaceBetween>
  );
}
