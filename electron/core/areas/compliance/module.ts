import type { complianceRequests, complianceStreams } from '../../../../shared/contract/compliance';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { WatcherRegistry } from '../../watch/watcher-registry';
import type { WriteEpoch } from '../../watch/write-epoch';
import type { AreaModule } from '../area-module';

export interface ComplianceAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  writes?: WriteEpoch;
  /** Where the console keeps local state (budgets, records): options.dataDir. */
  dataDir: string;
  now?: () => number;
}

/** The compliance evidence report: technical controls for GDPR, HIPAA and PCI DSS evaluated live, exported as HTML and CSV. */
export function complianceArea(_deps: ComplianceAreaDeps): AreaModule<typeof complianceRequests, typeof complianceStreams> {
  return { requests: {}, streams: {}, dispose: () => undefined };
}
