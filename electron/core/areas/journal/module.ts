import type { journalRequests, journalStreams } from '../../../../shared/contract/journal';
import type { Journal } from '../../journal/journal';
import type { AreaModule } from '../area-module';

/** The activity journal: every change made from SageDeck, listed and followed live. */
export function journalArea({
  journal,
}: {
  journal: Journal;
}): AreaModule<typeof journalRequests, typeof journalStreams> {
  return {
    requests: {
      'journal.list': async (input) =>
        journal.list(input.channel ? { limit: input.limit, channel: input.channel } : { limit: input.limit }),
    },
    streams: { 'journal.watch': (_input, emit) => journal.onEntry(emit) },
    dispose: () => undefined,
  };
}
