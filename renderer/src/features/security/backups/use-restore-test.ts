import { useEffect, useState } from 'react';
import type { RestoreTestProgress } from '../../../../../shared/domain/backups';
import { useClient, useSession } from '../../../app/services';
import { selectSessionKey } from '../../../stores/session-key';

export interface RestoreTestFeed {
  progress: RestoreTestProgress | undefined;
  /** Why the stream stopped or paused, while no newer progress arrived. */
  problem: string | undefined;
}

/** Follows backups.watchRestoreTest: one item keyed by the test id, replaced by each change (as useDeployment does). */
export function useRestoreTest(testId: string | undefined): RestoreTestFeed {
  const client = useClient();
  const sessionKey = useSession(selectSessionKey);
  const [feed, setFeed] = useState<RestoreTestFeed & { key: string | undefined; testId: string | undefined }>({ progress: undefined, problem: undefined, key: undefined, testId: undefined });
  useEffect(() => {
    if (sessionKey === undefined || testId === undefined) return;
    return client.subscribe(
      'backups.watchRestoreTest',
      { testId },
      (event) => {
        if (event.type === 'error') {
          setFeed((current) => ({ ...current, key: sessionKey, testId, problem: `Updates paused: ${event.message}` }));
          return;
        }
        const items = event.type === 'snapshot' ? event.items : [...event.added, ...event.updated];
        const mine = items.find((item) => item.testId === testId);
        if (mine) setFeed({ progress: mine, problem: undefined, key: sessionKey, testId });
      },
      (error) => {
        if (error) setFeed((current) => ({ ...current, key: sessionKey, testId, problem: `Updates stopped: ${error.message}` }));
      },
    );
  }, [client, sessionKey, testId]);
  return feed.key === sessionKey && feed.testId === testId ? feed : { progress: undefined, problem: undefined };
}
