import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { SageDeckError } from '../../../shared/errors';
import { writeFileAtomic } from '../storage/atomic-write';
import type { SecretStore } from './secret-store';

/** What SageDeck keeps on disk about an app-managed profile: never its keys. */
export interface ManagedProfileMeta {
  name: string;
  region?: string;
  endpointUrl?: string;
}

export interface ManagedKeys {
  accessKeyId: string;
  secretAccessKey: string;
}

const metaFile = z.object({
  version: z.literal(1),
  profiles: z.array(z.object({ name: z.string(), region: z.string().optional(), endpointUrl: z.string().optional() })),
});

const keychainItem = z.object({ accessKeyId: z.string().min(1), secretAccessKey: z.string().min(1) });

export interface ManagedProfiles {
  list(): ManagedProfileMeta[];
  get(name: string): ManagedProfileMeta | undefined;
  /** Adds or replaces: keys into one keychain item, metadata into managed-profiles.json. */
  save(meta: ManagedProfileMeta, keys: ManagedKeys): Promise<void>;
  /** Deletes the keychain item and the metadata. False when no such profile exists. */
  remove(name: string): Promise<boolean>;
  /** The keys, read from the keychain at most once until forgetKeys() (called on session switch). */
  keys(name: string): Promise<ManagedKeys>;
  forgetKeys(): void;
}

function missingItem(name: string): SageDeckError {
  return new SageDeckError({
    code: 'CredentialsUnavailable',
    message: `The keychain has no keys for profile "${name}". Remove the profile and add it again with its access key.`,
    retryable: false,
  });
}

/** App-managed profiles: metadata in the app data dir, secrets only in the keychain. */
export async function openManagedProfiles(dataDir: string, secrets: SecretStore): Promise<ManagedProfiles> {
  const file = join(dataDir, 'managed-profiles.json');
  let profiles: ManagedProfileMeta[] = [];
  try {
    profiles = metaFile.parse(JSON.parse(await readFile(file, 'utf8'))).profiles;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      // A damaged file hides the profiles rather than stopping the app; their keychain items stay.
      profiles = [];
    }
  }
  const keyCache = new Map<string, Promise<ManagedKeys>>();
  let queue: Promise<unknown> = Promise.resolve();
  const persist = (next: ManagedProfileMeta[]) => {
    const write = queue.then(() =>
      next.length === 0 ? rm(file, { force: true }) : writeFileAtomic(file, `${JSON.stringify({ version: 1, profiles: next }, null, 2)}\n`),
    );
    queue = write.catch(() => undefined);
    return write;
  };

  return {
    list: () => [...profiles],
    get: (name) => profiles.find((p) => p.name === name),
    async save(meta, keys) {
      const existed = profiles.some((p) => p.name === meta.name);
      await secrets.set(meta.name, JSON.stringify({ accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey }));
      const next = [...profiles.filter((p) => p.name !== meta.name), meta].sort((a, b) => a.name.localeCompare(b.name));
      try {
        await persist(next);
      } catch (error) {
        // Keep the keychain and the metadata in step: a new item without metadata would be orphaned.
        if (!existed) await secrets.delete(meta.name).catch(() => false);
        throw error;
      }
      profiles = next;
      keyCache.delete(meta.name);
    },
    async remove(name) {
      if (!profiles.some((p) => p.name === name)) return false;
      await secrets.delete(name);
      const next = profiles.filter((p) => p.name !== name);
      await persist(next);
      profiles = next;
      keyCache.delete(name);
      return true;
    },
    keys(name) {
      let cached = keyCache.get(name);
      if (!cached) {
        cached = secrets.get(name).then((raw) => {
          if (raw === undefined) throw missingItem(name);
          let parsed: ReturnType<typeof keychainItem.safeParse>;
          try {
            parsed = keychainItem.safeParse(JSON.parse(raw));
          } catch {
            throw missingItem(name);
          }
          if (!parsed.success) throw missingItem(name);
          return parsed.data;
        });
        cached.catch(() => keyCache.delete(name));
        keyCache.set(name, cached);
      }
      return cached;
    },
    forgetKeys: () => keyCache.clear(),
  };
}
