import type { AlarmSummary } from '../../../../shared/domain/alarms';
import type { LiveUpdates } from '../live/live-updates';
import { useLiveList } from '../live/use-live-list';
import { useSession } from '../../app/services';
import { selectSessionKey } from '../../stores/session-key';

export const alarmKey = (alarm: AlarmSummary) => alarm.name;

export interface AlarmList {
  alarms: AlarmSummary[];
  /** Set when CloudWatch holds more alarms than the board reads. */
  notice: string | undefined;
  isPending: boolean;
  error: unknown;
  refetch: () => void;
  updates: LiveUpdates;
  /** The session the alarms belong to (the notifier forgets what it saw when it changes). */
  sessionKey: string | undefined;
}

const QUERY = { list: {}, watch: {} };
const FOLLOW_HIDDEN = { followWhileHidden: true };
const WHEN_VISIBLE = {};

/**
 * Every alarm of the session as one live list (alarms.list, patched by alarms.watch): the board,
 * the detail page, the notifier, the navigation count and the title share one cache entry and,
 * through the host's watcher registry, one poller.
 */
export function useAlarms({ followWhileHidden = false } = {}): AlarmList {
  const sessionKey = useSession(selectSessionKey);
  const list = useLiveList('alarms.list', 'alarms.watch', QUERY, alarmKey, followWhileHidden ? FOLLOW_HIDDEN : WHEN_VISIBLE);
  return {
    alarms: list.items,
    notice: list.notice,
    isPending: list.isPending,
    error: list.error,
    refetch: list.refetch,
    updates: list.updates,
    sessionKey,
  };
}
