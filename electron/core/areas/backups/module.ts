import type { backupsRequests, backupsStreams } from '../../../../shared/contract/backups';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';

export interface BackupsAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  now?: () => number;
}

/** AWS Backup coverage of the pipeline buckets, backup jobs, recovery points and restore tests. */
export function backupsArea(_deps: BackupsAreaDeps): AreaModule<typeof backupsRequests, typeof backupsStreams> {
  return { requests: {}, streams: {}, dispose: () => undefined };
}
