import { useInfiniteQuery } from '@tanstack/react-query';
import type { RequestInput, RequestOutput } from '../../../../shared/contract';
import { useClient, useSession } from '../../app/services';
import { selectSessionKey } from '../../stores/session-key';
import { sessionPagesKey } from '../use-session-query';

type PagedChannel = 'buckets.list' | 'objects.list';

/**
 * A list the user extends with "Load more" (each page asks with the last page's nextToken). Keyed
 * like every session query, so a profile switch never shows the other account's pages and a
 * mutation's `invalidate` reaches it by channel.
 */
export function useDataPages<C extends PagedChannel>(channel: C, input: Omit<RequestInput<C>, 'nextToken'>) {
  const client = useClient();
  const sessionKey = useSession(selectSessionKey);
  const query = useInfiniteQuery<RequestOutput<C>, Error, { pages: RequestOutput<C>[] }, unknown[], string | undefined>(
    {
      queryKey: [...sessionPagesKey(sessionKey, channel, input)],
      queryFn: ({ pageParam }) =>
        client.request(channel, { ...input, ...(pageParam ? { nextToken: pageParam } : {}) } as RequestInput<C>),
      initialPageParam: undefined,
      getNextPageParam: (last) => last.nextToken,
      enabled: sessionKey !== undefined,
    },
  );
  return {
    pages: query.data?.pages ?? [],
    isPending: query.isPending,
    /** Only when nothing is loaded; a failed "load more" keeps the rows (see loadMoreError). */
    error: query.isError && !query.data ? query.error : undefined,
    refetch: () => void query.refetch(),
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    isLoadingMore: query.isFetchingNextPage,
    loadMoreError: query.isFetchNextPageError ? query.error : undefined,
  };
}
