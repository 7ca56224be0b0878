import './data.css';
import { lazy, Suspense } from 'react';
import type { AreaProps } from '../../app/area-manifest';
import { useRoute } from '../../app/hash-route';
import { withQueries } from '../query-client';
import { BucketList } from './buckets/BucketList';
import { UriLanding } from './browse/UriLanding';
import { bucketsHref, dataView } from './data-routes';

// The bucket list is what most visits need; the other screens load when first opened.
const BucketPosture = lazy(() => import('./buckets/BucketPosture'));
const CreateBucketForm = lazy(() => import('./create/CreateBucketForm'));
const ObjectBrowser = lazy(() => import('./browse/ObjectBrowser'));
const ObjectDetail = lazy(() => import('./browse/ObjectDetail'));
const RestorePanel = lazy(() => import('./restore/RestorePanel'));

/** Routes the area's screens from the hash (data-routes.ts). */
function DataArea(_props: AreaProps) {
  const view = dataView(useRoute());
  return (
    <div className="data-area" data-testid="data-area">
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading…
          </p>
        }
      >
        {view.view === 'buckets' && <BucketList />}
        {view.view === 'new' && <CreateBucketForm />}
        {view.view === 'uri' && <UriLanding key={view.uri} uri={view.uri} />}
        {/* Keyed, so moving between buckets, prefixes and objects starts each screen fresh. */}
        {view.view === 'browse' && (
          <ObjectBrowser key={`${view.bucket}|${view.prefix}`} bucket={view.bucket} prefix={view.prefix} />
        )}
        {view.view === 'posture' && <BucketPosture key={view.bucket} bucket={view.bucket} />}
        {view.view === 'object' && (
          <ObjectDetail
            key={`${view.bucket}|${view.key}|${view.versionId ?? ''}`}
            bucket={view.bucket}
            objectKey={view.key}
            versionId={view.versionId}
            tab={view.tab}
          />
        )}
        {view.view === 'restore' && (
          <RestorePanel key={`${view.bucket}|${view.prefix}`} bucket={view.bucket} prefix={view.prefix} />
        )}
        {view.view === 'unknown' && (
          <div className="empty-state" data-testid="empty-state">
            <p>There is nothing at this address.</p>
            <a href={bucketsHref()}>Back to the buckets</a>
          </div>
        )}
      </Suspense>
    </div>
  );
}

export default withQueries(DataArea);
