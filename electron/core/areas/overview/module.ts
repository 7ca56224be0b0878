import type { overviewRequests, overviewStreams } from '../../../../shared/contract/overview';
import { SageDeckError } from '../../../../shared/errors';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';

export interface OverviewAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  dataDir: string;
  now?: () => number;
}

// WORK IN PROGRESS (issue 11): replaced by the real handlers before this lands.
const notBuilt = (): never => {
  throw new SageDeckError({ code: 'Internal', message: 'The overview is being built.', retryable: false });
};

/** The pipeline at a glance: each stage's state for the current session, read in parallel. */
export function overviewArea(_deps: OverviewAreaDeps): AreaModule<typeof overviewRequests, typeof overviewStreams> {
  return {
    requests: { 'overview.pipeline': notBuilt },
    streams: {},
    dispose: () => undefined,
  };
}
