import type { costRequests, costStreams } from '../../../../shared/contract/cost';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { WatcherRegistry } from '../../watch/watcher-registry';
import type { WriteEpoch } from '../../watch/write-epoch';
import type { AreaModule } from '../area-module';

export interface CostAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  writes?: WriteEpoch;
  /** Where the console keeps local state (budgets, records): options.dataDir. */
  dataDir: string;
  now?: () => number;
}

/** What runs now and its $/hour, month-to-date and forecast by service and by cost-allocation tag, untagged resources, the budget. */
export function costArea(_deps: CostAreaDeps): AreaModule<typeof costRequests, typeof costStreams> {
  return { requests: {}, streams: {}, dispose: () => undefined };
}
