import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { JournalEntry } from '../../../../shared/domain/journal';
import { useServices } from '../../app/services';
import { onReconnect } from '../../bridge/on-reconnect';
import { mergeEntries } from './journal-entries';

const JOURNAL_KEY = ['journal.list'] as const;
// The table paginates on the client; the host caps one list at 1000 entries.
const JOURNAL_LIMIT = 1000;

/** The journal as listed once, then kept current by the host's journal.watch stream. */
export function useJournal() {
  const { client, connection } = useServices();
  const queryClient = useQueryClient();

  const query = useQuery({
    queryKey: JOURNAL_KEY,
    queryFn: async () => mergeEntries([], await client.request('journal.list', { limit: JOURNAL_LIMIT })),
  });

  useEffect(
    () =>
      client.subscribe('journal.watch', {}, (entry) => {
        // Before the first list arrives there is nothing to add to: the list will include it.
        queryClient.setQueryData<JournalEntry[]>(JOURNAL_KEY, (current) =>
          current ? mergeEntries(current, [entry]) : current,
        );
      }),
    [client, queryClient],
  );

  // Entries written while the socket was down never came through the stream: list again.
  useEffect(
    () => onReconnect(connection, () => void queryClient.invalidateQueries({ queryKey: JOURNAL_KEY })),
    [connection, queryClient],
  );

  return query;
}
