import { SSOClient } from '@aws-sdk/client-sso';
import { SSOOIDCClient } from '@aws-sdk/client-sso-oidc';
import { lazyRequestHandlerFor } from '../aws/network/lazy-request-handler';
import type { SsoSettings } from './sso-config';

/**
 * What both IAM Identity Center clients share: the sso_region, the endpoint override, and the
 * proxy- and CA-aware request handler every other AWS call has (HTTPS_PROXY, NO_PROXY,
 * AWS_CA_BUNDLE over the profile's ca_bundle), so sign-in works on the same networks as the rest.
 */
function clientConfig(settings: SsoSettings, env: NodeJS.ProcessEnv, endpoint: string | undefined, maxAttempts: number) {
  return {
    region: settings.region,
    maxAttempts,
    requestHandler: lazyRequestHandlerFor({ env, caBundle: settings.caBundle }),
    ...(endpoint ? { endpoint } : {}),
  };
}

/** OIDC calls are unauthenticated: the client carries no credentials at all. */
export function oidcClient(settings: SsoSettings, env: NodeJS.ProcessEnv): SSOOIDCClient {
  return new SSOOIDCClient(clientConfig(settings, env, settings.oidcEndpoint, 2));
}

/** The SSO portal (GetRoleCredentials, Logout): authenticated by the access token in each call. */
export function portalClient(settings: SsoSettings, env: NodeJS.ProcessEnv, maxAttempts = 2): SSOClient {
  return new SSOClient(clientConfig(settings, env, settings.portalEndpoint, maxAttempts));
}
