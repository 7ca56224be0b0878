import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';
import { writeFileAtomic } from '../storage/atomic-write';

const MAX_RECENT = 8;

const storedSettings = z.object({
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
  profile: z.string().optional().catch(undefined),
  region: z.string().optional().catch(undefined),
  recentProfiles: z.array(z.string()).catch([]),
  recentRegions: z.array(z.string()).catch([]),
  productionProfiles: z.array(z.string()).catch([]),
});

export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Promise<Settings>;
  reset(): Promise<Settings>;
  /** Records a switch: current profile/region, both moved to the front of the recent lists. */
  rememberSession(profile: string, region: string): Promise<Settings>;
}

function pushRecent(list: string[], value: string): string[] {
  return [value, ...list.filter((item) => item !== value)].slice(0, MAX_RECENT);
}

/**
 * settings.json in the app data dir. Unknown or damaged fields fall back to defaults one by one;
 * a file that is not JSON at all is kept aside as settings.json.corrupt-<time> rather than lost.
 */
export async function openSettingsStore(dataDir: string): Promise<SettingsStore> {
  const file = join(dataDir, 'settings.json');
  let current: Settings = { ...DEFAULT_SETTINGS };
  try {
    const text = await readFile(file, 'utf8');
    try {
      current = storedSettings.parse(JSON.parse(text)) as Settings;
    } catch {
      await rename(file, `${file}.corrupt-${Date.now()}`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }

  // Writes are serialised so two quick updates cannot land out of order.
  let queue: Promise<unknown> = Promise.resolve();
  const save = (next: Settings) => {
    current = next;
    const write = queue.then(() => writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`));
    queue = write.catch(() => undefined);
    return write.then(() => next);
  };

  return {
    get: () => current,
    update: (patch) => save({ ...current, ...patch }),
    reset: () => save({ ...DEFAULT_SETTINGS }),
    rememberSession: (profile, region) =>
      save({
        ...current,
        profile,
        region,
        recentProfiles: pushRecent(current.recentProfiles, profile),
        recentRegions: pushRecent(current.recentRegions, region),
      }),
  };
}
