import { useQuery } from '@tanstack/react-query';
import type { RequestChannel } from '../../../shared/contract/channels';
import type { RequestInput, RequestOutput } from '../../../shared/contract';
import { useClient, useSession } from '../app/services';
import { selectSessionKey } from '../stores/session-key';

/** Every query that depends on the session starts with this, so a switch never reuses its cache. */
export const SESSION_QUERY_ROOT = 'session-scoped';

/**
 * The key of a paged (infinite) session query. Its cache entry holds `{ pages }`, not one answer:
 * a plain query of the same channel and input (a picker reading the first page) must never find
 * it, or either one reads the other's shape. Invalidation by channel still reaches both.
 */
export function sessionPagesKey(sessionKey: string | undefined, channel: RequestChannel, input: unknown) {
  return [SESSION_QUERY_ROOT, sessionKey, channel, input, 'pages'] as const;
}

/**
 * A request whose answer belongs to the current session (profile, region, generation, refresh).
 * The key changes on every switch or sign-in, so each open view reads again by itself, and an
 * answer that arrives for an older session lands in that session's cache entry, never on screen.
 */
export function useSessionQuery<C extends RequestChannel>(channel: C, input: RequestInput<C>, options: { enabled?: boolean } = {}) {
  const client = useClient();
  const sessionKey = useSession(selectSessionKey);
  return useQuery<RequestOutput<C>>({
    queryKey: [SESSION_QUERY_ROOT, sessionKey, channel, input],
    queryFn: () => client.request(channel, input),
    enabled: sessionKey !== undefined && options.enabled !== false,
  });
}
