import '../jobs/jobs.css';
import './alarms.css';
import { lazy, Suspense } from 'react';
import type { AreaProps } from '../../app/area-manifest';
import { useRoute } from '../../app/hash-route';
import { withQueries } from '../query-client';
import { alarmsView, boardHref } from './alarm-routes';
import { AlarmBoard } from './board/AlarmBoard';

// The board is what most visits need; the other screens load when first opened.
const AlarmDetail = lazy(() => import('./detail/AlarmDetail'));
const RecommendForm = lazy(() => import('./recommend/RecommendForm'));

/** Routes the area's screens from the hash (alarm-routes.ts). */
function AlarmsArea(_props: AreaProps) {
  const route = useRoute();
  const view = alarmsView(route);
  return (
    <div className="alarms-area" data-testid="alarms-area">
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading…
          </p>
        }
      >
        {view.view === 'board' && <AlarmBoard params={route.params} />}
        {/* Keyed by name so moving between alarms starts each screen fresh. */}
        {view.view === 'detail' && <AlarmDetail key={view.name} name={view.name} />}
        {view.view === 'recommend' && <RecommendForm key={view.endpointName} endpointName={view.endpointName} />}
        {view.view === 'unknown' && (
          <div className="empty-state" data-testid="empty-state">
            <p>There is nothing at this address.</p>
            <a href={boardHref()}>Back to the alarms</a>
          </div>
        )}
      </Suspense>
    </div>
  );
}

export default withQueries(AlarmsArea);
