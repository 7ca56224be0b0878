import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../storage/atomic-write';

export interface KeyedStore<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T | undefined): Promise<void>;
}

/**
 * A small JSON map in the app data dir (private to the user, written atomically, one writer at a
 * time): budgets per profile, recent payloads per endpoint.
 */
export function openKeyedStore<T>(dataDir: string, fileName: string): KeyedStore<T> {
  const file = join(dataDir, fileName);
  const read = async (): Promise<Record<string, T>> => {
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, T>) : {};
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
  };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get: async (key) => (await read())[key],
    set: (key, value) => {
      const run = queue.then(async () => {
        const all = await read();
        if (value === undefined) delete all[key];
        else all[key] = value;
        await writeFileAtomic(file, JSON.stringify(all, null, 2));
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
