import '../jobs/jobs.css';
import './lineage.css';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import { useMemo, useState } from 'react';
import type { LineageGraph } from '../../../../shared/domain/lineage';
import { SageDeckError } from '../../../../shared/errors';
import { useSession } from '../../app/services';
import { ErrorNotice } from '../../components/ErrorNotice';
import { withQueries } from '../query-client';
import { useSessionQuery } from '../use-session-query';
import { layoutLineage } from './layout';
import { LineageCanvas } from './LineageCanvas';
import { LineageLegend } from './LineageLegend';
import { LineageList } from './LineageList';
import { ResourceBox } from './ResourceBox';
import { keepTraced, tracePath } from './traced-path';

type Mode = 'graph' | 'list';

/** How the host looks a resource up (lineage.get), said back when it found nothing. */
function whatWasTried(resource: string, region: string | undefined): string {
  const where = region ? ` in ${region}` : '';
  if (resource.startsWith('arn:'))
    return `SageDeck read it as an ARN and asked AWS for that resource${where}. Check the ARN's region and account.`;
  if (resource.toLowerCase().startsWith('s3://'))
    return `SageDeck looked for jobs and models${where} that read or wrote this S3 URI. Check the bucket and prefix, or start from the job or endpoint instead.`;
  return `SageDeck looked${where} for an endpoint, a model, an endpoint config, a training job and a processing job with this name, in that order. Check the spelling and the region, or paste the ARN.`;
}

function Graph({ graph }: { graph: LineageGraph }) {
  const [mode, setMode] = useState<Mode>('graph');
  const [pathOnly, setPathOnly] = useState(false);
  const shown = useMemo(() => (pathOnly ? keepTraced(graph, tracePath(graph)) : graph), [graph, pathOnly]);
  const layout = useMemo(() => layoutLineage(shown), [shown]);
  const traced = useMemo(() => tracePath(shown), [shown]);
  const focusName = layout.byId.get(graph.focus)?.node.name ?? graph.focus;
  const tracedWords =
    traced.direction === 'upstream' ? `The path from ${focusName} back to its data` : `What ${focusName} fed`;
  const descriptionsOnly = !graph.sources.includes('association');
  const lonely = graph.edges.length === 0;
  return (
    <SpaceBetween size="m">
      {[
        (graph.notice || descriptionsOnly) && (
          <Alert
            key="notice"
            type="info"
            header={graph.notice ? 'Part of the chain could not be read' : undefined}
            data-testid="lineage-notice"
          >
            {[
              graph.notice,
              descriptionsOnly
                ? "Derived from the resources' descriptions only: AWS has no lineage associations for them here."
                : undefined,
            ]
              .filter(Boolean)
              .join(' ')}
          </Alert>
        ),
        lonely && (
          <Box key="empty" data-testid="lineage-empty">
            <Box variant="strong">Nothing upstream or downstream of {focusName} was found.</Box>
            <Box variant="p">
              No job, model or endpoint names it in its description. Resources made outside SageMaker (or in another
              region) are not traced.
            </Box>
          </Box>
        ),
        <div key="bar" className="lineage-bar">
          <SegmentedControl
            selectedId={mode}
            onChange={({ detail }) => setMode(detail.selectedId as Mode)}
            label="Show the lineage as"
            options={[
              { id: 'graph', text: 'Graph' },
              { id: 'list', text: 'List view' },
            ]}
            data-testid="lineage-mode"
          />
          <Toggle checked={pathOnly} onChange={({ detail }) => setPathOnly(detail.checked)} data-testid="lineage-path-only">
            Only the highlighted path
          </Toggle>
          <LineageLegend sources={graph.sources} tracedWords={tracedWords} />
        </div>,
        mode === 'graph' ? (
          <LineageCanvas
            key="graph"
            layout={layout}
            traced={traced}
            focus={graph.focus}
            label={`Lineage of ${focusName}: ${shown.nodes.length} resources and ${shown.edges.length} links. ${tracedWords} is highlighted.`}
          />
        ) : (
          <LineageList key="list" graph={shown} layout={layout} traced={traced} />
        ),
      ]}
    </SpaceBetween>
  );
}

/** Where a resource came from and what it fed. `#/experiments/lineage?resource=<ARN, name or s3:// URI>`. */
function LineageView({ resource }: { resource: string }) {
  const asked = resource.trim();
  const region = useSession((state) => state.session?.region);
  const lineage = useSessionQuery('lineage.get', { resource: asked }, { enabled: asked !== '' });
  const notFound = lineage.error instanceof SageDeckError && lineage.error.code === 'ResourceNotFound';

  return (
    <div
      className="lineage-view"
      data-testid="lineage-view"
      data-state={!asked ? 'idle' : lineage.isPending ? 'loading' : lineage.isError ? 'error' : 'ready'}
    >
      <SpaceBetween size="l">
        <Header
          variant="h1"
          description="The chain from S3 data through jobs, model versions and models to the endpoints that serve them."
        >
          Lineage{asked ? ` of ${asked}` : ''}
        </Header>
        {/* Keyed so following a link to another resource shows its text in the box. */}
        <ResourceBox key={asked} current={asked} />
        {!asked ? (
          <Box variant="p" data-testid="lineage-idle">
            Enter a resource above, or open Lineage from an endpoint, a model version, a job or a data prefix.
          </Box>
        ) : lineage.isPending ? (
          <p role="status">Tracing {asked}…</p>
        ) : lineage.isError ? (
          <ErrorNotice
            error={lineage.error}
            title={notFound ? `Nothing called ${asked} was found` : `The lineage of ${asked} could not be read`}
            action={
              <>
                {notFound && <p data-testid="lineage-tried">{whatWasTried(asked, region)}</p>}
                <button type="button" className="button" onClick={() => void lineage.refetch()}>
                  Try again
                </button>
              </>
            }
          />
        ) : (
          <Graph graph={lineage.data} />
        )}
      </SpaceBetween>
    </div>
  );
}

export default withQueries(LineageView);
