import type { postureRequests, postureStreams } from '../../../../shared/contract/posture';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { WatcherRegistry } from '../../watch/watcher-registry';
import type { WriteEpoch } from '../../watch/write-epoch';
import type { AreaModule } from '../area-module';
import { readPostureReport } from './posture-report';

export interface PostureAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  writes?: WriteEpoch;
  /** Where the console keeps local state (budgets, records): options.dataDir. */
  dataDir: string;
  now?: () => number;
}

/** Encryption and network posture across the pipeline (buckets, jobs, endpoint configs, log groups, API stages, listeners, KMS keys). */
export function postureArea(deps: PostureAreaDeps): AreaModule<typeof postureRequests, typeof postureStreams> {
  const now = deps.now ?? Date.now;
  return {
    requests: {
      'posture.report': async (_input, ctx) => (await readPostureReport(await deps.clients.current(), deps.session.current().region, now(), ctx.signal)).report,
    },
    streams: {},
    dispose: () => undefined,
  };
}
