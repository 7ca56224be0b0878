import { LogoutCommand } from '@aws-sdk/client-sso';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { SsoAuthorization, SsoEvent } from '../../../shared/domain/credentials';
import { ErrorCodes, SageDeckError } from '../../../shared/errors';
import { loadSharedConfig, type ProfileRecord, type SharedConfig } from '../profiles/shared-files';
import { startDeviceSignIn, type PendingSignIn } from './device-sign-in';
import { portalClient } from './sso-clients';
import { ssoSettingsOf, type SsoSettings } from './sso-config';
import { ssoCredentialProvider } from './sso-credentials';
import { awsErrorName, isUnreachable } from './sso-errors';
import type { SsoRuntime } from './sso-runtime';
import { deleteToken, readToken, tokenPath } from './token-cache';
import { isAllowedVerificationUrl } from './verification-guard';

export interface SsoServiceDeps {
  env: NodeJS.ProcessEnv;
  runtime: SsoRuntime;
  /** The host's way to open a URL in the system browser; false when it could not. */
  openInBrowser?: (url: string) => Promise<boolean>;
}

export interface SsoService {
  signIn(profile: string): Promise<SsoAuthorization>;
  openVerification(profile: string): Promise<{ opened: boolean; url: string }>;
  signOut(profile: string): Promise<{ signedOut: true }>;
  /** Events for one profile, or all when `profile` is undefined; returns the unsubscribe function. */
  subscribe(profile: string | undefined, listener: (event: SsoEvent) => void): () => void;
  /** The credential provider for an SSO profile, sharing this service's clock and memory. */
  credentialProvider(options: { profile: ProfileRecord; shared: SharedConfig; endpointFor?: (service: 'sso' | 'ssoOidc') => string | undefined }): AwsCredentialIdentityProvider;
  /** Stops every pending sign-in's polling. */
  close(): void;
}

/** IAM Identity Center sign-in for the GUI: device flow, verification page, sign-out. */
export function createSsoService(deps: SsoServiceDeps): SsoService {
  const { env, runtime } = deps;
  /** Pending sign-ins by token file: profiles sharing an sso-session share one sign-in. */
  const pending = new Map<string, PendingSignIn>();
  const listeners = new Set<{ profile: string | undefined; listener: (event: SsoEvent) => void }>();

  const emit = (event: SsoEvent) => {
    for (const entry of listeners) if (entry.profile === undefined || entry.profile === event.profile) entry.listener(event);
  };

  async function settingsFor(profile: string): Promise<SsoSettings> {
    const shared = await loadSharedConfig(env);
    const record = shared.profiles.get(profile);
    if (!record) {
      throw new SageDeckError({ code: ErrorCodes.ProfileNotFound, message: `No profile named "${profile}" in the AWS config or credentials files.`, retryable: false });
    }
    return ssoSettingsOf({ profile: record, shared, env });
  }

  return {
    async signIn(profile) {
      const settings = await settingsFor(profile);
      const key = tokenPath(env, settings);
      const current = pending.get(key);
      if (current && current.authorization.expiresAt > runtime.clock.now()) {
        // Asked again (a second window, or another profile of the same sso-session): same code.
        current.profiles.add(profile);
        return { ...current.view, profile };
      }
      current?.cancel();
      // Two clicks at once start one sign-in: the second joins the first.
      const started = await runtime.once(`sign-in|${key}`, async () => {
        const signIn = await startDeviceSignIn(profile, settings, {
          env,
          runtime,
          emit: (event, profiles) => {
            for (const name of profiles) emit({ profile: name, ...event });
          },
          onDone: (done) => {
            if (pending.get(key) === done) pending.delete(key);
          },
        });
        pending.set(key, signIn);
        return signIn;
      });
      started.profiles.add(profile);
      return { ...started.view, profile };
    },

    async openVerification(profile) {
      const settings = await settingsFor(profile);
      const current = pending.get(tokenPath(env, settings));
      if (!current) {
        throw new SageDeckError({ code: 'SsoSignInNotStarted', message: `There is no sign-in in progress for ${profile}. Choose "Sign in" first.`, retryable: false });
      }
      const url = current.authorization.verificationUriComplete ?? current.authorization.verificationUri;
      if (!isAllowedVerificationUrl(url, settings)) {
        throw new SageDeckError({
          code: ErrorCodes.Forbidden,
          message: `SageDeck did not open ${url}: it is not on the sign-in host of profile ${profile} (${new URL(settings.startUrl).host}).`,
          retryable: false,
        });
      }
      const opened = deps.openInBrowser ? await deps.openInBrowser(url) : false;
      return { opened, url };
    },

    async signOut(profile) {
      const settings = await settingsFor(profile);
      const key = tokenPath(env, settings);
      pending.get(key)?.cancel();
      const token = await readToken(env, settings);
      if (token) {
        const client = portalClient(settings, env, 1);
        try {
          await client.send(new LogoutCommand({ accessToken: token.accessToken }));
        } catch (error) {
          // Already invalid on the server, or the server is away: signing out locally is what matters.
          if (awsErrorName(error) !== 'UnauthorizedException' && !isUnreachable(error)) throw error;
        } finally {
          client.destroy();
        }
      }
      await deleteToken(env, settings);
      runtime.forgetToken(key);
      emit({ profile, state: 'signed-out' });
      return { signedOut: true };
    },

    subscribe(profile, listener) {
      const entry = { profile, listener };
      listeners.add(entry);
      // A window that subscribes late (reloaded) still learns that a sign-in is waiting.
      for (const signIn of pending.values()) {
        for (const name of signIn.profiles) if (profile === undefined || profile === name) listener({ profile: name, state: 'pending' });
      }
      return () => {
        listeners.delete(entry);
      };
    },

    credentialProvider: (options) => ssoCredentialProvider({ ...options, env, runtime }),

    close() {
      for (const signIn of [...pending.values()]) signIn.cancel();
      pending.clear();
      listeners.clear();
    },
  };
}
