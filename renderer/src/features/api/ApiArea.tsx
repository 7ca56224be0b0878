import '../jobs/jobs.css';
import { lazy, Suspense } from 'react';
import type { AreaProps } from '../../app/area-manifest';
import { useRoute } from '../../app/hash-route';
import { withQueries } from '../query-client';
import { apiAreaView, apiHomeHref } from './api-routes';
import { ApiHome } from './ApiHome';

// The home lists are the way in; an API, the expose flow and a load balancer load when opened.
const ApiDetailView = lazy(() => import('./apis/ApiDetailView'));
const ExposeFlow = lazy(() => import('./apis/expose/ExposeFlow'));
const LoadBalancerDetailView = lazy(() => import('./load-balancers/LoadBalancerDetailView'));
const TargetHealthBoard = lazy(() => import('./load-balancers/TargetHealthBoard'));

function ApiArea(_props: AreaProps) {
  const view = apiAreaView(useRoute());
  return (
    <div data-testid="api-area">
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading…
          </p>
        }
      >
        {view.view === 'home' && <ApiHome />}
        {view.view === 'api' && <ApiDetailView key={view.apiId} apiId={view.apiId} {...(view.tab ? { tab: view.tab } : {})} />}
        {view.view === 'expose' && <ExposeFlow {...(view.endpointName ? { endpointName: view.endpointName } : {})} />}
        {view.view === 'loadBalancer' && <LoadBalancerDetailView key={view.name} name={view.name} {...(view.tab ? { tab: view.tab } : {})} />}
        {view.view === 'targetGroup' && <TargetHealthBoard key={`${view.loadBalancer}/${view.targetGroup}`} loadBalancer={view.loadBalancer} targetGroup={view.targetGroup} />}
        {view.view === 'unknown' && (
          <div className="empty-state" data-testid="empty-state">
            <p>There is nothing at this address.</p>
            <a href={apiHomeHref()}>Back to APIs and load balancers</a>
          </div>
        )}
      </Suspense>
    </div>
  );
}

export default withQueries(ApiArea);
