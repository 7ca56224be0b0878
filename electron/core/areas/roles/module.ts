import type { rolesRequests, rolesStreams } from '../../../../shared/contract/roles';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { WatcherRegistry } from '../../watch/watcher-registry';
import type { WriteEpoch } from '../../watch/write-epoch';
import type { AreaModule } from '../area-module';

export interface RolesAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  writes?: WriteEpoch;
  /** Where the console keeps local state (budgets, records): options.dataDir. */
  dataDir: string;
  now?: () => number;
}

/** IAM roles the pipeline uses: trust and permission policies, findings, the policy simulator, a least-privilege suggestion. */
export function rolesArea(_deps: RolesAreaDeps): AreaModule<typeof rolesRequests, typeof rolesStreams> {
  return { requests: {}, streams: {}, dispose: () => undefined };
}
