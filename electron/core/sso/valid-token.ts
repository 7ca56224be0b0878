import { canRefresh, EXPIRY_WINDOW_MS, refreshToken } from './oidc-calls';
import { oidcClient } from './sso-clients';
import { isUnreachable, signInRequired, ssoUnreachable } from './sso-errors';
import type { SsoRuntime } from './sso-runtime';
import type { SsoSettings } from './sso-config';
import { readToken, tokenPath, writeToken, type CachedToken } from './token-cache';

/**
 * The profile's access token from the shared cache, refreshed with its refresh token when it is
 * within the CLI's 15-minute window (or already expired), without asking the user. `force`
 * refreshes even a token that looks valid (the portal said it was revoked). Throws
 * SsoSignInRequired when no usable token can be had.
 */
export function validToken(
  settings: SsoSettings,
  env: NodeJS.ProcessEnv,
  runtime: SsoRuntime,
  options: { force?: boolean; signal?: AbortSignal } = {},
): Promise<CachedToken> {
  return runtime.once(`token|${tokenPath(env, settings)}|${options.force ? 'force' : ''}`, () => loadOrRefresh(settings, env, runtime, options));
}

async function loadOrRefresh(
  settings: SsoSettings,
  env: NodeJS.ProcessEnv,
  runtime: SsoRuntime,
  options: { force?: boolean; signal?: AbortSignal },
): Promise<CachedToken> {
  const token = await readToken(env, settings);
  if (!token) throw signInRequired(settings.profile);
  const now = runtime.clock.now();
  const remaining = token.expiresAt - now;
  if (!options.force && remaining >= EXPIRY_WINDOW_MS) return token;
  if (canRefresh(token, now)) {
    const client = oidcClient(settings, env);
    try {
      const fresh = await refreshToken(client, settings, token, runtime.clock, options.signal);
      await writeToken(env, settings, fresh);
      return fresh;
    } catch (error) {
      // Another tool (the AWS CLI) may have refreshed first and spent the refresh token: use its token.
      const current = await readToken(env, settings);
      if (current && current.accessToken !== token.accessToken && current.expiresAt > runtime.clock.now()) return current;
      // Endpoint down: a still-valid token is used as is (below, as the CLI's advisory refresh does);
      // an expired one cannot be, so say which endpoint does not answer.
      if (isUnreachable(error) && remaining <= 0 && !options.force)
        throw ssoUnreachable(settings.profile, settings.oidcEndpoint ?? `the OIDC endpoint in ${settings.region}`);
    } finally {
      client.destroy();
    }
  }
  if (!options.force && remaining > 0) return token;
  throw signInRequired(settings.profile);
}
