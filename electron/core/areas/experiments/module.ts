import type { experimentsRequests, experimentsStreams } from '../../../../shared/contract/experiments';
import { SageDeckError } from '../../../../shared/errors';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';

export interface ExperimentsAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  now?: () => number;
}

// WORK IN PROGRESS (issue 13): replaced by the real handlers before this lands.
const notBuilt = (): never => {
  throw new SageDeckError({ code: 'Internal', message: 'This area is being built.', retryable: false });
};

/** Experiments and their runs, per-step series for comparison, re-running a training run. */
export function experimentsArea(_deps: ExperimentsAreaDeps): AreaModule<typeof experimentsRequests, typeof experimentsStreams> {
  return {
    requests: {
      'experiments.list': notBuilt,
      'experiments.runs': notBuilt,
      'experiments.series': notBuilt,
      'experiments.rerun': notBuilt,
    },
    streams: {},
    dispose: () => undefined,
  };
}
