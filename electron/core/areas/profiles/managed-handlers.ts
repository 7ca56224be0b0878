import { SANDBOX_PROFILE } from '../../../../shared/domain/profiles';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import { summarizeManaged } from '../../profiles/managed-summary';
import { loadSharedConfig, sharedFilePaths } from '../../profiles/shared-files';
import type { profilesRequests } from '../../../../shared/contract/profiles';
import type { RequestHandlersOf } from '../../rpc/handlers';
import type { SessionManager } from '../../session/session-manager';
import type { SettingsStore } from '../../settings/settings-store';
import type { ManagedProfileMeta, ManagedProfiles } from '../../keychain/managed-profiles';
import type { SecretStore } from '../../keychain/secret-store';

export interface KeychainHandlerDeps {
  env: NodeJS.ProcessEnv;
  secrets: SecretStore;
  managed: ManagedProfiles;
  settings: SettingsStore;
  session: SessionManager;
}

function nameTaken(message: string): SageDeckError {
  return new SageDeckError({
    code: ErrorCodes.InvalidInput,
    message: 'Choose another profile name.',
    fields: { name: message },
    retryable: false,
  });
}

/** App-managed profiles: keys the user types into SageDeck, kept in the OS keychain only. */
export function managedProfileHandlers(
  deps: KeychainHandlerDeps,
): Pick<
  RequestHandlersOf<typeof profilesRequests>,
  'profiles.addManaged' | 'profiles.removeManaged' | 'keychain.status'
> {
  return {
    'keychain.status': async () => deps.secrets.status(),
    'profiles.addManaged': async (input) => {
      if (input.name === SANDBOX_PROFILE)
        throw nameTaken('"sandbox" is the built-in local profile. Choose another name.');
      const shared = await loadSharedConfig(deps.env);
      if (shared.profiles.has(input.name)) {
        const files = sharedFilePaths(deps.env);
        throw nameTaken(
          `A profile named "${input.name}" already exists in ${files.config} or ${files.credentials}. Choose another name.`,
        );
      }
      const status = await deps.secrets.status();
      if (!status.available) {
        throw new SageDeckError({
          code: 'KeychainUnavailable',
          message: `${status.message ?? 'The system keychain is not available.'} SageDeck stores access keys only in the keychain, never in a file.`,
          retryable: true,
        });
      }
      const meta: ManagedProfileMeta = { name: input.name };
      if (input.region) meta.region = input.region;
      if (input.endpointUrl) meta.endpointUrl = input.endpointUrl;
      await deps.managed.save(meta, { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey });
      return summarizeManaged(meta, deps.settings.get().productionProfiles);
    },
    'profiles.removeManaged': async (input) => {
      const removed = await deps.managed.remove(input.name);
      if (!removed) {
        throw new SageDeckError({
          code: ErrorCodes.ProfileNotFound,
          message: `No app-managed profile named "${input.name}".`,
          retryable: false,
        });
      }
      // The session cannot stay on a profile that no longer exists.
      if (deps.session.current().profile === input.name) await deps.session.select(SANDBOX_PROFILE);
      return { removed: true };
    },
  };
}
