import { DEFAULT_REGION, SANDBOX_PROFILE, type ProfileSummary } from '../../../shared/domain/profiles';
import type { ManagedProfileMeta } from '../keychain/managed-profiles';
import { summarize } from './classify';
import { summarizeManaged } from './managed-summary';
import { loadSharedConfig } from './shared-files';

export const SANDBOX_SUMMARY: Omit<ProfileSummary, 'production' | 'suggestProduction'> = {
  name: SANDBOX_PROFILE,
  kind: 'sandbox',
  source: 'builtin',
  region: DEFAULT_REGION,
};

/**
 * The built-in sandbox first, then every profile of the shared files and every app-managed one, in
 * name order. A user profile literally named `sandbox` is shadowed by the built-in one (its name is
 * reserved); an app-managed profile shadows a file profile that later appears with its name, as the
 * credential resolver does.
 */
export async function listProfiles(
  env: NodeJS.ProcessEnv,
  productionProfiles: readonly string[],
  managed: readonly ManagedProfileMeta[] = [],
): Promise<ProfileSummary[]> {
  const shared = await loadSharedConfig(env);
  const managedNames = new Set(managed.map((meta) => meta.name));
  const fromFiles = [...shared.profiles.values()]
    .filter((record) => record.name !== SANDBOX_PROFILE && !managedNames.has(record.name))
    .map((record) => summarize(record, shared, productionProfiles));
  const fromApp = managed.filter((meta) => meta.name !== SANDBOX_PROFILE).map((meta) => summarizeManaged(meta, productionProfiles));
  const all = [...fromFiles, ...fromApp].sort((a, b) => a.name.localeCompare(b.name));
  const sandbox: ProfileSummary = {
    ...SANDBOX_SUMMARY,
    production: productionProfiles.includes(SANDBOX_PROFILE),
    suggestProduction: false,
  };
  return [sandbox, ...all];
}
