import type { journalRequests, journalStreams } from '../../../../shared/contract/journal';
import type { JournalEntry } from '../../../../shared/domain/journal';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';
import { Listeners } from './listeners';

/** journal.*: the in-memory activity journal the real mutation gate records into, newest first. */
export class FakeJournal {
  entries: JournalEntry[];
  private nextId = 1;
  private readonly watchers = new Listeners<JournalEntry>();

  constructor(entries: JournalEntry[] = []) {
    this.entries = entries;
  }

  /** The gate's `record`: what every mutation (run or refused by AWS) leaves behind. */
  record(entry: Omit<JournalEntry, 'id'>): void {
    const stored: JournalEntry = { id: `j${this.nextId++}`, ...entry };
    this.entries = [stored, ...this.entries];
    this.watchers.send(stored);
  }

  readonly requests: RequestHandlersOf<typeof journalRequests> = {
    'journal.list': async (input) =>
      this.entries.filter((entry) => !input.channel || entry.channel === input.channel).slice(0, input.limit),
  };

  readonly streams: StreamHandlersOf<typeof journalStreams> = {
    'journal.watch': (_input, emit) => this.watchers.add(emit),
  };
}
