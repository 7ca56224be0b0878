import { useEffect, useState } from 'react';
import type { DeploymentProgress } from '../../../../../shared/domain/endpoints';
import { useClient, useSession } from '../../../app/services';
import { selectSessionKey } from '../../../stores/session-key';

export interface DeploymentFeed {
  progress: DeploymentProgress | undefined;
  /** Why the stream stopped or paused (the host's or AWS's words), while no newer progress arrived. */
  problem: string | undefined;
}

/**
 * Follows endpoints.deployment: one item keyed by the endpoint, replaced by each change. The stream
 * is session-scoped, so a profile switch ends it and a new session opens it again.
 */
export function useDeployment(endpointName: string): DeploymentFeed {
  const client = useClient();
  const sessionKey = useSession(selectSessionKey);
  const [feed, setFeed] = useState<DeploymentFeed & { key: string | undefined }>({
    progress: undefined,
    problem: undefined,
    key: undefined,
  });
  useEffect(() => {
    if (sessionKey === undefined) return;
    return client.subscribe(
      'endpoints.deployment',
      { endpointName },
      (event) => {
        if (event.type === 'error') {
          setFeed((current) => ({ ...current, key: sessionKey, problem: `Updates paused: ${event.message}` }));
          return;
        }
        const items = event.type === 'snapshot' ? event.items : [...event.added, ...event.updated];
        const mine = items.find((item) => item.endpointName === endpointName);
        if (mine) setFeed({ progress: mine, problem: undefined, key: sessionKey });
      },
      (error) => {
        if (error)
          setFeed((current) => ({ ...current, key: sessionKey, problem: `Updates stopped: ${error.message}` }));
      },
    );
  }, [client, sessionKey, endpointName]);
  // An older session's progress is never shown for the new one.
  return feed.key === sessionKey ? feed : { progress: undefined, problem: undefined };
}
