import type { SessionClients } from '../session/session-clients';
import type { SessionManager } from '../session/session-manager';
import type { WatcherRegistry } from '../watch/watcher-registry';
import type { WriteEpoch } from '../watch/write-epoch';

/** What each Security & cost module (roles, posture, cost, backups, compliance) is built with. */
export interface SecurityAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  writes?: WriteEpoch;
  /** Where the console keeps local state (budgets, restore tests, chosen regions): options.dataDir. */
  dataDir: string;
  now?: () => number;
}
