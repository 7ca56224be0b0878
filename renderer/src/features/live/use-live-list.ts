import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RequestChannel, StreamChannel } from '../../../../shared/contract/channels';
import type { RequestInput, RequestOutput, StreamEvent, StreamInput } from '../../../../shared/contract';
import type { WatchEvent } from '../../../../shared/domain/watch';
import { onReconnect } from '../../bridge/on-reconnect';
import { useClient, useServices, useSession } from '../../app/services';
import { selectSessionKey } from '../../stores/session-key';
import { SESSION_QUERY_ROOT } from '../use-session-query';
import { flattenPages, patchLiveData, type LiveData, type LivePage } from './live-cache';
import type { LiveUpdates } from './live-updates';
import { usePageVisible } from './use-page-visible';

/** Request channels whose answer is a page of items: the lists a live view can show. */
export type LiveListChannel = {
  [C in RequestChannel]: RequestOutput<C> extends LivePage<unknown> ? C : never;
}[RequestChannel];
export type LiveItem<L extends LiveListChannel> = RequestOutput<L> extends LivePage<infer T> ? T : never;
/** Stream channels that watch items of type T: the only streams that can patch a list of T. */
export type WatchChannelOf<T> = { [C in StreamChannel]: StreamEvent<C> extends WatchEvent<T> ? C : never }[StreamChannel];

export interface LiveListInput<L extends LiveListChannel, W extends StreamChannel> {
  /** The list query without its page token: the hook pages by itself. */
  list: Omit<RequestInput<L>, 'nextToken'>;
  /** The watcher's query, normally the same filters the list uses. */
  watch: StreamInput<W>;
}

export interface LiveList<T> {
  items: T[];
  notice: string | undefined;
  /** The first page is on its way (nothing to show yet). */
  isPending: boolean;
  /** Listing failed and nothing is loaded; later failures keep the rows and show `loadMoreError`. */
  error: unknown;
  refetch: () => void;
  hasMore: boolean;
  loadMore: () => void;
  isLoadingMore: boolean;
  loadMoreError: unknown;
  updates: LiveUpdates;
}

export interface LiveListOptions<T> {
  /**
   * Keeps only streamed items the list query would return: the watcher may take fewer filters than
   * the list (no dates, say), and its events must not add rows the user filtered out.
   */
  accept?: (item: T) => boolean;
  /** Keep following while the window is hidden: only for what must reach a hidden window (notifications). */
  followWhileHidden?: boolean;
}

/** Where a live list lives in the cache; mutations invalidate by channel at index 2. */
export function liveListKey(sessionKey: string | undefined, channel: RequestChannel, input: unknown) {
  return [SESSION_QUERY_ROOT, sessionKey, channel, input, 'live'] as const;
}

// A stream the host ended (not a session switch, which re-opens it anyway) is retried after this.
const RESUBSCRIBE_AFTER_MS = 5000;

/**
 * A list that stays current by itself: the first page comes from the list request, older pages on
 * `loadMore()`, and the watch stream patches the cached pages in place (Podman Desktop's event
 * stores, on TanStack Query). Keyed by session, so a profile switch never shows the old profile's
 * rows; re-listed after a reconnect or when the window is shown again, because a stream only
 * carries what changes while it is open. Pass a stable `keyOf` (a module-level function).
 */
