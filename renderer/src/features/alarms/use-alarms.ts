import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AlarmSummary } from '../../../../shared/domain/alarms';
import { onReconnect } from '../../bridge/on-reconnect';
import { useClient, useServices, useSession } from '../../app/services';
import { selectSessionKey } from '../../stores/session-key';
import { flattenPages, patchLiveData, type LiveData } from '../live/live-cache';
import type { LiveUpdates } from '../live/live-updates';
import { liveListKey } from '../live/use-live-list';
import { usePageVisible } from '../live/use-page-visible';

export const alarmKey = (alarm: AlarmSummary) => alarm.name;

// A stream the host ended (not a session switch, which re-opens it anyway) is retried after this.
const RESUBSCRIBE_AFTER_MS = 5000;

export interface AlarmList {
  alarms: AlarmSummary[];
  isPending: boolean;
  error: unknown;
  refetch: () => void;
  updates: LiveUpdates;
  /** The session the alarms belong to (the notifier forgets what it saw when it changes). */
  sessionKey: string | undefined;
}

/**
 * Every alarm of the session, kept current by alarms.watch. `useLiveList` pages lists of
 * `{ items, nextToken }`; alarms.list answers the whole list (at most 1,000 alarms) as an array, so
 * this is the same machinery for a one-page list: the cache entry has the live list's key and
 * shape (`liveListKey`, `LiveData`) and is patched by the same pure `patchLiveData`, mutations that
 * invalidate `alarms.list` re-list it, and it is re-listed after a reconnect or when shown again.
 */
export function useAlarms({ followWhileHidden = false } = {}): AlarmList {
  const client = useClient();
  const { connection } = useServices();
  const queryClient = useQueryClient();
  const sessionKey = useSession(selectSessionKey);
  const visible = usePageVisible() || followWhileHidden;
  const queryKey = liveListKey(sessionKey, 'alarms.list', {});
  const keyText = JSON.stringify(queryKey);

  const query = useQuery<LiveData<AlarmSummary>>({
    queryKey,
    queryFn: async () => ({ pages: [{ items: await client.request('alarms.list', {}) }], pageParams: [undefined] }),
    enabled: sessionKey !== undefined,
  });

  const [retry, setRetry] = useState(0);
  const subscription = `${sessionKey}|${retry}`;
  const [tagged, setTagged] = useState<{ subscription: string; updates: LiveUpdates }>();
  const updates: LiveUpdates = tagged?.subscription === subscription ? tagged.updates : { state: 'connecting' };

  useEffect(() => {
    if (sessionKey === undefined || !visible) return;
    let open = true;
    let timer: number | undefined;
    const cacheKey = JSON.parse(keyText) as unknown[];
    const setUpdates = (next: LiveUpdates) => setTagged({ subscription, updates: next });
    const stop = client.subscribe(
      'alarms.watch',
      {},
      (event) => {
        if (event.type === 'error') {
          setUpdates({ state: 'paused', code: event.code, message: event.message, retryAt: Date.now() + event.retryInMs });
          return;
        }
        setUpdates({ state: 'live' });
        queryClient.setQueryData<LiveData<AlarmSummary>>(cacheKey, (data) => patchLiveData(data, event, alarmKey));
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
  }, [client, queryClient, keyText, sessionKey, visible, subscription]);

  // Coming back (socket or window) re-lists: the stream missed what happened meanwhile.
  const wasVisible = useRef(visible);
  useEffect(() => {
    const cameBack = visible && !wasVisible.current;
    wasVisible.current = visible;
    if (cameBack) void queryClient.refetchQueries({ queryKey: JSON.parse(keyText) as unknown[], exact: true });
  }, [visible, keyText, queryClient]);
  useEffect(
    () => onReconnect(connection, () => void queryClient.refetchQueries({ queryKey: JSON.parse(keyText) as unknown[], exact: true })),
    [connection, keyText, queryClient],
  );

  const { data } = query;
  const alarms = useMemo(() => flattenPages(data, alarmKey), [data]);
  return {
    alarms,
    isPending: query.isPending,
    error: query.isError && !data ? query.error : undefined,
    refetch: () => void query.refetch(),
    updates: visible ? updates : { state: 'hidden' },
    sessionKey,
  };
}
