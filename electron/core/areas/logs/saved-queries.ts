import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SavedQuery } from '../../../../shared/domain/logs';
import { writeFileAtomic } from '../../storage/atomic-write';

/** Profile name → that profile's queries. */
type SavedByProfile = Record<string, SavedQuery[]>;

export interface SavedQueries {
  list(profile: string): Promise<SavedQuery[]>;
  save(profile: string, query: Omit<SavedQuery, 'id' | 'savedAt'>): Promise<SavedQuery>;
  remove(profile: string, id: string): Promise<boolean>;
}

/**
 * Saved Logs Insights queries, kept per profile in `logs-saved-queries.json` in the app data dir
 * (private to the user, written atomically): the groups a query names belong to one account, so
 * another profile does not see them. Saving a name the profile already has replaces that query.
 */
export function openSavedQueries(dataDir: string, now: () => number = Date.now): SavedQueries {
  const file = join(dataDir, 'logs-saved-queries.json');
  const load = async (): Promise<SavedByProfile> => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as SavedByProfile) : {};
  };
  // Writes are chained so two saves at once cannot both read the old file and lose one of them.
  let last: Promise<unknown> = Promise.resolve();
  const update = <T>(change: (all: SavedByProfile) => { result: T; changed: boolean }): Promise<T> => {
    const next = last.then(async () => {
      const all = await load();
      const { result, changed } = change(all);
      if (changed) await writeFileAtomic(file, JSON.stringify(all, null, 2));
      return result;
    });
    last = next.catch(() => undefined);
    return next;
  };
  return {
    list: async (profile) => [...((await load())[profile] ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    save: (profile, query) =>
      update((all) => {
        const saved: SavedQuery = { id: randomUUID(), ...query, savedAt: new Date(now()).toISOString() };
        all[profile] = [...(all[profile] ?? []).filter((existing) => existing.name !== query.name), saved];
        return { result: saved, changed: true };
      }),
    remove: (profile, id) =>
      update((all) => {
        const before = all[profile] ?? [];
        const kept = before.filter((query) => query.id !== id);
        all[profile] = kept;
        return { result: kept.length < before.length, changed: kept.length < before.length };
      }),
  };
}
