import type { logsStreams } from '../../../../../shared/contract/logs';
import type { Disposable } from '../../../lifecycle/disposables';
import type { StreamHandlersOf } from '../../../rpc/handlers';
import type { LogsAreaDeps, LogsRequestHandlers } from '../deps';
import { notBuiltYet } from '../not-built-yet';

/** Live tails (Live Tail or polling), their flow control, and reads of the past. */
export function tailArea(_deps: LogsAreaDeps): Disposable & {
  requests: Pick<LogsRequestHandlers, 'logs.ack' | 'logs.search' | 'logs.older'>;
  streams: StreamHandlersOf<typeof logsStreams>;
} {
  return {
    requests: { 'logs.ack': notBuiltYet, 'logs.search': notBuiltYet, 'logs.older': notBuiltYet },
    streams: {
      'logs.tail': (_input, _emit, end) => {
        end(new Error('Live tails are not built yet.'));
        return () => undefined;
      },
    },
    dispose: () => undefined,
  };
}
