import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionIdentity, SessionInfo } from '../../../shared/domain/session';
import { control } from '../sandbox/support';
import { startCredentialWorld, type CredentialWorld } from '../../support/credentials-harness';

/** A loopback port nobody listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const CONFIG = `
[profile base]
region = us-east-1
endpoint_url = {endpoint}

[profile other-account]
role_arn = arn:aws:iam::999988887777:role/Viewer
source_profile = base
region = eu-central-1
endpoint_url = {endpoint}

[profile offline]
endpoint_url = {down}

[profile offline-role]
role_arn = arn:aws:iam::444455556666:role/Deployer
source_profile = base
endpoint_url = {down}
`;
const CREDENTIALS = `
[base]
aws_access_key_id = {key}
aws_secret_access_key = {secret}

[offline]
aws_access_key_id = {key}
aws_secret_access_key = {secret}
`;

describe('endpoints that are down, and switching sessions', () => {
  let world: CredentialWorld;
  let down: string;
  beforeEach(async () => {
    down = `http://127.0.0.1:${await closedPort()}`;
    world = await startCredentialWorld({ config: CONFIG.replaceAll('{down}', down), credentials: CREDENTIALS });
  });
  afterEach(async () => world.close());

  it('a profile whose endpoint is down gets a clear error; other profiles keep working', async () => {
    await world.ok('session.select', { profile: 'offline' });
    const error = await world.fail('session.identity');
    expect(error.code).toBe('EndpointUnreachable');
    expect(error.message).toContain(down);
    expect(error.message).toContain('switch to another profile');
    expect(error.message).not.toContain(world.keys.secretAccessKey);

    await world.ok('session.select', { profile: 'offline-role' });
    const roleError = await world.fail('session.identity');
    expect(roleError).toMatchObject({ code: 'EndpointUnreachable', message: expect.stringContaining(down) });

    await world.ok('session.select', { profile: 'base' });
    expect(await world.ok<SessionIdentity>('session.identity')).toMatchObject({ account: '111122223333' });
  });

  it('switching fetches the new identity fresh, in the new profile region', async () => {
    await world.ok('session.select', { profile: 'base' });
    expect((await world.ok<SessionIdentity>('session.identity')).account).toBe('111122223333');
    const session = await world.ok<SessionInfo>('session.select', { profile: 'other-account' });
    expect(session).toMatchObject({ profile: 'other-account', region: 'eu-central-1' });
    expect((await world.ok<SessionIdentity>('session.identity')).account).toBe('999988887777');
  });

  it('switching cancels a call still in flight for the old session', async () => {
    await world.ok('session.select', { profile: 'base' });
    await world.ok('session.identity');
    await control(world.sandbox.endpoint, 'POST', 'faults', { operation: 'sts:GetCallerIdentity', kind: 'latency', latencyMs: 30_000, count: 1 });
    const slow = world.request('session.identity');
    // The request is on the wire once the sandbox counted it.
    for (;;) {
      const counters = (await control(world.sandbox.endpoint, 'GET', 'counters')).json as Record<string, unknown>;
      if (JSON.stringify(counters).includes('GetCallerIdentity":2')) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await world.ok('session.select', { profile: 'other-account' });
    expect(await slow).toMatchObject({ ok: false, error: { code: 'Cancelled' } });
  });
});

describe('AWS_PROFILE, AWS_REGION and AWS_ENDPOINT_URL at start', () => {
  it('start the session on that profile and region, with every service at that endpoint', async () => {
    const world = await startCredentialWorld({
      config: '[profile plain]\nregion = us-west-2\n',
      credentials: '[plain]\naws_access_key_id = {key}\naws_secret_access_key = {secret}\n',
      env: { AWS_PROFILE: 'plain', AWS_REGION: 'ap-southeast-2' },
    });
    try {
      // The endpoint comes from the environment only: the profile names none.
      await world.core.close();
      const { createCore } = await import('../../../electron/core');
      const core = await createCore({
        dataDir: world.dataDir,
        host: 'cli',
        env: { ...world.env, AWS_ENDPOINT_URL: world.sandbox.endpoint },
        secretStore: world.secrets,
      });
      try {
        expect(await core.dispatcher.request('session.current', {})).toMatchObject({ ok: true, result: { profile: 'plain', region: 'ap-southeast-2' } });
        expect(await core.dispatcher.request('session.identity', {})).toMatchObject({ ok: true, result: { account: '111122223333' } });
      } finally {
        await core.close();
      }
    } finally {
      await world.close();
    }
  });
});
