import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LogoutCommand, SSOClient } from '@aws-sdk/client-sso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SsoAuthorization } from '../../../shared/domain/credentials';
import type { SessionIdentity } from '../../../shared/domain/session';
import { control } from '../sandbox/support';
import { startSsoWorld, type SsoWorld } from './sso-world';

const HOUR = 3600_000;
const ROLE_ARN = 'arn:aws:sts::444455556666:assumed-role/MLOpsAdmin/sandbox-user';

let world: SsoWorld;
beforeEach(async () => {
  world = await startSsoWorld();
  const { userCode } = await world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' });
  await control(world.sandbox.endpoint, 'POST', 'sso/approve', { userCode, decision: 'approve' });
  await world.advance(1000);
  await world.nextEvent((event) => event.state === 'signed-in');
  await world.ok('session.select', { profile: 'sso-dev' });
  expect(await world.ok<SessionIdentity>('session.identity')).toMatchObject({ arn: ROLE_ARN });
});
afterEach(async () => world.close());

const cachedToken = () =>
  JSON.parse(readFileSync(join(world.home, '.aws', 'sso', 'cache', `${createHash('sha1').update('corp').digest('hex')}.json`), 'utf8')) as Record<string, string>;
const refreshes = () => world.createTokenCalls() - 1;

describe('SSO token refresh and expiry on the sandbox clock', () => {
  it('refreshes the token with its refresh token shortly before it expires, without the user', async () => {
    const before = cachedToken();
    world.clock.advance(8 * HOUR - 10 * 60_000);
    expect(await world.ok<SessionIdentity>('session.identity')).toMatchObject({ arn: ROLE_ARN });
    const after = cachedToken();
    expect(refreshes()).toBe(1);
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.expiresAt).toBe(new Date(world.clock.now() + 8 * HOUR).toISOString().replace('.000Z', 'Z'));
    expect(after.clientId).toBe(before.clientId);
  });

  it('spends the single-use refresh token once when many calls need credentials at the same moment', async () => {
    world.clock.advance(8 * HOUR + 60_000);
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => world.request('session.identity', {})));
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(refreshes()).toBe(1);
    expect(world.sandbox.control.counters()['awsssoportal:GetRoleCredentials']).toBe(2);
  });

  it('refreshes a token that already expired while the refresh token is still valid', async () => {
    world.clock.advance(8 * HOUR + 60_000);
    expect(await world.ok<SessionIdentity>('session.identity')).toMatchObject({ arn: ROLE_ARN });
    expect(refreshes()).toBe(1);
  });

  it('asks for a sign-in once the sign-in was revoked elsewhere (aws sso logout)', async () => {
    const portal = new SSOClient({ region: 'us-east-1', endpoint: world.sandbox.endpoint });
    await portal.send(new LogoutCommand({ accessToken: cachedToken().accessToken }));
    portal.destroy();
    // The role credentials SageDeck holds run out; new ones need the revoked sign-in.
    world.clock.advance(HOUR);
    expect(await world.fail('session.identity')).toMatchObject({
      code: 'SsoSignInRequired',
      message: 'Your IAM Identity Center sign-in for sso-dev has expired or is missing. Sign in again.',
    });
  });

  it('asks for a sign-in when token, refresh token and client registration have all expired', async () => {
    world.clock.advance(91 * 24 * HOUR);
    expect(await world.fail('session.identity')).toMatchObject({ code: 'SsoSignInRequired' });
    expect(refreshes()).toBe(0);
  });
});