export function useLiveList<L extends LiveListChannel, W extends WatchChannelOf<LiveItem<L>>>(
  list: L,
  watch: W,
  input: LiveListInput<L, W>,
  keyOf: (item: LiveItem<L>) => string,
  options: LiveListOptions<LiveItem<L>> = {},
): LiveList<LiveItem<L>> {
  type T = LiveItem<L>;
  const client = useClient();
  const { connection } = useServices();
  const queryClient = useQueryClient();
  const sessionKey = useSession(selectSessionKey);
  const visible = usePageVisible() || options.followWhileHidden === true;
  const queryKey = liveListKey(sessionKey, list, input.list);
  const keyText = JSON.stringify(queryKey);
  const watchText = JSON.stringify(input.watch);
  // The newest callbacks and key without re-subscribing whenever a parent re-renders.
  const latest = useRef({ keyOf, queryKey, accept: options.accept });
  useLayoutEffect(() => {
    latest.current = { keyOf, queryKey, accept: options.accept };
  });

  const query = useInfiniteQuery<LivePage<T>, Error, LiveData<T>, readonly unknown[], string | undefined>({
    queryKey,
    queryFn: ({ pageParam }) =>
      client.request(list, { ...input.list, ...(pageParam ? { nextToken: pageParam } : {}) } as RequestInput<L>) as Promise<
        LivePage<T>
      >,
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextToken,
    enabled: sessionKey !== undefined,
  });

  const [retry, setRetry] = useState(0);
  // Updates are tagged with the subscription they belong to: a new one starts as 'connecting'
  // without a setState in the effect, and a late event of an old one cannot mark the new one live.
  const subscription = `${watch}|${watchText}|${sessionKey}|${retry}`;
  const [tagged, setTagged] = useState<{ subscription: string; updates: LiveUpdates }>();
  const updates: LiveUpdates = tagged?.subscription === subscription ? tagged.updates : { state: 'connecting' };

  useEffect(() => {
    if (sessionKey === undefined || !visible) return;
    let open = true;
    let timer: number | undefined;
    const setUpdates = (next: LiveUpdates) => setTagged({ subscription, updates: next });
    const stop = client.subscribe(
      watch,
      JSON.parse(watchText) as StreamInput<W>,
      (raw) => {
        const event = raw as unknown as WatchEvent<T>;
        if (event.type === 'error') {
          setUpdates({ state: 'paused', code: event.code, message: event.message, retryAt: Date.now() + event.retryInMs });
          return;
        }
        setUpdates({ state: 'live' });
        const { keyOf: key, queryKey: cacheKey, accept } = latest.current;
        queryClient.setQueryData<LiveData<T>>(cacheKey, (data) => patchLiveData(data, acceptOnly(event, accept), key));
      },
      (error) => {
        if (!open) return;
        const message = error?.message ?? 'The host ended the updates.';
        setUpdates({ state: 'paused', code: error?.code ?? 'Ended', message, retryAt: Date.now() + RESUBSCRIBE_AFTER_MS });
        timer = window.setTimeout(() => setRetry((count) => count + 1), RESUBSCRIBE_AFTER_MS);
      },
    );
    return () => {
      open = false;
      window.clearTimeout(timer);
      stop();
    };
  }, [client, queryClient, watch, watchText, sessionKey, visible, subscription]);

  // Coming back (socket or window) re-lists every loaded page: the stream missed what happened meanwhile.
  const wasVisible = useRef(visible);
  useEffect(() => {
    const cameBack = visible && !wasVisible.current;
    wasVisible.current = visible;
    if (cameBack) void queryClient.refetchQueries({ queryKey: JSON.parse(keyText) as unknown[], exact: true });
  }, [visible, keyText, queryClient]);
  useEffect(
    () =>
      onReconnect(connection, () => void queryClient.refetchQueries({ queryKey: JSON.parse(keyText) as unknown[], exact: true })),
    [connection, keyText, queryClient],
  );

  const { data } = query;
  const items = useMemo(() => flattenPages(data, keyOf), [data, keyOf]);
  return {
    items,
    notice: data?.pages.find((page) => page.notice)?.notice,
    isPending: query.isPending,
    error: query.isError && !data ? query.error : undefined,
    refetch: () => void query.refetch(),
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    isLoadingMore: query.isFetchingNextPage,
    loadMoreError: query.isFetchNextPageError ? query.error : undefined,
    updates: visible ? updates : { state: 'hidden' },
  };
}

function acceptOnly<T>(event: WatchEvent<T>, accept: ((item: T) => boolean) | undefined): WatchEvent<T> {
  if (!accept || event.type === 'error') return event;
  if (event.type === 'snapshot') return { type: 'snapshot', items: event.items.filter(accept) };
  // Dates never change, so an item that passed once keeps passing; only new rows need the check.
  return { ...event, added: event.added.filter(accept), updated: event.updated.filter(accept) };
}
