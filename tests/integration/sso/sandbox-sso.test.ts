import { GetRoleCredentialsCommand, ListAccountRolesCommand, ListAccountsCommand, LogoutCommand, SSOClient } from '@aws-sdk/client-sso';
import {
  CreateTokenCommand,
  RegisterClientCommand,
  SSOOIDCClient,
  StartDeviceAuthorizationCommand,
} from '@aws-sdk/client-sso-oidc';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { control, startTestSandbox, tempDir, type TestSandbox } from '../sandbox/support';

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
let env: TestSandbox;
let oidc: SSOOIDCClient;
let portal: SSOClient;

beforeEach(async () => {
  env = await startTestSandbox();
  // No credentials at all: both services are called unsigned, as AWS serves them.
  oidc = new SSOOIDCClient({ endpoint: env.sandbox.endpoint, region: 'us-east-1', maxAttempts: 1 });
  portal = new SSOClient({ endpoint: env.sandbox.endpoint, region: 'us-east-1', maxAttempts: 1 });
});

afterEach(async () => {
  oidc.destroy();
  portal.destroy();
  await env.stop();
});

async function registeredDevice() {
  const client = await oidc.send(new RegisterClientCommand({ clientName: 'test', clientType: 'public' }));
  const device = await oidc.send(
    new StartDeviceAuthorizationCommand({ clientId: client.clientId, clientSecret: client.clientSecret, startUrl: 'https://example.awsapps.com/start' }),
  );
  const poll = () =>
    oidc.send(new CreateTokenCommand({ grantType: DEVICE_GRANT, clientId: client.clientId, clientSecret: client.clientSecret, deviceCode: device.deviceCode }));
  return { client, device, poll };
}

async function errorOf(promise: Promise<unknown>): Promise<{ name: string; status?: number; error?: string }> {
  try {
    await promise;
  } catch (error) {
    const typed = error as { name: string; error?: string; $metadata?: { httpStatusCode?: number } };
    return { name: typed.name, status: typed.$metadata?.httpStatusCode, error: typed.error };
  }
  throw new Error('expected the call to fail');
}

