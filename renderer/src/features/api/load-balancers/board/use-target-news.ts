import { useEffect, useRef, useState } from 'react';
import type { TargetHealthRow } from '../../../../../../shared/domain/load-balancers';
import { useSession } from '../../../../app/services';
import { selectSessionKey } from '../../../../stores/session-key';
import { targetTransitions, turnedUnhealthy, type TargetTransition } from './target-transitions';

const KEEP = 20;

/**
 * What changed on the board since it opened, newest first, and a call for each target that just
 * turned unhealthy. The baseline is the first snapshot of the watch (`live`) in this session: what
 * the board shows when it opens, or after a switch to another profile, is not news.
 */
export function useTargetNews(rows: readonly TargetHealthRow[], live: boolean, onUnhealthy: (transition: TargetTransition) => void): TargetTransition[] {
  const sessionKey = useSession(selectSessionKey);
  const seen = useRef<{ session: string | undefined; rows: Map<string, TargetHealthRow> | undefined }>({ session: undefined, rows: undefined });
  const [recent, setRecent] = useState<{ session: string | undefined; items: TargetTransition[] }>({ session: undefined, items: [] });

  useEffect(() => {
    if (seen.current.session !== sessionKey) seen.current = { session: sessionKey, rows: undefined };
    const previous = seen.current.rows;
    if (!previous && !live) return;
    seen.current.rows = new Map(rows.map((row) => [row.key, row]));
    if (!previous) return;
    const news = targetTransitions(previous, rows, Date.now());
    if (news.length === 0) return;
    record(news);
    news.filter(turnedUnhealthy).forEach(onUnhealthy);

    function record(items: TargetTransition[]) {
      setRecent((current) => ({ session: sessionKey, items: [...items.reverse(), ...(current.session === sessionKey ? current.items : [])].slice(0, KEEP) }));
    }
  }, [rows, live, sessionKey, onUnhealthy]);

  return recent.session === sessionKey ? recent.items : [];
}
