import type { LogsAreaDeps, LogsRequestHandlers } from './deps';
import { notBuiltYet } from './not-built-yet';

/** Log groups, their streams and retention. */
export function groupHandlers(
  _deps: LogsAreaDeps,
): Pick<LogsRequestHandlers, 'logs.groups' | 'logs.streams' | 'logs.setRetention'> {
  return {
    'logs.groups': notBuiltYet,
    'logs.streams': notBuiltYet,
    'logs.setRetention': notBuiltYet,
  };
}
