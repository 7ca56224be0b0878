import packageJson from '../../../package.json';
import type { Diagnostics, DiagnosticsFile, HostKind } from '../../../shared/domain/app';
import type { ProfileSummary } from '../../../shared/domain/profiles';
import type { Settings } from '../../../shared/domain/settings';
import type { Journal } from '../journal/journal';
import type { RecentError } from './error-ring';
import { scrubText, scrubValue, withoutCredentials } from './scrub';

export const JOURNAL_LINES = 500;

export interface DiagnosticsSources {
  host: HostKind;
  env: NodeJS.ProcessEnv;
  settings: () => Settings;
  profiles: () => Promise<ProfileSummary[]>;
  journal: Journal;
  counters: () => Diagnostics;
  errors: () => RecentError[];
  now?: () => number;
}

/** The proxy setup as the user would describe it: where to, never with whom. */
function network(env: NodeJS.ProcessEnv) {
  const pick = (upper: string) => env[upper] ?? env[upper.toLowerCase()];
  return {
    httpsProxy: withoutCredentials(pick('HTTPS_PROXY')) ?? null,
    httpProxy: withoutCredentials(pick('HTTP_PROXY')) ?? null,
    noProxy: pick('NO_PROXY') ?? null,
    caBundle: env.AWS_CA_BUNDLE ?? null,
  };
}

/**
 * One JSON file a user can attach to a bug report. Built from an allow-list (profiles by name, kind
 * and region only; journal entries as the journal already stores them, without secret inputs), then
 * scrubbed once more as text so no key- or token-shaped value survives.
 */
export async function buildDiagnostics(sources: DiagnosticsSources): Promise<DiagnosticsFile> {
  const now = (sources.now ?? Date.now)();
  const journal = await sources.journal.list({ limit: JOURNAL_LINES });
  const profiles = await sources.profiles();
  const body = {
    generatedAt: new Date(now).toISOString(),
    app: { name: 'SageDeck', version: packageJson.version, host: sources.host },
    runtime: {
      electron: process.versions.electron ?? null,
      chrome: process.versions.chrome ?? null,
      node: process.versions.node,
      platform: process.platform,
      arch: process.arch,
    },
    settings: scrubValue(sources.settings()),
    profiles: profiles.map((profile) => ({
      name: profile.name,
      kind: profile.kind,
      region: profile.region ?? null,
      production: profile.production,
    })),
    network: network(sources.env),
    counters: sources.counters(),
    recentErrors: scrubValue(sources.errors()),
    // Oldest first, as a log reads.
    journal: scrubValue([...journal].reverse()),
  };
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  return { fileName: `sagedeck-diagnostics_${stamp}.json`, content: `${scrubText(JSON.stringify(body, null, 2))}\n` };
}
