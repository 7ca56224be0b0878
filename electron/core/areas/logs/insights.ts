import type { Disposable } from '../../lifecycle/disposables';
import type { LogsAreaDeps, LogsRequestHandlers } from './deps';
import { notBuiltYet } from './not-built-yet';

type InsightsChannels =
  | 'logs.startQuery'
  | 'logs.queryResults'
  | 'logs.stopQuery'
  | 'logs.listSavedQueries'
  | 'logs.saveQuery'
  | 'logs.deleteSavedQuery';

/** Logs Insights queries and the profile's saved queries. */
export function insightsHandlers(_deps: LogsAreaDeps): Disposable & { requests: Pick<LogsRequestHandlers, InsightsChannels> } {
  return {
    requests: {
      'logs.startQuery': notBuiltYet,
      'logs.queryResults': notBuiltYet,
      'logs.stopQuery': notBuiltYet,
      'logs.listSavedQueries': notBuiltYet,
      'logs.saveQuery': notBuiltYet,
      'logs.deleteSavedQuery': notBuiltYet,
    },
    dispose: () => undefined,
  };
}
