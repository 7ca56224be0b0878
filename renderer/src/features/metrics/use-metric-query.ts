import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RequestInput, RequestOutput } from '../../../../shared/contract';
import { useClient, useSession } from '../../app/services';
import { selectSessionKey } from '../../stores/session-key';
import { SESSION_QUERY_ROOT } from '../use-session-query';

/** Charts follow "now": read again every minute, the period CloudWatch's finest datapoints arrive at. */
export const METRICS_REFRESH_MS = 60_000;

type MetricsChannel = 'metrics.endpoint' | 'metrics.alarm' | 'metrics.api' | 'metrics.loadBalancer';

/**
 * A chart request of the current session, read again every minute while the window is visible
 * (TanStack Query pauses intervals in a hidden window): one request, so one GetMetricData, per
 * refresh. A new range keeps the old charts on screen until its answer arrives.
 */
export function useMetricQuery<C extends MetricsChannel>(channel: C, input: RequestInput<C>) {
  const client = useClient();
  const sessionKey = useSession(selectSessionKey);
  return useQuery<RequestOutput<C>>({
    queryKey: [SESSION_QUERY_ROOT, sessionKey, channel, input],
    queryFn: () => client.request(channel, input),
    enabled: sessionKey !== undefined,
    refetchInterval: METRICS_REFRESH_MS,
    refetchIntervalInBackground: false,
    placeholderData: keepPreviousData,
  });
}
