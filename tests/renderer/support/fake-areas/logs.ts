import type { logsRequests, logsStreams } from '../../../../shared/contract/logs';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

const unbuilt = (): Promise<never> => Promise.reject(new Error('The fake Logs area is not built yet.'));

/** In-memory CloudWatch Logs for renderer tests. */
export class FakeLogs {
  readonly requests: RequestHandlersOf<typeof logsRequests> = {
    'logs.groups': unbuilt,
    'logs.streams': unbuilt,
    'logs.setRetention': unbuilt,
    'logs.ack': unbuilt,
    'logs.search': unbuilt,
    'logs.older': unbuilt,
    'logs.startQuery': unbuilt,
    'logs.queryResults': unbuilt,
    'logs.stopQuery': unbuilt,
    'logs.listSavedQueries': unbuilt,
    'logs.saveQuery': unbuilt,
    'logs.deleteSavedQuery': unbuilt,
  };

  readonly streams: StreamHandlersOf<typeof logsStreams> = {
    'logs.tail': () => () => undefined,
  };
}
