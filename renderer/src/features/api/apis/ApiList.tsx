import '../api.css';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Table from '@cloudscape-design/components/table';
import type { ApiSummary } from '../../../../../shared/domain/apis';
import { useSession } from '../../../app/services';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { formatTime } from '../../jobs/job-format';
import { useSessionQuery } from '../../use-session-query';
import { exposeHref, restApiHref } from '../api-routes';
import { CopyableText } from './CopyableText';
import { EndpointLinks } from './EndpointLinks';

/** Every REST API of the account and region with its stages and invoke URLs: the top of `#/api`. */
export function ApiList() {
  const list = useSessionQuery('apis.list', {});
  const region = useSession((state) => state.session?.region);
  const state = list.isPending ? 'loading' : list.isError ? 'error' : 'ready';
  return (
    <section data-testid="api-list" data-state={state} aria-label="REST APIs" className="api-list">
      {list.isError ? (
        <ErrorNotice
          error={list.error}
          title="The REST APIs could not be listed"
          action={
            <button type="button" className="button" onClick={() => void list.refetch()}>
              Try again
            </button>
          }
        />
      ) : (
        <>
          {list.data?.notice && (
            <Alert type="info" header="This list may be incomplete" data-testid="api-list-notice">
              {list.data.notice}
            </Alert>
          )}
          <ApiTable items={list.data?.items ?? []} loading={list.isPending} region={region} />
        </>
      )}
    </section>
  );
}

const exposeButton = (
  <Button href={exposeHref()} data-testid="api-expose-new">
    Expose an endpoint
  </Button>
);

function ApiTable({ items, loading, region }: { items: ApiSummary[]; loading: boolean; region: string | undefined }) {
  return (
    <Table<ApiSummary>
      variant="container"
      items={items}
      trackBy="id"
      loading={loading}
      loadingText="Loading REST APIs"
      wrapLines
      header={
        <Header
          variant="h2"
          counter={loading ? undefined : `(${items.length})`}
          description="API Gateway REST APIs: what callers reach, and the endpoints behind them."
          actions={exposeButton}
        >
          REST APIs
        </Header>
      }
      columnDefinitions={[
        {
          id: 'name',
          header: 'Name',
          isRowHeader: true,
          cell: (api) => (
            <Link href={restApiHref(api.id)} data-testid={`api-row-${api.name}`}>
              {api.name}
            </Link>
          ),
        },
        { id: 'description', header: 'Description', cell: (api) => api.description || '—' },
        { id: 'stages', header: 'Stages and invoke URLs', cell: (api) => <StageUrls api={api} /> },
        { id: 'serves', header: 'Endpoints', cell: (api) => <EndpointLinks names={api.servesEndpoints} /> },
        { id: 'created', header: 'Created', cell: (api) => (api.createdAt ? <time dateTime={api.createdAt}>{formatTime(api.createdAt)}</time> : '—') },
      ]}
      empty={
        <Box textAlign="center" color="inherit" data-testid="api-list-empty">
          <Box variant="strong" color="inherit">
            No REST APIs in {region ?? 'this region'}.
          </Box>
          <Box variant="p" color="inherit">
            <Link href={exposeHref()}>Expose an endpoint as an API</Link> to give callers a validated, authenticated URL.
          </Box>
        </Box>
      }
    />
  );
}

function StageUrls({ api }: { api: ApiSummary }) {
  if (api.stages.length === 0) return <>Not deployed to a stage</>;
  return (
    <ul className="api-plain-list">
      {api.stages.map((stage) => (
        <li key={stage.name}>
          <span className="api-stage-name">{stage.name}</span> <CopyableText text={stage.invokeUrl} what={`the invoke URL of ${api.name} ${stage.name}`} />
        </li>
      ))}
    </ul>
  );
}
