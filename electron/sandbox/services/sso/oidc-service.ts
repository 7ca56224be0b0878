import type { OperationContext, ServiceDefinition } from '../../types';
import { DEVICE_CODE_LIFETIME_S, type SsoDirectory } from './directory';
import { oidcErrors } from './oidc-errors';
import { DEVICE_PAGE_PATH } from './device-page';

const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** The verification page is served by this same sandbox, on the host the client called. */
function verificationUri(ctx: OperationContext): string {
  return `http://${ctx.http.headers.host ?? '127.0.0.1'}${DEVICE_PAGE_PATH}`;
}

function requiredString(input: Record<string, unknown>, member: string): string {
  const value = input[member];
  if (typeof value !== 'string' || value === '') throw oidcErrors.invalidRequest(`${member} is required.`);
  return value;
}

/** SSO-OIDC (signing name sso-oauth): unauthenticated restJson1, as AWS serves it. */
export function oidcService(directory: SsoDirectory): ServiceDefinition {
  return {
    signingName: 'sso-oauth',
    protocol: 'restJson1',
    // AWS serves these without SigV4: unsigned requests are routed here by path.
    allowsUnsigned: () => true,
    operations: {
      RegisterClient: (input) => {
        requiredString(input, 'clientName');
        const type = requiredString(input, 'clientType');
        if (type !== 'public') throw oidcErrors.invalidMetadata(`Unsupported client type: ${type}.`);
        const client = directory.registerClient();
        return {
          clientId: client.clientId,
          clientSecret: client.clientSecret,
          clientIdIssuedAt: Math.floor(client.issuedAt / 1000),
          clientSecretExpiresAt: Math.floor(client.expiresAt / 1000),
        };
      },
      StartDeviceAuthorization: (input, ctx) => {
        const startUrl = requiredString(input, 'startUrl');
        const record = directory.startDeviceAuthorization(input.clientId, input.clientSecret, startUrl);
        const uri = verificationUri(ctx);
        return {
          deviceCode: record.deviceCode,
          userCode: record.userCode,
          verificationUri: uri,
          verificationUriComplete: `${uri}?user_code=${encodeURIComponent(record.userCode)}`,
          expiresIn: DEVICE_CODE_LIFETIME_S,
          interval: record.intervalS,
        };
      },
      CreateToken: (input) => {
        const grant = requiredString(input, 'grantType');
        if (grant === DEVICE_CODE_GRANT) return directory.tokenForDevice(input.clientId, input.clientSecret, input.deviceCode);
        if (grant === 'refresh_token') return directory.tokenForRefresh(input.clientId, input.clientSecret, input.refreshToken);
        throw oidcErrors.unsupportedGrant(grant);
      },
    },
    routes: [
      { operation: 'RegisterClient', method: 'POST', path: '/client/register' },
      { operation: 'StartDeviceAuthorization', method: 'POST', path: '/device_authorization' },
      { operation: 'CreateToken', method: 'POST', path: '/token' },
    ],
    // The portal shares this directory: its state is saved and dropped once, here.
    reset: () => directory.reset(),
    snapshot: () => directory.snapshot(),
    restore: (state) => directory.restore(state),
  };
}
