import type { backupsRequests, backupsStreams } from '../../../../shared/contract/backups';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { WatcherRegistry } from '../../watch/watcher-registry';
import type { WriteEpoch } from '../../watch/write-epoch';
import type { AreaModule } from '../area-module';

export interface BackupsAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  writes?: WriteEpoch;
  /** Where the console keeps local state (budgets, records): options.dataDir. */
  dataDir: string;
  now?: () => number;
}

/** AWS Backup coverage of the pipeline buckets, backup jobs, recovery points and restore tests. */
export function backupsArea(_deps: BackupsAreaDeps): AreaModule<typeof backupsRequests, typeof backupsStreams> {
  return { requests: {}, streams: {}, dispose: () => undefined };
}
