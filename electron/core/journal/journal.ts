import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { JournalEntry } from '../../../shared/domain/journal';

export interface Journal {
  record(entry: Omit<JournalEntry, 'id'>): Promise<JournalEntry>;
  /** Newest first. */
  list(options: { limit: number; channel?: string }): Promise<JournalEntry[]>;
  onEntry(listener: (entry: JournalEntry) => void): () => void;
}

/**
 * The activity journal: one JSON object per line (JSONL) in the app data dir, appended, never
 * rewritten, so an interrupted write loses at most the line being written. Unparseable lines are
 * skipped when reading rather than hiding the rest of the history.
 */
export function openJournal(dataDir: string): Journal {
  const file = join(dataDir, 'journal.jsonl');
  const listeners = new Set<(entry: JournalEntry) => void>();
  let queue: Promise<unknown> = Promise.resolve();

  return {
    async record(partial) {
      const entry: JournalEntry = { id: randomUUID(), ...partial };
      const write = queue.then(async () => {
        await mkdir(dirname(file), { recursive: true, mode: 0o700 });
        await appendFile(file, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
      });
      queue = write.catch(() => undefined);
      await write;
      for (const listener of listeners) listener(entry);
      return entry;
    },
    async list({ limit, channel }) {
      let text = '';
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const entries: JournalEntry[] = [];
      const lines = text.split('\n');
      for (let i = lines.length - 1; i >= 0 && entries.length < limit; i--) {
        const line = lines[i]!.trim();
        if (!line) continue;
        try {
          const entry = JSON.parse(line) as JournalEntry;
          if (!channel || entry.channel === channel) entries.push(entry);
        } catch {
          // A torn last line from a crash: skip it, keep the rest of the history readable.
        }
      }
      return entries;
    },
    onEntry(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
