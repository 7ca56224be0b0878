import type { CredentialIssuer, ServiceDefinition } from '../../types';
import { SSO_ACCOUNTS, SSO_ROLES, SSO_USER, type SsoDirectory } from './directory';
import { portalErrors } from './oidc-errors';

const ROLE_CREDENTIALS_LIFETIME_MS = 3600_000;
const BEARER_HEADER = 'x-amz-sso_bearer_token';

function page<T>(items: readonly T[], input: Record<string, unknown>): { items: T[]; nextToken?: string } {
  const start = typeof input.nextToken === 'string' ? Number(input.nextToken) : 0;
  if (!Number.isInteger(start) || start < 0) throw portalErrors.invalidRequest('Invalid nextToken.');
  const max = input.maxResults === undefined ? 100 : Number(input.maxResults);
  if (!Number.isInteger(max) || max < 1 || max > 100) throw portalErrors.invalidRequest('maxResults must be between 1 and 100.');
  const slice = items.slice(start, start + max);
  return start + max < items.length ? { items: slice, nextToken: String(start + max) } : { items: slice };
}

function knownAccount(accountId: unknown): string {
  const account = SSO_ACCOUNTS.find((candidate) => candidate.accountId === accountId);
  if (!account) throw portalErrors.notFound('No access');
  return account.accountId;
}

/** The SSO portal (signing name awsssoportal): bearer-token restJson1, no SigV4. */
export function portalService(directory: SsoDirectory, credentials: () => CredentialIssuer | undefined, now: () => number): ServiceDefinition {
  return {
    signingName: 'awsssoportal',
    protocol: 'restJson1',
    // AWS serves these without SigV4: unsigned requests are routed here by path.
    allowsUnsigned: () => true,
    operations: {
      GetRoleCredentials: (input) => {
        directory.signInOf(input.accessToken);
        const accountId = knownAccount(input.accountId);
        const roleName = String(input.roleName ?? '');
        if (!(SSO_ROLES as readonly string[]).includes(roleName)) throw portalErrors.notFound('No access');
        const issuer = credentials();
        if (!issuer) throw new Error('the sandbox has no credential issuer');
        const issued = issuer.issue({
          accountId,
          arn: `arn:aws:sts::${accountId}:assumed-role/${roleName}/${SSO_USER}`,
          userId: `AROASDSANDBOX${roleName.toUpperCase()}:${SSO_USER}`,
          expiresAt: now() + ROLE_CREDENTIALS_LIFETIME_MS,
        });
        return {
          roleCredentials: {
            accessKeyId: issued.accessKeyId,
            secretAccessKey: issued.secretAccessKey,
            sessionToken: issued.sessionToken,
            expiration: issued.expiration.getTime(),
          },
        };
      },
      ListAccounts: (input) => {
        directory.signInOf(input.accessToken);
        const { items, nextToken } = page(SSO_ACCOUNTS, input);
        return { accountList: items, ...(nextToken ? { nextToken } : {}) };
      },
      ListAccountRoles: (input) => {
        directory.signInOf(input.accessToken);
        const accountId = knownAccount(input.accountId);
        const { items, nextToken } = page(SSO_ROLES.map((roleName) => ({ roleName, accountId })), input);
        return { roleList: items, ...(nextToken ? { nextToken } : {}) };
      },
      Logout: (input) => {
        directory.logout(input.accessToken);
        return {};
      },
    },
    routes: [
      { operation: 'GetRoleCredentials', method: 'GET', path: '/federation/credentials', query: { roleName: 'role_name', accountId: 'account_id' }, headers: { accessToken: BEARER_HEADER } },
      { operation: 'ListAccounts', method: 'GET', path: '/assignment/accounts', query: { nextToken: 'next_token', maxResults: 'max_result' }, headers: { accessToken: BEARER_HEADER } },
      { operation: 'ListAccountRoles', method: 'GET', path: '/assignment/roles', query: { nextToken: 'next_token', maxResults: 'max_result', accountId: 'account_id' }, headers: { accessToken: BEARER_HEADER } },
      { operation: 'Logout', method: 'POST', path: '/logout', headers: { accessToken: BEARER_HEADER } },
    ],
  };
}
