import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PendingPrompt } from '../../../shared/domain/credentials';
import type { SessionIdentity } from '../../../shared/domain/session';
import { control } from '../sandbox/support';
import {
  BASE_KEYS,
  BASE_PROFILE,
  GUARDED_ROLE_PROFILE,
  startCredentialWorld,
  type CredentialWorld,
} from '../../support/credentials-harness';

const CONFIG =
  BASE_PROFILE +
  `
[profile deployer]
role_arn = arn:aws:iam::444455556666:role/Deployer
source_profile = base
duration_seconds = 900
endpoint_url = {endpoint}
` +
  GUARDED_ROLE_PROFILE;
const CREDENTIALS = BASE_KEYS;

describe('temporary credentials expire on the sandbox clock and are refreshed', () => {
  let world: CredentialWorld;
  beforeEach(async () => {
    world = await startCredentialWorld({ config: CONFIG, credentials: CREDENTIALS });
  });
  afterEach(async () => world.close());

  it('a role session is renewed without a prompt once it nears expiry', async () => {
    const prompts = world.watchPrompts();
    await world.ok('session.select', { profile: 'deployer' });
    const first = await world.ok<SessionIdentity>('session.identity');
    expect(Date.parse(first.expiresAt!)).toBe(world.clock.now() + 900_000);
    // Still well inside its life: the same session is used.
    world.clock.advance(60_000);
    expect((await world.ok<SessionIdentity>('session.identity')).expiresAt).toBe(first.expiresAt);
    // Inside the five-minute margin: renewed before it expires.
    world.clock.advance(600_000);
    const renewed = await world.ok<SessionIdentity>('session.identity');
    expect(Date.parse(renewed.expiresAt!)).toBe(world.clock.now() + 900_000);
    // Past the expiry of everything issued so far: renewed again.
    world.clock.advance(2 * 3600_000);
    const later = await world.ok<SessionIdentity>('session.identity');
    expect(Date.parse(later.expiresAt!)).toBe(world.clock.now() + 900_000);
    expect(prompts.events).toEqual([]);
    prompts.stop();
  });

  it('credentials the service revokes early are replaced on the next call, no prompt', async () => {
    await world.ok('session.select', { profile: 'deployer' });
    const first = await world.ok<SessionIdentity>('session.identity');
    expect((await control(world.sandbox.endpoint, 'POST', 'credentials/expire')).json).toMatchObject({ expired: 1 });
    const after = await world.ok<SessionIdentity>('session.identity');
    expect(after.account).toBe('444455556666');
    expect(after.expiresAt).toBe(first.expiresAt);
  });

  it('an expired MFA session asks for a new code', async () => {
    const prompts = world.watchPrompts();
    await world.ok('session.select', { profile: 'guarded' });
    const answer = async () => {
      const prompt = (await prompts.next()) as PendingPrompt;
      await world.ok('prompts.answer', { id: prompt.id, code: '123456' });
      await prompts.next();
    };
    const [first] = await Promise.all([world.ok<SessionIdentity>('session.identity'), answer()]);
    world.clock.advance(3600_000);
    const [second] = await Promise.all([world.ok<SessionIdentity>('session.identity'), answer()]);
    expect(Date.parse(second.expiresAt!)).toBeGreaterThan(Date.parse(first.expiresAt!));
    prompts.stop();
  });

  it('revoked MFA credentials say CredentialsExpired with the next step', async () => {
    const prompts = world.watchPrompts();
    await world.ok('session.select', { profile: 'guarded' });
    const pending = world.ok<SessionIdentity>('session.identity');
    const prompt = (await prompts.next()) as PendingPrompt;
    await world.ok('prompts.answer', { id: prompt.id, code: '123456' });
    await pending;
    await control(world.sandbox.endpoint, 'POST', 'credentials/expire');
    expect(await world.fail('session.identity')).toMatchObject({
      code: 'CredentialsExpired',
      message: expect.stringContaining('enter a new MFA code'),
      retryable: true,
    });
    prompts.stop();
  });
});
