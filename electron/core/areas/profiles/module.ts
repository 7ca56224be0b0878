import type { profilesRequests, profilesStreams } from '../../../../shared/contract/profiles';
import type { ProfileSummary } from '../../../../shared/domain/profiles';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import type { SessionManager } from '../../session/session-manager';
import type { SettingsStore } from '../../settings/settings-store';
import type { AreaModule } from '../area-module';
import { managedProfileHandlers, type KeychainHandlerDeps } from './managed-handlers';

export interface ProfilesAreaDeps extends KeychainHandlerDeps {
  settings: SettingsStore;
  session: SessionManager;
  /** Every profile: sandbox, shared files and app-managed ones. */
  listProfiles: (productionProfiles: readonly string[]) => Promise<ProfileSummary[]>;
}

/** Every `profiles.*` channel: the list, production marking and the app-managed (keychain) profiles. */
export function profilesArea(deps: ProfilesAreaDeps): AreaModule<typeof profilesRequests, typeof profilesStreams> {
  const { settings, session } = deps;
  return {
    requests: {
      'profiles.list': async () => deps.listProfiles(settings.get().productionProfiles),
      'profiles.setProduction': async (input) => {
        // Look before writing: an unknown name must leave settings.json as it was.
        const known = (await deps.listProfiles(settings.get().productionProfiles)).some((p) => p.name === input.name);
        if (!known) {
          throw new SageDeckError({
            code: ErrorCodes.ProfileNotFound,
            message: `No profile named "${input.name}".`,
            retryable: false,
          });
        }
        const marked = new Set(settings.get().productionProfiles);
        if (input.production) marked.add(input.name);
        else marked.delete(input.name);
        const next = await settings.update({ productionProfiles: [...marked] });
        session.refreshProduction(next.productionProfiles);
        const profile = (await deps.listProfiles(next.productionProfiles)).find((p) => p.name === input.name);
        if (!profile)
          throw new SageDeckError({
            code: ErrorCodes.ProfileNotFound,
            message: `No profile named "${input.name}".`,
            retryable: false,
          });
        return profile;
      },
      ...managedProfileHandlers(deps),
    },
    streams: {},
    dispose: () => undefined,
  };
}
