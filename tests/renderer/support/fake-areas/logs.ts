import type { logsRequests, logsStreams } from '../../../../shared/contract/logs';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';
import { FakeLogQueries } from './logs-queries';

const unbuilt = (): Promise<never> => Promise.reject(new Error('The fake Logs area is not built yet.'));

/** In-memory CloudWatch Logs for renderer tests. */
export class FakeLogs {
  /** Groups, streams, retention, Insights and saved queries (logs-queries.ts, kept apart from the tail's fakes). */
  readonly queries = new FakeLogQueries();

  readonly requests: RequestHandlersOf<typeof logsRequests> = {
    ...this.queries.requests,
    'logs.ack': unbuilt,
    'logs.search': unbuilt,
    'logs.older': unbuilt,
  };

  readonly streams: StreamHandlersOf<typeof logsStreams> = {
    'logs.tail': () => () => undefined,
  };
}
