import { useEffect, useState } from 'react';
import type { TransferSummary } from '../../../../../shared/domain/data';
import { useClient } from '../../../app/services';

const RESUBSCRIBE_AFTER_MS = 5000;

/**
 * Every transfer of this run of SageDeck, from transfers.watch (snapshot, then changes). Not tied
 * to the session: an upload started on one profile keeps showing after a switch.
 */
export function useTransfers(): TransferSummary[] {
  const client = useClient();
  const [transfers, setTransfers] = useState<Map<string, TransferSummary>>(() => new Map());
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let open = true;
    let timer: number | undefined;
    const stop = client.subscribe(
      'transfers.watch',
      {},
      (event) => {
        if (event.type === 'error') return;
        setTransfers((current) => {
          if (event.type === 'snapshot') return new Map(event.items.map((item) => [item.id, item]));
          const next = new Map(current);
          for (const item of [...event.added, ...event.updated]) next.set(item.id, item);
          for (const id of event.removed) next.delete(id);
          return next;
        });
      },
      () => {
        if (open) timer = window.setTimeout(() => setAttempt((count) => count + 1), RESUBSCRIBE_AFTER_MS);
      },
    );
    return () => {
      open = false;
      window.clearTimeout(timer);
      stop();
    };
  }, [client, attempt]);

  // Newest first: what the user just started is on top.
  return [...transfers.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id));
}
