import '../jobs/jobs.css';
import './experiments.css';
import { lazy, Suspense } from 'react';
import type { AreaProps } from '../../app/area-manifest';
import { useRoute } from '../../app/hash-route';
import { LINEAGE_SEGMENT, lineageResource } from '../lineage/lineage-routes';
import { withQueries } from '../query-client';
import { experimentsHref, experimentsView } from './experiments-routes';
import { ExperimentList } from './list/ExperimentList';

// The list is the way in; an experiment's runs and the comparison load when opened.
const RunsView = lazy(() => import('./runs/RunsView'));
const CompareView = lazy(() => import('./compare/CompareView'));
// Lineage is reached from every area (`#/experiments/lineage?resource=`); it is its own chunk.
const LineageView = lazy(() => import('../lineage/LineageView'));

function ExperimentsArea(_props: AreaProps) {
  const route = useRoute();
  // Lineage addresses always carry `resource` (empty for the look-up box alone); an experiment
  // named "lineage" keeps its runs page, whose addresses never do.
  const lineage = route.path.length === 1 && route.path[0] === LINEAGE_SEGMENT && route.params.has('resource');
  const view = lineage ? undefined : experimentsView(route);
  return (
    <div data-testid="experiments-area">
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading…
          </p>
        }
      >
        {lineage && <LineageView resource={lineageResource(route.params) ?? ''} />}
        {view?.view === 'list' && <ExperimentList />}
        {view?.view === 'runs' && <RunsView key={view.experiment} experiment={view.experiment} table={view.table} />}
        {view?.view === 'compare' && <CompareView key={view.experiment} experiment={view.experiment} runs={view.runs} />}
        {view?.view === 'unknown' && (
          <div className="empty-state" data-testid="empty-state">
            <p>There is nothing at this address.</p>
            <a href={experimentsHref()}>Back to the experiments</a>
          </div>
        )}
      </Suspense>
    </div>
  );
}

export default withQueries(ExperimentsArea);
