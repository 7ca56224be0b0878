import { useQuery } from '@tanstack/react-query';
import type { PipelineOverview } from '../../../../shared/domain/overview';
import { useClient, useSession } from '../../app/services';
import { selectSessionKey } from '../../stores/session-key';
import { SESSION_QUERY_ROOT } from '../use-session-query';

/** Core keeps each stage 30 s; asking as often keeps the cards at most a minute old. */
export const PIPELINE_REFRESH_MS = 30_000;

/**
 * The pipeline overview of the current session, keyed like every session query (a switch never
 * shows the old account's stages), refreshed every 30 s while the window is visible: TanStack
 * Query pauses interval refetches in a hidden document.
 */
export function usePipeline() {
  const client = useClient();
  const sessionKey = useSession(selectSessionKey);
  return useQuery<PipelineOverview>({
    queryKey: [SESSION_QUERY_ROOT, sessionKey, 'overview.pipeline', {}],
    queryFn: () => client.request('overview.pipeline', {}),
    enabled: sessionKey !== undefined,
    refetchInterval: PIPELINE_REFRESH_MS,
  });
}
