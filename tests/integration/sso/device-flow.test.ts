import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SsoAuthorization } from '../../../shared/domain/credentials';
import type { SessionIdentity } from '../../../shared/domain/session';
import { control } from '../sandbox/support';
import { START_URL, startSsoWorld, type SsoWorld } from './sso-world';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

let world: SsoWorld;
beforeEach(async () => {
  world = await startSsoWorld();
});
afterEach(async () => world.close());

const tokenFile = () => join(world.home, '.aws', 'sso', 'cache', `${sha1('corp')}.json`);
const approve = (userCode: string, decision: 'approve' | 'deny' = 'approve') =>
  control(world.sandbox.endpoint, 'POST', 'sso/approve', { userCode, decision });

describe('SSO sign-in through the core', () => {
  it('signs in end to end: user code, verification page, approval, CLI cache file, identity of the role', async () => {
    const authorization = await world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' });
    expect(authorization).toMatchObject({ profile: 'sso-dev', intervalSeconds: 1, verificationUri: `${world.sandbox.endpoint}/_sandbox/sso/device` });
    expect(authorization.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(Date.parse(authorization.expiresAt)).toBe(world.clock.now() + 600_000);
    expect(await world.nextEvent((event) => event.state === 'pending')).toEqual({ profile: 'sso-dev', state: 'pending' });

    expect(await world.ok('sso.openVerification', { profile: 'sso-dev' })).toEqual({ opened: true, url: authorization.verificationUriComplete });
    expect(world.opened).toEqual([`${world.sandbox.endpoint}/_sandbox/sso/device?user_code=${authorization.userCode}`]);

    expect((await approve(authorization.userCode)).status).toBe(200);
    await world.advance(1000);
    const signedIn = await world.nextEvent((event) => event.state === 'signed-in');
    expect(signedIn).toEqual({ profile: 'sso-dev', state: 'signed-in', expiresAt: new Date(world.clock.now() + 8 * 3600_000).toISOString() });

    const cached = JSON.parse(readFileSync(tokenFile(), 'utf8')) as Record<string, string>;
    expect(Object.keys(cached)).toEqual(['startUrl', 'region', 'accessToken', 'expiresAt', 'clientId', 'clientSecret', 'registrationExpiresAt', 'refreshToken']);
    expect(cached).toMatchObject({ startUrl: START_URL, region: 'us-east-1' });
    expect(cached.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(statSync(tokenFile()).mode & 0o777).toBe(0o600);

    await world.ok('session.select', { profile: 'sso-dev' });
    const identity = await world.ok<SessionIdentity>('session.identity');
    expect(identity).toMatchObject({ account: '444455556666', arn: 'arn:aws:sts::444455556666:assumed-role/MLOpsAdmin/sandbox-user' });

    // Nothing that crossed the dispatcher carries the token, refresh token or client secret.
    const crossed = JSON.stringify(world.crossed);
    // Nor does any file SageDeck itself wrote (settings, journal).
    const dataDir = join(world.home, 'data');
    const written = readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
      .map((name) => join(dataDir, name))
      .filter((path) => statSync(path).isFile())
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    for (const secret of [cached.accessToken, cached.refreshToken, cached.clientSecret]) {
      expect(crossed).not.toContain(secret);
      expect(written).not.toContain(secret);
    }
  });

  it('shares one sign-in between the profiles of an sso-session, with one user code', async () => {
    const first = await world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' });
    const second = await world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev-readonly' });
    expect(second).toEqual({ ...first, profile: 'sso-dev-readonly' });
    expect(world.sandbox.control.counters()['sso-oauth:StartDeviceAuthorization']).toBe(1);

    // A window opened later learns that the sign-in is waiting.
    const late: unknown[] = [];
    const stop = world.core.dispatcher.subscribe('sso.watch', { profile: 'sso-dev-readonly' }, { event: (event) => late.push(event), end: () => undefined });
    expect(late).toEqual([{ profile: 'sso-dev-readonly', state: 'pending' }]);

    await approve(first.userCode);
    await world.advance(1000);
    await world.nextEvent((event) => event.profile === 'sso-dev' && event.state === 'signed-in');
    expect(late).toEqual([{ profile: 'sso-dev-readonly', state: 'pending' }, { profile: 'sso-dev-readonly', state: 'signed-in', expiresAt: expect.any(String) }]);
    stop();

    await world.ok('session.select', { profile: 'sso-dev-readonly' });
    expect(await world.ok<SessionIdentity>('session.identity')).toMatchObject({ arn: 'arn:aws:sts::111122223333:assumed-role/ReadOnly/sandbox-user' });
  });

  it('starts one sign-in for two clicks at the same moment', async () => {
    const [first, second] = await Promise.all([
      world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' }),
      world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' }),
    ]);
    expect(second.userCode).toBe(first.userCode);
    expect(world.sandbox.control.counters()['sso-oauth:StartDeviceAuthorization']).toBe(1);
    expect(world.armed()).toBe(1);
  });

  it('says which endpoint does not answer when IAM Identity Center is down, and keeps working', async () => {
    expect(await world.fail('sso.signIn', { profile: 'sso-down' })).toMatchObject({
      code: 'EndpointUnreachable',
      message: expect.stringContaining('http://127.0.0.1:1'),
    });
    expect((await world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' })).userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
  });

  it('keeps polling while authorization is pending, at the interval the service gave', async () => {
    const { userCode } = await world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' });
    for (let poll = 1; poll <= 3; poll += 1) {
      await world.advance(1000);
      expect(world.createTokenCalls()).toBe(poll);
      expect(world.armed()).toBe(1);
    }
    expect(world.events.map((event) => event.state)).toEqual(['pending']);
    await approve(userCode);
    await world.advance(1000);
    expect((await world.nextEvent((event) => event.state !== 'pending')).state).toBe('signed-in');
  });

  it('waits 5 seconds longer after slow_down, for that and every later poll (RFC 8628)', async () => {
    const { userCode } = await world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' });
    expect((await control(world.sandbox.endpoint, 'POST', 'sso/slow-down', { userCode })).status).toBe(200);
    await world.advance(1000);
    expect(world.createTokenCalls()).toBe(1);
    await approve(userCode);
    // Polling again after 1 s (the old interval) would earn another slow_down; the core waits 6 s.
    await world.advance(5000);
    expect(world.createTokenCalls()).toBe(1);
    await world.advance(1000);
    expect(world.createTokenCalls()).toBe(2);
    expect((await world.nextEvent((event) => event.state !== 'pending')).state).toBe('signed-in');
  });

  it('keeps polling through a server error, and ends on a client error it cannot fix', async () => {
    const { userCode } = await world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' });
    // Two 500s: the SDK's attempt and its one retry, so the poll itself fails.
    await control(world.sandbox.endpoint, 'POST', 'faults', { operation: 'sso-oauth:CreateToken', kind: 'error5xx', count: 2 });
    await world.advance(1000);
    expect(world.armed()).toBe(1);
    expect(world.events.map((event) => event.state)).toEqual(['pending']);
    await approve(userCode);
    await world.advance(1000);
    expect((await world.nextEvent((event) => event.state !== 'pending')).state).toBe('signed-in');
  });

  it('reports a denial from the browser and writes no token', async () => {
    const { userCode } = await world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' });
    await approve(userCode, 'deny');
    await world.advance(1000);
    expect(await world.nextEvent((event) => event.state !== 'pending')).toMatchObject({ profile: 'sso-dev', state: 'denied' });
    expect(existsSync(tokenFile())).toBe(false);
    expect(world.armed()).toBe(0);
  });

  it('stops at the code expiry and says so', async () => {
    await world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' });
    world.clock.advance(600_000);
    expect(await world.nextEvent((event) => event.state !== 'pending')).toMatchObject({ state: 'expired', message: expect.stringContaining('Sign in again') });
    expect(existsSync(tokenFile())).toBe(false);
    expect(world.armed()).toBe(0);
  });

  it('asks for a sign-in (not a stack trace) when there is no token, and opens nothing without a sign-in', async () => {
    await world.ok('session.select', { profile: 'sso-dev' });
    expect(await world.fail('session.identity')).toMatchObject({
      code: 'SsoSignInRequired',
      message: 'Your IAM Identity Center sign-in for sso-dev has expired or is missing. Sign in again.',
    });
    expect(await world.fail('sso.openVerification', { profile: 'sso-dev' })).toMatchObject({ code: 'SsoSignInNotStarted' });
    expect(world.opened).toEqual([]);
  });

  it('signs out: Logout on the portal, the cached token deleted, a sign-in required again', async () => {
    const { userCode } = await world.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' });
    await approve(userCode);
    await world.advance(1000);
    await world.nextEvent((event) => event.state === 'signed-in');
    await world.ok('session.select', { profile: 'sso-dev' });
    await world.ok('session.identity');

    expect(await world.ok('sso.signOut', { profile: 'sso-dev' })).toEqual({ signedOut: true });
    expect(world.sandbox.control.counters()['awsssoportal:Logout']).toBe(1);
    expect(existsSync(tokenFile())).toBe(false);
    expect(await world.nextEvent((event) => event.state === 'signed-out')).toEqual({ profile: 'sso-dev', state: 'signed-out' });
    expect(await world.fail('session.identity')).toMatchObject({ code: 'SsoSignInRequired' });
  });

  it('refuses a non-SSO or unknown profile with a clear error', async () => {
    expect(await world.fail('sso.signIn', { profile: 'nope' })).toMatchObject({ code: 'ProfileNotFound' });
  });
});
