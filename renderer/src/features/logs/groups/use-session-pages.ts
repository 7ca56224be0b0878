import { useInfiniteQuery } from '@tanstack/react-query';
import type { RequestChannel } from '../../../../../shared/contract/channels';
import type { RequestInput, RequestOutput } from '../../../../../shared/contract';
import { useClient, useSession } from '../../../app/services';
import { selectSessionKey } from '../../../stores/session-key';
import { sessionPagesKey } from '../../use-session-query';

type PagedChannel = 'logs.groups' | 'logs.streams';

/**
 * A paged list the user extends with "load more": each page asks AWS with the previous page's
 * nextToken. Keyed like `useSessionQuery` (session first, then channel), so a profile switch never
 * shows another account's pages and `useSageMutation`'s `invalidate` reaches it by channel.
 */
export function useSessionPages<C extends PagedChannel>(
  channel: C,
  input: Omit<RequestInput<C>, 'nextToken'>,
  options: { enabled?: boolean } = {},
) {
  const client = useClient();
  const sessionKey = useSession(selectSessionKey);
  return useInfiniteQuery<RequestOutput<C>, Error, { pages: RequestOutput<C>[] }, unknown[], string | undefined>({
    queryKey: [...sessionPagesKey(sessionKey, channel satisfies RequestChannel, input)],
    queryFn: ({ pageParam }) =>
      client.request(channel, { ...input, ...(pageParam ? { nextToken: pageParam } : {}) } as RequestInput<C>),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextToken,
    enabled: sessionKey !== undefined && options.enabled !== false,
  });
}
