import { join } from 'node:path';
import { openJsonFile } from '../../storage/json-file';

export interface KeyedStore<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T | undefined): Promise<void>;
}

/**
 * A small JSON map in the app data dir (private to the user, written atomically, one writer at a
 * time): budgets per profile, recent payloads per endpoint.
 */
export function openKeyedStore<T>(dataDir: string, fileName: string): KeyedStore<T> {
  const { read, write, serial } = openJsonFile<Record<string, T>>(
    join(dataDir, fileName),
    () => ({}),
    (parsed) => parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed),
  );
  return {
    get: async (key) => (await read())[key],
    set: (key, value) =>
      serial(async () => {
        const all = await read();
        if (value === undefined) delete all[key];
        else all[key] = value;
        await write(all);
      }),
  };
}
