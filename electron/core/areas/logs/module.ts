import type { logsRequests, logsStreams } from '../../../../shared/contract/logs';
import type { AreaModule } from '../area-module';
import type { LogsAreaDeps } from './deps';
import { groupHandlers } from './groups';
import { insightsHandlers } from './insights';
import { tailArea } from './tail';

/**
 * CloudWatch Logs: log groups and retention, live tails of groups, jobs and endpoints (Live Tail,
 * or FilterLogEvents polling where it is refused), past searches and Logs Insights queries.
 */
export function logsArea(deps: LogsAreaDeps): AreaModule<typeof logsRequests, typeof logsStreams> {
  const tail = tailArea(deps);
  const insights = insightsHandlers(deps);
  return {
    requests: { ...groupHandlers(deps), ...insights.requests, ...tail.requests },
    streams: tail.streams,
    dispose: () => {
      tail.dispose();
      insights.dispose();
    },
  };
}
