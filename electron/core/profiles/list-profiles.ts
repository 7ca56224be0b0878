import { DEFAULT_REGION, SANDBOX_PROFILE, type ProfileSummary } from '../../../shared/domain/profiles';
import { summarize } from './classify';
import { loadSharedConfig } from './shared-files';

export const SANDBOX_SUMMARY: Omit<ProfileSummary, 'production' | 'suggestProduction'> = {
  name: SANDBOX_PROFILE,
  kind: 'sandbox',
  source: 'builtin',
  region: DEFAULT_REGION,
};

/**
 * The built-in sandbox first, then every profile of the shared files in name order. A user profile
 * literally named `sandbox` is shadowed by the built-in one (its name is reserved).
 */
export async function listProfiles(env: NodeJS.ProcessEnv, productionProfiles: readonly string[]): Promise<ProfileSummary[]> {
  const shared = await loadSharedConfig(env);
  const fromFiles = [...shared.profiles.values()]
    .filter((record) => record.name !== SANDBOX_PROFILE)
    .map((record) => summarize(record, shared, productionProfiles))
    .sort((a, b) => a.name.localeCompare(b.name));
  const sandbox: ProfileSummary = {
    ...SANDBOX_SUMMARY,
    production: productionProfiles.includes(SANDBOX_PROFILE),
    suggestProduction: false,
  };
  return [sandbox, ...fromFiles];
}
