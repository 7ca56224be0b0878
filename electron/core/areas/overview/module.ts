import type { overviewRequests, overviewStreams } from '../../../../shared/contract/overview';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';
import { openPipeline } from './pipeline';

export interface OverviewAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  dataDir: string;
  now?: () => number;
}

/** The pipeline at a glance: each stage's state for the current session, read in parallel. */
export function overviewArea(deps: OverviewAreaDeps): AreaModule<typeof overviewRequests, typeof overviewStreams> {
  const pipeline = openPipeline({ clients: deps.clients, session: deps.session, now: deps.now ?? Date.now });
  return {
    requests: { 'overview.pipeline': () => pipeline() },
    streams: {},
    dispose: () => undefined,
  };
}
