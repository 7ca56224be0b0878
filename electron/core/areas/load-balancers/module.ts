import type { loadBalancersRequests, loadBalancersStreams } from '../../../../shared/contract/load-balancers';
import { SageDeckError } from '../../../../shared/errors';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { WatcherRegistry } from '../../watch/watcher-registry';
import type { WriteEpoch } from '../../watch/write-epoch';
import type { AreaModule } from '../area-module';

export interface LoadBalancersAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  writes?: WriteEpoch;
  now?: () => number;
}

const building = () => {
  throw new SageDeckError({ code: 'NotImplemented', message: 'The load balancers area is being built.', retryable: false });
};

/** Elastic Load Balancing v2: load balancers, listeners, target groups, live target health, target and health-check changes. */
export function loadBalancersArea(_deps: LoadBalancersAreaDeps): AreaModule<typeof loadBalancersRequests, typeof loadBalancersStreams> {
  return {
    requests: {
      'loadBalancers.list': async () => building(),
      'loadBalancers.describe': async () => building(),
      'loadBalancers.targets': async () => building(),
      'loadBalancers.registerTargets': async () => building(),
      'loadBalancers.deregisterTargets': async () => building(),
      'loadBalancers.updateHealthCheck': async () => building(),
    },
    streams: {
      'loadBalancers.watchTargets': () => building(),
    },
    dispose: () => undefined,
  };
}