describe('sandbox SSO-OIDC', () => {
  it('registers a public client for about 90 days on the sandbox clock', async () => {
    const client = await oidc.send(new RegisterClientCommand({ clientName: 'test', clientType: 'public', scopes: ['sso:account:access'] }));
    expect(client.clientId).toBeTruthy();
    expect(client.clientSecret).toBeTruthy();
    expect(client.clientIdIssuedAt).toBe(Math.floor(env.clock.now() / 1000));
    expect(client.clientSecretExpiresAt! - client.clientIdIssuedAt!).toBe(90 * 24 * 3600);
  });

  it('starts a device authorization whose verification page is served by the sandbox', async () => {
    const { device } = await registeredDevice();
    expect(device.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(device.expiresIn).toBe(600);
    expect(device.interval).toBe(1);
    expect(device.verificationUri).toBe(`${env.sandbox.endpoint}/_sandbox/sso/device`);
    expect(device.verificationUriComplete).toBe(`${env.sandbox.endpoint}/_sandbox/sso/device?user_code=${device.userCode}`);

    const page = await fetch(device.verificationUriComplete!);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain(device.userCode);
    expect(html).not.toContain('<script');
  });

  it('escapes whatever user_code the page is given, and asks for the code when there is none', async () => {
    const injected = await (await fetch(`${env.sandbox.endpoint}/_sandbox/sso/device?user_code=${encodeURIComponent('"><b>x')}`)).text();
    expect(injected).not.toContain('"><b>');
    expect(injected).toContain('&#34;&#62;&#60;b&#62;x');
    const bare = await (await fetch(`${env.sandbox.endpoint}/_sandbox/sso/device`)).text();
    expect(bare).toContain('data-testid="sso-user-code-input"');
  });

  it('answers authorization_pending until approved, then a Bearer token with a refresh token', async () => {
    const { poll, device } = await registeredDevice();
    const pending = await errorOf(poll());
    expect(pending).toEqual({ name: 'AuthorizationPendingException', status: 400, error: 'authorization_pending' });

    expect((await control(env.sandbox.endpoint, 'POST', 'sso/approve', { userCode: device.userCode, decision: 'approve' })).status).toBe(200);
    env.clock.advance(1000);
    const token = await poll();
    expect(token.tokenType).toBe('Bearer');
    expect(token.expiresIn).toBe(8 * 3600);
    expect(token.accessToken).toBeTruthy();
    expect(token.refreshToken).toBeTruthy();

    env.clock.advance(1000);
    expect((await errorOf(poll())).name).toBe('InvalidGrantException');
  });

  it('answers slow_down to a client that polls faster than the interval, and keeps the longer interval', async () => {
    const { poll } = await registeredDevice();
    expect((await errorOf(poll())).name).toBe('AuthorizationPendingException');
    expect(await errorOf(poll())).toMatchObject({ name: 'SlowDownException', error: 'slow_down' });
    // RFC 8628: the interval is now 1 + 5 seconds; 1 second later is still too fast.
    env.clock.advance(1000);
    expect((await errorOf(poll())).name).toBe('SlowDownException');
    env.clock.advance(11_000);
    expect((await errorOf(poll())).name).toBe('AuthorizationPendingException');
  });

  it('answers access_denied once the user denied on the verification page', async () => {
    const { poll, device } = await registeredDevice();
    const form = new URLSearchParams({ user_code: device.userCode!, decision: 'deny' });
    const answer = await fetch(`${env.sandbox.endpoint}/_sandbox/sso/device/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: env.sandbox.endpoint },
      body: form,
    });
    expect(answer.status).toBe(200);
    expect(await errorOf(poll())).toMatchObject({ name: 'AccessDeniedException', error: 'access_denied' });
  });

  it('refuses a decision posted from another site', async () => {
    const { poll, device } = await registeredDevice();
    const answer = await fetch(`${env.sandbox.endpoint}/_sandbox/sso/device/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' },
      body: new URLSearchParams({ user_code: device.userCode!, decision: 'approve' }),
    });
    expect(answer.status).toBe(403);
    expect((await errorOf(poll())).name).toBe('AuthorizationPendingException');
  });

  it('answers expired_token after expiresIn on the sandbox clock, even once approved late', async () => {
    const { poll, device } = await registeredDevice();
    env.clock.advance(600_000);
    expect((await control(env.sandbox.endpoint, 'POST', 'sso/approve', { userCode: device.userCode, decision: 'approve' })).status).toBe(404);
    expect(await errorOf(poll())).toMatchObject({ name: 'ExpiredTokenException', error: 'expired_token' });
  });

  it('rejects a wrong client secret as invalid_client (401)', async () => {
    const { client, device } = await registeredDevice();
    const wrong = oidc.send(new CreateTokenCommand({ grantType: DEVICE_GRANT, clientId: client.clientId, clientSecret: 'nope', deviceCode: device.deviceCode }));
    expect(await errorOf(wrong)).toMatchObject({ name: 'InvalidClientException', status: 401 });
  });

  it('exchanges a refresh token once for a new token pair', async () => {
    const { client, device, poll } = await registeredDevice();
    await control(env.sandbox.endpoint, 'POST', 'sso/approve', { userCode: device.userCode, decision: 'approve' });
    const first = await poll();
    const refresh = () =>
      oidc.send(new CreateTokenCommand({ grantType: 'refresh_token', clientId: client.clientId, clientSecret: client.clientSecret, refreshToken: first.refreshToken }));
    const second = await refresh();
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await errorOf(refresh())).name).toBe('InvalidGrantException');
  });
});

