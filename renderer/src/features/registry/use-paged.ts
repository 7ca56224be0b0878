import { useInfiniteQuery } from '@tanstack/react-query';
import type { RequestInput } from '../../../../shared/contract';
import type { ModelGroupPage, ModelVersionPage } from '../../../../shared/domain/registry';
import { useClient, useSession } from '../../app/services';
import { selectSessionKey } from '../../stores/session-key';
import { sessionPagesKey } from '../use-session-query';

type PagedChannel = 'registry.groups' | 'registry.versions';
type Page<C extends PagedChannel> = C extends 'registry.groups' ? ModelGroupPage : ModelVersionPage;

/**
 * A registry list: the first page from AWS, more on demand. Keyed like every session query (the
 * root, the session, the channel), so a switch never shows the other account's rows and a
 * mutation's invalidation reaches it.
 */
export function usePaged<C extends PagedChannel>(channel: C, input: Omit<RequestInput<C>, 'nextToken'>) {
  const client = useClient();
  const sessionKey = useSession(selectSessionKey);
  const query = useInfiniteQuery({
    queryKey: sessionPagesKey(sessionKey, channel, input),
    queryFn: ({ pageParam }) =>
      client.request(channel, { ...input, ...(pageParam ? { nextToken: pageParam } : {}) } as RequestInput<C>) as Promise<Page<C>>,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Page<C>) => last.nextToken,
    enabled: sessionKey !== undefined,
  });
  const pages = query.data?.pages ?? [];
  return {
    items: pages.flatMap((page) => page.items as Page<C>['items'][number][]),
    notice: pages.map((page) => ('notice' in page ? page.notice : undefined)).find(Boolean),
    isPending: query.isPending,
    error: query.error,
    refetch: () => void query.refetch(),
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    isLoadingMore: query.isFetchingNextPage,
  };
}
