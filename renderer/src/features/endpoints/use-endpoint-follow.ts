import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { EndpointSummary } from '../../../../shared/domain/endpoints';
import { useClient, useSession } from '../../app/services';
import { selectSessionKey } from '../../stores/session-key';
import { usePageVisible } from '../live/use-page-visible';
import { SESSION_QUERY_ROOT } from '../use-session-query';

// What an open endpoint screen shows from a Describe-like call; re-read when the endpoint moves.
const FOLLOWED = new Set(['endpoints.describe', 'endpoints.rollbackPlan', 'endpoints.scaling']);

/** What changes on an endpoint when a deployment, rollback or scaling step happens. */
const fingerprint = (endpoint: EndpointSummary) =>
  JSON.stringify([endpoint.status, endpoint.configName, endpoint.lastModifiedAt, endpoint.variants]);

/**
 * Keeps an open endpoint's screens current without polling Describe: the endpoints watcher the list
 * uses already sees status, config and capacity change, so this re-reads only when it did.
 */
export function useEndpointFollow(name: string): void {
  const client = useClient();
  const queryClient = useQueryClient();
  const sessionKey = useSession(selectSessionKey);
  const visible = usePageVisible();
  useEffect(() => {
    if (sessionKey === undefined || !visible) return;
    let seen: string | undefined;
    return client.subscribe('endpoints.watch', { nameContains: name }, (event) => {
      if (event.type === 'error') return;
      const items = event.type === 'snapshot' ? event.items : [...event.added, ...event.updated];
      const endpoint = items.find((item) => item.name === name);
      const now = endpoint
        ? fingerprint(endpoint)
        : event.type === 'changes' && event.removed.includes(name)
          ? 'gone'
          : seen;
      if (seen !== undefined && now !== seen) {
        void queryClient.invalidateQueries({
          predicate: ({ queryKey }) =>
            queryKey[0] === SESSION_QUERY_ROOT &&
            queryKey[1] === sessionKey &&
            FOLLOWED.has(String(queryKey[2])) &&
            (queryKey[3] as { endpointName?: string } | undefined)?.endpointName === name,
        });
      }
      seen = now;
    });
  }, [client, queryClient, sessionKey, visible, name]);
}
