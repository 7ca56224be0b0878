import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { RequestInput } from '../../../../../shared/contract';
import { useClient, useSession } from '../../../app/services';
import { selectSessionKey } from '../../../stores/session-key';
import { useSageMutation } from '../../live/use-sage-mutation';
import { SESSION_QUERY_ROOT } from '../../use-session-query';
import { isTerminal } from './query-status';

// GetQueryResults is limited to 5 transactions per second per account; once a second leaves room
// for other viewers and still shows rows soon after AWS has them.
const POLL_MS = 1000;

/**
 * One Insights query at a time: start it, poll its results until a terminal status (TanStack's
 * refetchInterval, which stops by itself), stop it. Starting another stops the one still running,
 * since AWS caps concurrent queries per account.
 */
export function useInsightsRun() {
  const client = useClient();
  const sessionKey = useSession(selectSessionKey);
  // A query id belongs to the account that started it: after a profile or region switch it is
  // forgotten rather than asked of the new account.
  const [started, setStarted] = useState<{ queryId: string; sessionKey: string | undefined }>();
  const queryId = started && started.sessionKey === sessionKey ? started.queryId : undefined;
  const start = useSageMutation('logs.startQuery', {
    onSuccess: (output) => setStarted({ queryId: output.queryId, sessionKey }),
  });
  const results = useQuery({
    queryKey: [SESSION_QUERY_ROOT, sessionKey, 'logs.queryResults', { queryId }],
    queryFn: () => client.request('logs.queryResults', { queryId: queryId ?? '' }),
    enabled: sessionKey !== undefined && queryId !== undefined,
    refetchInterval: (query) => (isTerminal(query.state.data?.status) || query.state.error ? false : POLL_MS),
  });
  const running = queryId !== undefined && !isTerminal(results.data?.status) && !results.isError;

  const stop = useCallback(async () => {
    if (!queryId) return;
    // Best effort: a query that finished meanwhile answers `stopped: false`, and the next poll says so.
    await client.request('logs.stopQuery', { queryId }).catch(() => undefined);
    await results.refetch();
  }, [client, queryId, results]);

  const run = useCallback(
    async (input: RequestInput<'logs.startQuery'>) => {
      if (running) await stop();
      // The screen shows the new query's outcome only: the previous rows go as it starts.
      setStarted(undefined);
      start.reset();
      await start.run(input);
    },
    [running, start, stop],
  );

  return {
    run,
    stop,
    queryId,
    running,
    starting: start.isPending,
    startError: start.error,
    fieldErrors: start.fieldErrors,
    results,
  };
}
