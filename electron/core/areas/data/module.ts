import type { dataRequests, dataStreams } from '../../../../shared/contract/data';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';
import { storageArea } from './storage/handlers';
import { transfersArea } from './transfers/handlers';

export interface DataAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  now?: () => number;
}

/**
 * S3: buckets with their posture, objects and versions, restores and drills (storage/), and
 * uploads and downloads with progress that outlive the screen that started them (transfers/).
 */
export function dataArea(deps: DataAreaDeps): AreaModule<typeof dataRequests, typeof dataStreams> {
  const storage = storageArea(deps);
  const transfers = transfersArea(deps);
  return {
    requests: { ...storage.requests, ...transfers.requests },
    streams: { ...transfers.streams },
    dispose: () => {
      transfers.dispose();
      storage.dispose();
    },
  };
}
