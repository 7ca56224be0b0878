import { GetRoleCredentialsCommand } from '@aws-sdk/client-sso';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { SageDeckError } from '../../../shared/errors';
import type { ProfileRecord, SharedConfig } from '../profiles/shared-files';
import { roleOf, ssoSettingsOf, type SsoEndpointFor, type SsoSettings } from './sso-config';
import { awsErrorName, isUnreachable, signInRequired, ssoUnreachable } from './sso-errors';
import { defaultSsoRuntime, type SsoRuntime } from './sso-runtime';
import { tokenPath } from './token-cache';
import { portalClient } from './sso-clients';
import { validToken } from './valid-token';

export interface SsoCredentialOptions {
  profile: ProfileRecord;
  shared: SharedConfig;
  env: NodeJS.ProcessEnv;
  /** Overrides where the portal and OIDC calls go; by default the profile's endpoint settings. */
  endpointFor?: SsoEndpointFor;
  /** The core's SSO state (clock, in-memory credentials); a process-wide default otherwise. */
  runtime?: SsoRuntime;
}

/** Role credentials are fetched again this long before they expire. */
const CREDENTIAL_MARGIN_MS = 5 * 60_000;

async function getRoleCredentials(
  settings: SsoSettings,
  env: NodeJS.ProcessEnv,
  accessToken: string,
  role: { accountId: string; roleName: string },
): Promise<AwsCredentialIdentity> {
  const client = portalClient(settings, env);
  try {
    const answer = await client.send(new GetRoleCredentialsCommand({ accessToken, accountId: role.accountId, roleName: role.roleName }));
    const creds = answer.roleCredentials;
    if (!creds?.accessKeyId || !creds.secretAccessKey) {
      throw new SageDeckError({ code: 'CredentialsUnavailable', message: `IAM Identity Center returned no credentials for profile "${settings.profile}".`, retryable: true });
    }
    return {
      accessKeyId: creds.accessKeyId,
      secretAccessKey: creds.secretAccessKey,
      ...(creds.sessionToken ? { sessionToken: creds.sessionToken } : {}),
      ...(creds.expiration !== undefined ? { expiration: new Date(creds.expiration) } : {}),
    };
  } catch (error) {
    if (isUnreachable(error)) throw ssoUnreachable(settings.profile, settings.portalEndpoint ?? `the SSO portal in ${settings.region}`);
    throw error;
  } finally {
    client.destroy();
  }
}

/**
 * Credentials for an SSO profile, the way the AWS CLI gets them: the access token from the shared
 * SSO cache (refreshed silently when it can be), then GetRoleCredentials for the profile's account
 * and role. Held in memory until 5 minutes before they expire; `{ forceRefresh: true }` skips that
 * memory (a caller with its own cache, or one a service told the credentials were refused). No
 * valid sign-in → SageDeckError 'SsoSignInRequired'. Settings are checked when the provider is
 * called, not when it is made.
 */
export function ssoCredentialProvider(options: SsoCredentialOptions): AwsCredentialIdentityProvider {
  const runtime = options.runtime ?? defaultSsoRuntime;
  return async (identityProperties?: { forceRefresh?: boolean }) => {
    const settings = ssoSettingsOf(options);
    const role = roleOf(settings);
    const key = `${tokenPath(options.env, settings)}|${role.accountId}|${role.roleName}|${settings.portalEndpoint ?? ''}`;
    const cached = identityProperties?.forceRefresh ? undefined : runtime.cached(key, CREDENTIAL_MARGIN_MS);
    if (cached) return cached;
    return runtime.once(`credentials|${key}`, () => fetchRoleCredentials(options.env, settings, role, key, runtime));
  };
}

async function fetchRoleCredentials(
  env: NodeJS.ProcessEnv,
  settings: SsoSettings,
  role: { accountId: string; roleName: string },
  key: string,
  runtime: SsoRuntime,
): Promise<AwsCredentialIdentity> {
  const token = await validToken(settings, env, runtime);
  let credentials: AwsCredentialIdentity;
  try {
    credentials = await getRoleCredentials(settings, env, token.accessToken, role);
  } catch (error) {
    if (awsErrorName(error) !== 'UnauthorizedException') throw error;
    // The token was revoked or expired early on the server: one silent refresh, then a sign-in.
    const fresh = await validToken(settings, env, runtime, { force: true });
    try {
      credentials = await getRoleCredentials(settings, env, fresh.accessToken, role);
    } catch (retryError) {
      if (awsErrorName(retryError) === 'UnauthorizedException') throw signInRequired(settings.profile);
      throw retryError;
    }
  }
  runtime.remember(key, credentials);
  return credentials;
}
