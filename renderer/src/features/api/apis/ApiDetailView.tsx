import '../api.css';
import Alert from '@cloudscape-design/components/alert';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { lazy, Suspense } from 'react';
import type { ApiDetail } from '../../../../../shared/domain/apis';
import { navigateHref, useRoute } from '../../../app/hash-route';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { TagList } from '../../experiments/list/TagList';
import { formatTime } from '../../jobs/job-format';
import { useSessionQuery } from '../../use-session-query';
import { apiHomeHref, restApiHref } from '../api-routes';
import { apiPageHref, apiTabOf, parseMethodParam } from './api-detail-routes';
import { EndpointLinks } from './EndpointLinks';
import { ModelsTab } from './models/ModelsTab';
import { ResourcesTab } from './resources/ResourcesTab';
import { StagesTab } from './stages/StagesTab';

// uPlot stays out of the page until the metrics tab is opened.
const ApiMetrics = lazy(() => import('./metrics/ApiMetrics'));

/** One REST API: its methods (and their test panel), stages, models and metrics. `#/api/apis/<id>?tab=&method=`. */
export default function ApiDetailView({ apiId, tab }: { apiId: string; tab?: string }) {
  const detail = useSessionQuery('apis.describe', { apiId });
  const route = useRoute();
  const active = apiTabOf(tab);
  const method = parseMethodParam(route.params.get('method'));
  const name = detail.data?.summary.name ?? apiId;
  const crumbs = (
    <BreadcrumbGroup
      ariaLabel="Breadcrumbs"
      items={[
        { text: 'APIs and load balancers', href: apiHomeHref() },
        { text: name, href: restApiHref(apiId) },
      ]}
    />
  );
  if (detail.isPending) {
    return (
      <div data-testid="api-detail" data-state="loading">
        {crumbs}
        <p role="status">Loading the API {apiId}…</p>
      </div>
    );
  }
  if (detail.isError) {
    return (
      <div data-testid="api-detail" data-state="error">
        {crumbs}
        <ErrorNotice
          error={detail.error}
          title={`The API ${apiId} could not be read`}
          action={
            <SpaceBetween direction="horizontal" size="xs">
              <button type="button" className="button" onClick={() => void detail.refetch()}>
                Try again
              </button>
              <a href={apiHomeHref()}>Back to the REST APIs</a>
            </SpaceBetween>
          }
        />
      </div>
    );
  }
  const api = detail.data;
  return (
    <div data-testid="api-detail" data-state="ready">
      <SpaceBetween size="l">
        {crumbs}
        <Header variant="h1" description={api.summary.description}>
          {api.summary.name}
        </Header>
        {api.notices.length > 0 && (
          <Alert type="info" header="Some details could not be read" data-testid="api-notices">
            <ul>
              {api.notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          </Alert>
        )}
        <ApiOverview api={api} />
        <Tabs
          activeTabId={active}
          onChange={({ detail: change }) => navigateHref(apiPageHref(apiId, apiTabOf(change.activeTabId), method))}
          ariaLabel={`Sections of ${api.summary.name}`}
          tabs={[
            { id: 'resources', label: `Resources (${api.resources.length})`, content: <ResourcesTab api={api} selected={method} /> },
            { id: 'stages', label: `Stages (${api.stages.length})`, content: <StagesTab api={api} /> },
            { id: 'models', label: `Models (${api.models.length})`, content: <ModelsTab models={api.models} /> },
            {
              id: 'metrics',
              label: 'Metrics',
              content: active === 'metrics' && (
                <Suspense fallback={<p role="status">Loading the metrics…</p>}>
                  <ApiMetrics api={api} />
                </Suspense>
              ),
            },
          ]}
        />
      </SpaceBetween>
    </div>
  );
}

function ApiOverview({ api }: { api: ApiDetail }) {
  const { summary } = api;
  return (
    <Container>
      <KeyValuePairs
        columns={4}
        items={[
          { label: 'API id', value: <code data-testid="api-id">{summary.id}</code> },
          { label: 'Endpoint type', value: summary.endpointType ?? '—' },
          { label: 'Created', value: summary.createdAt ? formatTime(summary.createdAt) : '—' },
          { label: 'Serves', value: <EndpointLinks names={summary.servesEndpoints} /> },
          { label: 'Tags', value: <TagList tags={summary.tags} /> },
        ]}
      />
    </Container>
  );
}