describe('sandbox SSO portal', () => {
  async function signedIn(): Promise<string> {
    const { device, poll } = await registeredDevice();
    await control(env.sandbox.endpoint, 'POST', 'sso/approve', { userCode: device.userCode, decision: 'approve' });
    return (await poll()).accessToken!;
  }

  it('lists the accounts and roles of the signed-in user', async () => {
    const accessToken = await signedIn();
    const accounts = await portal.send(new ListAccountsCommand({ accessToken }));
    expect(accounts.accountList?.map((account) => account.accountId)).toEqual(['111122223333', '444455556666']);
    const roles = await portal.send(new ListAccountRolesCommand({ accessToken, accountId: '444455556666' }));
    expect(roles.roleList?.map((role) => role.roleName)).toEqual(['ReadOnly', 'MLOpsAdmin']);
  });

  it('mints role credentials that STS recognises and that expire after an hour on the sandbox clock', async () => {
    const accessToken = await signedIn();
    const answer = await portal.send(new GetRoleCredentialsCommand({ accessToken, accountId: '444455556666', roleName: 'MLOpsAdmin' }));
    const creds = answer.roleCredentials!;
    expect(creds.expiration).toBe(env.clock.now() + 3600_000);
    const sts = new STSClient(env.configWith({ accessKeyId: creds.accessKeyId!, secretAccessKey: creds.secretAccessKey!, sessionToken: creds.sessionToken! }));
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe('arn:aws:sts::444455556666:assumed-role/MLOpsAdmin/sandbox-user');
    env.clock.advance(3600_000);
    expect((await errorOf(sts.send(new GetCallerIdentityCommand({})))).name).toBe('ExpiredToken');
    sts.destroy();
  });

  it('answers UnauthorizedException (401) for an unknown, expired or logged-out token', async () => {
    expect(await errorOf(portal.send(new ListAccountsCommand({ accessToken: 'made-up' })))).toMatchObject({ name: 'UnauthorizedException', status: 401 });
    const accessToken = await signedIn();
    await portal.send(new LogoutCommand({ accessToken }));
    expect((await errorOf(portal.send(new ListAccountsCommand({ accessToken })))).name).toBe('UnauthorizedException');
    const other = await signedIn();
    env.clock.advance(8 * 3600_000);
    expect((await errorOf(portal.send(new GetRoleCredentialsCommand({ accessToken: other, accountId: '111122223333', roleName: 'ReadOnly' })))).name).toBe(
      'UnauthorizedException',
    );
  });
});

describe('sandbox SSO state with --data-dir', () => {
  it('keeps sign-ins and client registrations across a restart', async () => {
    const dir = tempDir('sagedeck-sso-data-');
    try {
      const first = await startTestSandbox({ dataDir: dir.path });
      const firstOidc = new SSOOIDCClient({ endpoint: first.sandbox.endpoint, region: 'us-east-1' });
      const client = await firstOidc.send(new RegisterClientCommand({ clientName: 'test', clientType: 'public' }));
      const device = await firstOidc.send(
        new StartDeviceAuthorizationCommand({ clientId: client.clientId, clientSecret: client.clientSecret, startUrl: 'https://example.awsapps.com/start' }),
      );
      await control(first.sandbox.endpoint, 'POST', 'sso/approve', { userCode: device.userCode, decision: 'approve' });
      const token = await firstOidc.send(
        new CreateTokenCommand({ grantType: DEVICE_GRANT, clientId: client.clientId, clientSecret: client.clientSecret, deviceCode: device.deviceCode }),
      );
      firstOidc.destroy();
      await first.stop();

      const second = await startTestSandbox({ dataDir: dir.path });
      const secondPortal = new SSOClient({ endpoint: second.sandbox.endpoint, region: 'us-east-1' });
      const secondOidc = new SSOOIDCClient({ endpoint: second.sandbox.endpoint, region: 'us-east-1' });
      try {
        expect((await secondPortal.send(new ListAccountsCommand({ accessToken: token.accessToken }))).accountList).toHaveLength(2);
        const refreshed = await secondOidc.send(
          new CreateTokenCommand({ grantType: 'refresh_token', clientId: client.clientId, clientSecret: client.clientSecret, refreshToken: token.refreshToken }),
        );
        expect(refreshed.accessToken).toBeTruthy();
      } finally {
        secondPortal.destroy();
        secondOidc.destroy();
        await second.stop();
      }
    } finally {
      dir.remove();
    }
  });
});
