import { DEFAULT_REGION, SANDBOX_PROFILE, type ProfileSummary } from '../../../shared/domain/profiles';
import type { SessionInfo } from '../../../shared/domain/session';
import { ErrorCodes, SageDeckError } from '../../../shared/errors';
import type { SettingsStore } from '../settings/settings-store';

export interface SessionManager {
  current(): SessionInfo;
  /** Aborted when the session switches: in-flight requests and streams of the old session stop. */
  signal(): AbortSignal;
  select(profile: string, region?: string): Promise<SessionInfo>;
  onChange(listener: (session: SessionInfo) => void): () => void;
  /** Re-reads the production mark after the user changed it; notifies when it differs. */
  refreshProduction(productionProfiles: readonly string[]): void;
}

export interface SessionDeps {
  settings: SettingsStore;
  listProfiles: () => Promise<ProfileSummary[]>;
  env: NodeJS.ProcessEnv;
}

function envRegion(env: NodeJS.ProcessEnv): string | undefined {
  return env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
}

/**
 * Which profile and region the console acts as. At start, AWS_PROFILE / AWS_REGION (an explicit
 * choice for this launch) win over the remembered choice, which wins over the sandbox default.
 */
export async function openSessionManager(deps: SessionDeps): Promise<SessionManager> {
  const profiles = await deps.listProfiles().catch(() => [] as ProfileSummary[]);
  const known = (name: string | undefined) => (name ? profiles.find((p) => p.name === name) : undefined);
  const saved = deps.settings.get();
  const start = known(deps.env.AWS_PROFILE) ?? known(saved.profile) ?? known(SANDBOX_PROFILE);
  const startName = start?.name ?? SANDBOX_PROFILE;
  const startRegion =
    envRegion(deps.env) ?? (startName === saved.profile ? saved.region : undefined) ?? start?.region ?? DEFAULT_REGION;

  let generation = 1;
  let session: SessionInfo = { profile: startName, region: startRegion, production: Boolean(start?.production), generation };
  let controller = new AbortController();
  const listeners = new Set<(session: SessionInfo) => void>();

  return {
    current: () => session,
    signal: () => controller.signal,
    async select(profileName, region) {
      const all = await deps.listProfiles();
      const profile = all.find((p) => p.name === profileName);
      if (!profile) {
        throw new SageDeckError({
          code: ErrorCodes.ProfileNotFound,
          message: `No profile named "${profileName}" in the AWS config or credentials files.`,
          fields: { profile: 'Pick a profile from the list, or add it to ~/.aws/config.' },
          retryable: false,
        });
      }
      const nextRegion = region ?? profile.region ?? envRegion(deps.env) ?? DEFAULT_REGION;
      controller.abort(new SageDeckError({ code: ErrorCodes.Cancelled, message: 'The session was switched.', retryable: true }));
      controller = new AbortController();
      generation += 1;
      session = { profile: profile.name, region: nextRegion, production: profile.production, generation };
      await deps.settings.rememberSession(profile.name, nextRegion);
      for (const listener of listeners) listener(session);
      return session;
    },
    refreshProduction(productionProfiles) {
      const production = productionProfiles.includes(session.profile);
      if (production === session.production) return;
      session = { ...session, production };
      for (const listener of listeners) listener(session);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
