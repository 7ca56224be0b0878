import type { profilesRequests, profilesStreams } from '../../../../shared/contract/profiles';
import type { KeychainStatus } from '../../../../shared/domain/credentials';
import type { ProfileSummary } from '../../../../shared/domain/profiles';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';
import { profile } from '../fixtures';
import type { FakeSettings } from './settings';

function notFound(name: string): SageDeckError {
  return new SageDeckError({ code: ErrorCodes.ProfileNotFound, message: `No profile named "${name}".`, retryable: false });
}

/**
 * profiles.* and keychain.status: the profiles the host knows, production marks kept in settings
 * (as the real core does), and a keychain that can be made unavailable.
 */
export class FakeProfiles {
  private entries: ProfileSummary[];
  keychain: KeychainStatus = { available: true, backend: 'Test keychain' };

  constructor(
    entries: ProfileSummary[],
    private readonly settings: FakeSettings,
  ) {
    this.entries = entries;
  }

  /** Every profile as profiles.list answers it: production from settings, suggestion only when unmarked. */
  get list(): ProfileSummary[] {
    const marked = this.settings.current.productionProfiles;
    return this.entries.map((entry) => {
      const production = marked.includes(entry.name);
      return { ...entry, production, suggestProduction: entry.suggestProduction && !production };
    });
  }

  find(name: string): ProfileSummary | undefined {
    return this.list.find((entry) => entry.name === name);
  }

  readonly requests: RequestHandlersOf<typeof profilesRequests> = {
    'profiles.list': async () => this.list,
    'profiles.setProduction': async (input) => {
      if (!this.find(input.name)) throw notFound(input.name);
      const marked = new Set(this.settings.current.productionProfiles);
      if (input.production) marked.add(input.name);
      else marked.delete(input.name);
      this.settings.update({ productionProfiles: [...marked] });
      return this.find(input.name) ?? Promise.reject(notFound(input.name));
    },
    'keychain.status': async () => this.keychain,
    'profiles.addManaged': async (input) => {
      if (this.entries.some((entry) => entry.name === input.name)) {
        throw new SageDeckError({
          code: ErrorCodes.InvalidInput,
          message: 'Choose another profile name.',
          retryable: false,
          fields: { name: `A profile named ${input.name} already exists.` },
        });
      }
      if (!this.keychain.available) {
        throw new SageDeckError({ code: 'KeychainUnavailable', message: this.keychain.message ?? 'No keychain.', retryable: true });
      }
      const added = profile(input.name, {
        kind: 'app-managed',
        source: 'app',
        ...(input.region ? { region: input.region } : {}),
        ...(input.endpointUrl ? { endpointUrl: input.endpointUrl } : {}),
      });
      this.entries = [...this.entries, added];
      return this.find(input.name) ?? added;
    },
    'profiles.removeManaged': async (input) => {
      if (!this.entries.some((entry) => entry.name === input.name && entry.kind === 'app-managed')) {
        throw new SageDeckError({ code: ErrorCodes.ProfileNotFound, message: `No app-managed profile named "${input.name}".`, retryable: false });
      }
      this.entries = this.entries.filter((entry) => entry.name !== input.name);
      return { removed: true };
    },
  };

  readonly streams: StreamHandlersOf<typeof profilesStreams> = {};
}
