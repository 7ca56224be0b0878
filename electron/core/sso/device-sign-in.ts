import type { SSOOIDCClient } from '@aws-sdk/client-sso-oidc';
import type { SsoAuthorization, SsoEvent } from '../../../shared/domain/credentials';
import { clientRegistration, createTokenWithDeviceCode, startDeviceAuthorization, type DeviceAuthorization } from './oidc-calls';
import { oidcClient } from './sso-clients';
import type { SsoSettings } from './sso-config';
import { awsErrorName, isUnreachable, ssoUnreachable } from './sso-errors';
import type { SsoRuntime } from './sso-runtime';
import { tokenPath, writeToken, type CachedRegistration } from './token-cache';

/** RFC 8628 §3.5: after slow_down the client waits 5 seconds longer, for this and every later poll. */
export const SLOW_DOWN_STEP_SECONDS = 5;

export interface PendingSignIn {
  /** Every profile that asked for this sign-in (profiles of one sso-session share it): all get its events. */
  profiles: Set<string>;
  settings: SsoSettings;
  authorization: DeviceAuthorization;
  /** What the renderer sees: no device code, no client secret. */
  view: SsoAuthorization;
  cancel(): void;
}

export interface DeviceSignInDeps {
  env: NodeJS.ProcessEnv;
  runtime: SsoRuntime;
  /** Sent to every profile of the sign-in. */
  emit(event: Omit<SsoEvent, 'profile'>, profiles: ReadonlySet<string>): void;
  /** Called once the sign-in ends, whatever the outcome. */
  onDone(pending: PendingSignIn): void;
}

function viewOf(profile: string, authorization: DeviceAuthorization): SsoAuthorization {
  const view: SsoAuthorization = {
    profile,
    userCode: authorization.userCode,
    verificationUri: authorization.verificationUri,
    expiresAt: new Date(authorization.expiresAt).toISOString(),
    intervalSeconds: authorization.intervalSeconds,
  };
  if (authorization.verificationUriComplete) view.verificationUriComplete = authorization.verificationUriComplete;
  return view;
}

/**
 * Starts the OIDC device authorization flow and polls CreateToken in the background at the
 * service's interval (longer after slow_down), until the user approves or denies in the browser or
 * the code expires. The token lands in the shared cache exactly as the AWS CLI writes it.
 */
export async function startDeviceSignIn(profile: string, settings: SsoSettings, deps: DeviceSignInDeps): Promise<PendingSignIn> {
  const { runtime, env } = deps;
  const clock = runtime.clock;
  const client: SSOOIDCClient = oidcClient(settings, env);
  let registration: CachedRegistration;
  let authorization: DeviceAuthorization;
  try {
    registration = await clientRegistration(client, settings, env, clock);
    authorization = await startDeviceAuthorization(client, settings, registration, clock);
  } catch (error) {
    client.destroy();
    if (isUnreachable(error)) throw ssoUnreachable(profile, settings.oidcEndpoint ?? `the OIDC endpoint in ${settings.region}`);
    throw error;
  }

  let interval = authorization.intervalSeconds;
  let finished = false;
  let cancelTimer: () => void = () => undefined;
  const aborter = new AbortController();

  const finish = (event: Omit<SsoEvent, 'profile'>) => {
    if (finished) return;
    finished = true;
    cancelTimer();
    client.destroy();
    deps.onDone(pending);
    deps.emit(event, pending.profiles);
  };

  const poll = async () => {
    if (finished) return;
    if (clock.now() >= authorization.expiresAt) {
      finish({ state: 'expired', message: 'The sign-in code expired before it was approved. Sign in again.' });
      return;
    }
    try {
      const token = await createTokenWithDeviceCode(client, settings, registration, authorization.deviceCode, clock, aborter.signal);
      if (finished) return;
      await writeToken(env, settings, token);
      runtime.forgetToken(tokenPath(env, settings));
      finish({ state: 'signed-in', expiresAt: new Date(token.expiresAt).toISOString() });
    } catch (error) {
      if (finished) return;
      switch (awsErrorName(error)) {
        case 'AuthorizationPendingException':
          schedule();
          return;
        case 'SlowDownException':
          interval += SLOW_DOWN_STEP_SECONDS;
          schedule();
          return;
        case 'ExpiredTokenException':
          finish({ state: 'expired', message: 'The sign-in code expired before it was approved. Sign in again.' });
          return;
        case 'AccessDeniedException':
          finish({ state: 'denied', message: 'The sign-in was denied in the browser.' });
          return;
        default:
          // A server-side hiccup (5xx after the SDK's own retry) does not end the sign-in; the code's expiry does.
          if (((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? 0) >= 500) {
            schedule();
            return;
          }
          finish({
            state: 'failed',
            message: isUnreachable(error)
              ? `IAM Identity Center does not answer at ${settings.oidcEndpoint ?? `the OIDC endpoint in ${settings.region}`}. Check your network, then sign in again.`
              : `The sign-in failed: ${error instanceof Error ? error.message : String(error)}. Sign in again.`,
          });
      }
    }
  };

  const schedule = () => {
    cancelTimer = clock.after(interval * 1000, () => void poll());
  };

  const pending: PendingSignIn = {
    profiles: new Set([profile]),
    settings,
    authorization,
    view: viewOf(profile, authorization),
    cancel() {
      if (finished) return;
      finished = true;
      cancelTimer();
      aborter.abort();
      client.destroy();
      deps.onDone(pending);
    },
  };
  deps.emit({ state: 'pending' }, pending.profiles);
  schedule();
  return pending;
}
