import type { lineageRequests, lineageStreams } from '../../../../shared/contract/lineage';
import type { LineageEdgeSource } from '../../../../shared/domain/lineage';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';
import { mergeAssociations } from './associations';
import { awsSources } from './aws-sources';
import { CatalogCache } from './catalog-cache';
import { GraphBuilder } from './graph-builder';
import { resolveFocus } from './resolve-focus';
import { describeAddedNodes, walkLineage } from './walk';

export interface LineageAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  now?: () => number;
}

/** Catalogs (recent jobs, models, configs… with descriptions) are kept this long per session. */
const CATALOG_TTL_MS = 60_000;

/** The chain upstream and downstream of a pipeline resource, from descriptions and AWS's associations. */
export function lineageArea(deps: LineageAreaDeps): AreaModule<typeof lineageRequests, typeof lineageStreams> {
  const now = deps.now ?? Date.now;
  const cache = new CatalogCache(CATALOG_TTL_MS, now);

  return {
    requests: {
      'lineage.get': async (input, ctx) => {
        const clients = await deps.clients.current();
        const client = clients.get('sagemaker');
        const { generation } = deps.session.current();
        const sessionSignal = deps.session.signal();
        const sources = awsSources({ client, frontDoors: { apigateway: clients.get('apigateway'), elbv2: clients.get('elbv2') }, cache, generation, signal: ctx.signal, sessionSignal });
        const focus = await resolveFocus(client, sources, input.resource, input.kind, ctx.signal);
        const graph = new GraphBuilder();
        const walk = { sources, graph, nowMs: now() };
        await walkLineage(walk, focus);
        const associations = await mergeAssociations({ client, cache, generation, signal: ctx.signal }, sources, graph, focus);
        if (associations) await describeAddedNodes(walk);
        const used: LineageEdgeSource[] = associations ? ['description', 'association'] : ['description'];
        return graph.build(focus, used);
      },
    },
    streams: {},
    dispose: () => undefined,
  };
}
