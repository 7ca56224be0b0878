import type { lineageRequests, lineageStreams } from '../../../../shared/contract/lineage';
import { SageDeckError } from '../../../../shared/errors';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';

export interface LineageAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  now?: () => number;
}

// WORK IN PROGRESS (issue 13): replaced by the real handlers before this lands.
const notBuilt = (): never => {
  throw new SageDeckError({ code: 'Internal', message: 'This area is being built.', retryable: false });
};

/** The chain upstream and downstream of a pipeline resource, from descriptions and AWS's associations. */
export function lineageArea(_deps: LineageAreaDeps): AreaModule<typeof lineageRequests, typeof lineageStreams> {
  return {
    requests: {
      'lineage.get': notBuilt,
    },
    streams: {},
    dispose: () => undefined,
  };
}
