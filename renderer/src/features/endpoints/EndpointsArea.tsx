import './endpoints.css';
import { lazy, Suspense } from 'react';
import type { AreaProps } from '../../app/area-manifest';
import { useRoute } from '../../app/hash-route';
import { withQueries } from '../query-client';
import { endpointsHref, endpointsView } from './endpoint-routes';
import { EndpointList } from './list/EndpointList';

// The list is what most visits need; the other screens load when first opened.
const EndpointDetail = lazy(() => import('./detail/EndpointDetail'));
const DeployForm = lazy(() => import('./deploy/DeployForm'));
const DeploymentLive = lazy(() => import('./deploy/DeploymentLive'));
const ScalingPanel = lazy(() => import('./scaling/ScalingPanel'));
const InvokePanel = lazy(() => import('./invoke/InvokePanel'));

/** Routes the area's screens from the hash (endpoint-routes.ts). */
function EndpointsArea(_props: AreaProps) {
  const view = endpointsView(useRoute());
  return (
    <div className="endpoints-area" data-testid="endpoints-area">
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading…
          </p>
        }
      >
        {view.view === 'list' && <EndpointList />}
        {/* Keyed by name so moving between endpoints starts each screen fresh. */}
        {view.view === 'detail' && <EndpointDetail key={view.name} name={view.name} />}
        {view.view === 'deploy' && (
          <DeployForm key={`${view.name ?? ''}|${view.version ?? ''}`} name={view.name} version={view.version} />
        )}
        {view.view === 'deployment' && <DeploymentLive key={view.name} name={view.name} />}
        {view.view === 'scaling' && (
          <ScalingPanel key={`${view.name}|${view.variant ?? ''}`} name={view.name} variant={view.variant} />
        )}
        {view.view === 'invoke' && <InvokePanel key={view.name} name={view.name} />}
        {view.view === 'unknown' && (
          <div className="empty-state" data-testid="empty-state">
            <p>There is nothing at this address.</p>
            <a href={endpointsHref()}>Back to the endpoints</a>
          </div>
        )}
      </Suspense>
    </div>
  );
}

export default withQueries(EndpointsArea);
