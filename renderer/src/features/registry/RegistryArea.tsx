import '../jobs/jobs.css';
import './registry.css';
import { lazy, Suspense } from 'react';
import type { AreaProps } from '../../app/area-manifest';
import { useRoute } from '../../app/hash-route';
import { withQueries } from '../query-client';
import { GroupList } from './GroupList';
import { groupsHref, registryView } from './registry-routes';

// The groups list is the way in; a group's versions, a version and the comparison load when opened.
const VersionList = lazy(() => import('./VersionList'));
const VersionDetail = lazy(() => import('./detail/VersionDetail'));
const CompareView = lazy(() => import('./CompareView'));

function RegistryArea(_props: AreaProps) {
  const view = registryView(useRoute());
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Loading…
        </p>
      }
    >
      {view.view === 'groups' && <GroupList />}
      {view.view === 'versions' && <VersionList key={view.group} group={view.group} />}
      {view.view === 'version' && <VersionDetail key={`${view.group}/${view.version}`} group={view.group} version={view.version} />}
      {view.view === 'compare' && <CompareView group={view.group} a={view.a} b={view.b} />}
      {view.view === 'unknown' && (
        <div className="empty-state" data-testid="empty-state">
          <p>There is nothing at this address.</p>
          <a href={groupsHref()}>Back to the model groups</a>
        </div>
      )}
    </Suspense>
  );
}

export default withQueries(RegistryArea);
