import type { endpointsRequests, endpointsStreams } from '../../../../shared/contract/endpoints';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { WatchTimers } from '../../watch/timers';
import type { WatcherRegistry } from '../../watch/watcher-registry';
import type { AreaModule } from '../area-module';

export interface EndpointsAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  dataDir: string;
  now?: () => number;
  timers?: WatchTimers;
}

// Scaffolding while the handlers are built: the contract is fixed first so the screens can start.
const notYet = async (): Promise<never> => {
  throw new SageDeckError({ code: ErrorCodes.Internal, message: 'Not built yet.', retryable: false });
};

/** Endpoints: live list, detail with deployment history, deploy, rollback, autoscaling, invocation. */
export function endpointsArea(deps: EndpointsAreaDeps): AreaModule<typeof endpointsRequests, typeof endpointsStreams> {
  void deps;
  return {
    requests: {
      'endpoints.list': notYet,
      'endpoints.describe': notYet,
      'endpoints.metrics': notYet,
      'endpoints.alarms': notYet,
      'endpoints.deploy': notYet,
      'endpoints.rollbackPlan': notYet,
      'endpoints.rollback': notYet,
      'endpoints.scaling': notYet,
      'endpoints.scalingCost': notYet,
      'endpoints.setScaling': notYet,
      'endpoints.changeInstanceType': notYet,
      'endpoints.budget': notYet,
      'endpoints.setBudget': notYet,
      'endpoints.invoke': notYet,
      'endpoints.recentPayloads': notYet,
    },
    streams: {
      'endpoints.watch': (_input, _emit, end) => {
        end(new SageDeckError({ code: ErrorCodes.Internal, message: 'Not built yet.', retryable: false }));
        return () => undefined;
      },
      'endpoints.deployment': (_input, _emit, end) => {
        end(new SageDeckError({ code: ErrorCodes.Internal, message: 'Not built yet.', retryable: false }));
        return () => undefined;
      },
    },
    dispose: () => undefined,
  };
}
