import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { JobKind } from '../../../../../shared/domain/jobs';
import { useClient, useSession } from '../../../app/services';
import { selectSessionKey } from '../../../stores/session-key';
import { SESSION_QUERY_ROOT } from '../../use-session-query';
import { usePageVisible } from '../../live/use-page-visible';

/**
 * Keeps an open detail current without polling Describe: the host's watcher already notices status
 * changes, so the detail re-reads only when the watched job changed (DESIGN: Describe only what is
 * on screen, and only when it moved).
 */
export function useJobFollow(kind: JobKind, name: string): void {
  const client = useClient();
  const queryClient = useQueryClient();
  const sessionKey = useSession(selectSessionKey);
  const visible = usePageVisible();
  useEffect(() => {
    if (sessionKey === undefined || !visible) return;
    const reread = () =>
      void queryClient.invalidateQueries({ queryKey: [SESSION_QUERY_ROOT, sessionKey, 'jobs.describe', { kind, name }] });
    let last: string | undefined;
    return client.subscribe('jobs.watch', { kind, nameContains: name }, (event) => {
      if (event.type === 'error') return;
      const items = event.type === 'snapshot' ? event.items : [...event.added, ...event.updated];
      const job = items.find((item) => item.name === name);
      const removed = event.type === 'changes' && event.removed.includes(name);
      const state = job ? `${job.status}|${job.secondaryStatus ?? ''}` : removed ? 'removed' : last;
      // The first snapshot only records where the job is; the detail was just read.
      if (last !== undefined && state !== last) reread();
      last = state;
    });
  }, [client, queryClient, sessionKey, visible, kind, name]);
}
