import type { logsRequests } from '../../../../shared/contract/logs';
import type { RequestHandlersOf } from '../../rpc/handlers';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { WatchTimers } from '../../watch/timers';

export interface LogsAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  dataDir: string;
  now?: () => number;
  /** Injectable so tests step polling intervals and backoffs without sleeping. */
  timers?: WatchTimers;
}

export type LogsRequestHandlers = RequestHandlersOf<typeof logsRequests>;
