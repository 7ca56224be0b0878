import { CreateTokenCommand, RegisterClientCommand, StartDeviceAuthorizationCommand, type SSOOIDCClient } from '@aws-sdk/client-sso-oidc';
import type { SsoClock } from './clock';
import type { SsoSettings } from './sso-config';
import { readRegistration, writeRegistration, type CachedRegistration, type CachedToken } from './token-cache';

/** The CLI re-registers (and refreshes tokens) this long before expiry. */
export const EXPIRY_WINDOW_MS = 15 * 60_000;
export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** A cached registration until 15 minutes before it expires, then a new one (cached for the CLI too). */
export async function clientRegistration(
  client: SSOOIDCClient,
  settings: SsoSettings,
  env: NodeJS.ProcessEnv,
  clock: SsoClock,
  signal?: AbortSignal,
): Promise<CachedRegistration> {
  const cached = await readRegistration(env, settings);
  if (cached && cached.expiresAt - clock.now() >= EXPIRY_WINDOW_MS) return cached;
  const scopes = settings.registrationScopes?.length ? settings.registrationScopes : undefined;
  const answer = await client.send(
    new RegisterClientCommand({
      clientName: `sagedeck-${settings.sessionName ?? Math.floor(clock.now() / 1000)}`,
      clientType: 'public',
      ...(scopes ? { scopes } : {}),
    }),
    { abortSignal: signal },
  );
  if (!answer.clientId || !answer.clientSecret || answer.clientSecretExpiresAt === undefined)
    throw new Error('IAM Identity Center returned an incomplete client registration.');
  const registration: CachedRegistration = {
    clientId: answer.clientId,
    clientSecret: answer.clientSecret,
    expiresAt: answer.clientSecretExpiresAt * 1000,
  };
  if (scopes) registration.scopes = scopes;
  await writeRegistration(env, settings, registration);
  return registration;
}

export interface DeviceAuthorization {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  intervalSeconds: number;
}

/** RFC 8628's default when the server names no interval. */
const DEFAULT_INTERVAL_SECONDS = 5;

export async function startDeviceAuthorization(
  client: SSOOIDCClient,
  settings: SsoSettings,
  registration: CachedRegistration,
  clock: SsoClock,
  signal?: AbortSignal,
): Promise<DeviceAuthorization> {
  const answer = await client.send(
    new StartDeviceAuthorizationCommand({
      clientId: registration.clientId,
      clientSecret: registration.clientSecret,
      startUrl: settings.startUrl,
    }),
    { abortSignal: signal },
  );
  if (!answer.deviceCode || !answer.userCode || !answer.verificationUri || answer.expiresIn === undefined)
    throw new Error('IAM Identity Center returned an incomplete device authorization.');
  const authorization: DeviceAuthorization = {
    deviceCode: answer.deviceCode,
    userCode: answer.userCode,
    verificationUri: answer.verificationUri,
    expiresAt: clock.now() + answer.expiresIn * 1000,
    intervalSeconds: answer.interval ?? DEFAULT_INTERVAL_SECONDS,
  };
  if (answer.verificationUriComplete) authorization.verificationUriComplete = answer.verificationUriComplete;
  return authorization;
}

function tokenFrom(
  answer: { accessToken?: string; expiresIn?: number; refreshToken?: string },
  settings: SsoSettings,
  registration: Pick<CachedRegistration, 'clientId' | 'clientSecret' | 'expiresAt'>,
  clock: SsoClock,
): CachedToken {
  if (!answer.accessToken || answer.expiresIn === undefined) throw new Error('IAM Identity Center returned no access token.');
  const token: CachedToken = {
    startUrl: settings.startUrl,
    region: settings.region,
    accessToken: answer.accessToken,
    expiresAt: clock.now() + answer.expiresIn * 1000,
    clientId: registration.clientId,
    clientSecret: registration.clientSecret,
    registrationExpiresAt: registration.expiresAt,
  };
  if (answer.refreshToken) token.refreshToken = answer.refreshToken;
  return token;
}

/** One poll: the token, or the SDK's typed OIDC error (AuthorizationPending, SlowDown ...) thrown. */
export async function createTokenWithDeviceCode(
  client: SSOOIDCClient,
  settings: SsoSettings,
  registration: CachedRegistration,
  deviceCode: string,
  clock: SsoClock,
  signal?: AbortSignal,
): Promise<CachedToken> {
  const answer = await client.send(
    new CreateTokenCommand({
      grantType: DEVICE_CODE_GRANT,
      clientId: registration.clientId,
      clientSecret: registration.clientSecret,
      deviceCode,
    }),
    { abortSignal: signal },
  );
  return tokenFrom(answer, settings, registration, clock);
}

/** True when a token carries what a refresh needs and its registration is still valid. */
export function canRefresh(token: CachedToken, now: number): boolean {
  return Boolean(
    token.refreshToken &&
      token.clientId &&
      token.clientSecret &&
      token.registrationExpiresAt !== undefined &&
      token.registrationExpiresAt > now,
  );
}

/** The refresh_token grant, as the CLI's token provider does it; the registration is carried over. */
export async function refreshToken(
  client: SSOOIDCClient,
  settings: SsoSettings,
  token: CachedToken,
  clock: SsoClock,
  signal?: AbortSignal,
): Promise<CachedToken> {
  const registration = {
    clientId: token.clientId ?? '',
    clientSecret: token.clientSecret ?? '',
    expiresAt: token.registrationExpiresAt ?? 0,
  };
  const answer = await client.send(
    new CreateTokenCommand({
      grantType: 'refresh_token',
      clientId: registration.clientId,
      clientSecret: registration.clientSecret,
      refreshToken: token.refreshToken,
    }),
    { abortSignal: signal },
  );
  return tokenFrom(answer, settings, registration, clock);
}
