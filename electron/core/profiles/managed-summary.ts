import type { ProfileSummary } from '../../../shared/domain/profiles';
import type { ManagedProfileMeta } from '../keychain/managed-profiles';

/** How an app-managed profile appears in profiles.list: its name, region and endpoint, no key. */
export function summarizeManaged(meta: ManagedProfileMeta, productionProfiles: readonly string[]): ProfileSummary {
  const production = productionProfiles.includes(meta.name);
  const summary: ProfileSummary = {
    name: meta.name,
    kind: 'app-managed',
    source: 'app',
    production,
    suggestProduction: !production && /(^|[^a-z])prod(uction)?([^a-z]|$)/i.test(meta.name),
  };
  if (meta.region) summary.region = meta.region;
  if (meta.endpointUrl) summary.endpointUrl = meta.endpointUrl;
  return summary;
}
