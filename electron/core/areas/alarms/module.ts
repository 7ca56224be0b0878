import type { alarmsRequests, alarmsStreams } from '../../../../shared/contract/alarms';
import { SageDeckError } from '../../../../shared/errors';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { WatchTimers } from '../../watch/timers';
import type { WatcherRegistry } from '../../watch/watcher-registry';
import type { AreaModule } from '../area-module';

export interface AlarmsAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  now?: () => number;
  timers?: WatchTimers;
}

// WORK IN PROGRESS (issue 11): replaced by the real handlers before this lands.
const notBuilt = (): never => {
  throw new SageDeckError({ code: 'Internal', message: 'Alarms are being built.', retryable: false });
};

/** CloudWatch alarms: the board (list, watch), history, maintenance, recommended alarms, edit and delete. */
export function alarmsArea(_deps: AlarmsAreaDeps): AreaModule<typeof alarmsRequests, typeof alarmsStreams> {
  return {
    requests: {
      'alarms.list': notBuilt,
      'alarms.history': notBuilt,
      'alarms.disableActions': notBuilt,
      'alarms.enableActions': notBuilt,
      'alarms.recommendations': notBuilt,
      'alarms.createRecommended': notBuilt,
      'alarms.update': notBuilt,
      'alarms.delete': notBuilt,
    },
    streams: { 'alarms.watch': notBuilt },
    dispose: () => undefined,
  };
}
