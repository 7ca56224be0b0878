import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write';

export interface JsonFile<T> {
  /** The document, or `empty()` when the file does not exist yet or holds another shape. */
  read(): Promise<T>;
  /** Replaces the document atomically. */
  write(value: T): Promise<void>;
  /** Runs read-change-write work one at a time, so two saves never lose each other's change. */
  serial<R>(work: () => Promise<R>): Promise<R>;
}

/**
 * One small JSON document in the app data dir (templates, saved deployments, budgets): private to
 * the user, written atomically, changed by one writer at a time.
 */
export function openJsonFile<T>(file: string, empty: () => T, accepts: (parsed: unknown) => boolean): JsonFile<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    read: async () => {
      try {
        const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
        return accepts(parsed) ? (parsed as T) : empty();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty();
        throw error;
      }
    },
    write: (value) => writeFileAtomic(file, JSON.stringify(value, null, 2)),
    serial: (work) => {
      const run = queue.then(work);
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
