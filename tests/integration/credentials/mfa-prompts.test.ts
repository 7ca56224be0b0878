import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PendingPrompt } from '../../../shared/domain/credentials';
import type { SessionIdentity } from '../../../shared/domain/session';
import {
  BASE_KEYS,
  BASE_PROFILE,
  GUARDED_ROLE_PROFILE,
  startCredentialWorld,
  type CredentialWorld,
} from '../../support/credentials-harness';

const CONFIG = BASE_PROFILE + GUARDED_ROLE_PROFILE;
const CREDENTIALS = BASE_KEYS;

describe('MFA prompts for a role that needs a code', () => {
  let world: CredentialWorld;
  beforeEach(async () => {
    world = await startCredentialWorld({ config: CONFIG, credentials: CREDENTIALS });
    await world.ok('session.select', { profile: 'guarded' });
  });
  afterEach(async () => world.close());

  it('the right code assumes the role, and the session is reused without asking again', async () => {
    const prompts = world.watchPrompts();
    const identity = world.request('session.identity');
    const prompt = (await prompts.next()) as PendingPrompt;
    expect(prompt).toMatchObject({ kind: 'mfa', profile: 'guarded', mfaSerial: 'arn:aws:iam::111122223333:mfa/alice' });
    expect(Date.parse(prompt.expiresAt)).toBeGreaterThan(Date.now());
    await world.ok('prompts.answer', { id: prompt.id, code: '123456' });
    expect(await identity).toMatchObject({
      ok: true,
      result: { account: '444455556666', arn: expect.stringContaining('assumed-role/Admin/') },
    });
    expect(await prompts.next()).toEqual({ id: prompt.id, closed: true });

    const again = await world.ok<SessionIdentity>('session.identity');
    expect(again.account).toBe('444455556666');
    // Switching away and back keeps the MFA session too.
    await world.ok('session.select', { profile: 'base' });
    await world.ok('session.select', { profile: 'guarded' });
    await world.ok('session.identity');
    // And so does switching region: role credentials work in every region.
    await world.ok('session.select', { profile: 'guarded', region: 'eu-west-1' });
    await world.ok('session.identity');
    expect(prompts.events).toHaveLength(2);
    prompts.stop();
  });

  it('calls made together while a code is needed share one prompt', async () => {
    const prompts = world.watchPrompts();
    const calls = Promise.all([1, 2, 3].map(() => world.request('session.identity')));
    const prompt = (await prompts.next()) as PendingPrompt;
    await world.ok('prompts.answer', { id: prompt.id, code: '123456' });
    expect((await calls).map((envelope) => envelope.ok)).toEqual([true, true, true]);
    expect(prompts.events.filter((event) => !('closed' in event))).toHaveLength(1);
    prompts.stop();
  });

  it('a wrong code surfaces STS AccessDenied with what to do next', async () => {
    const prompts = world.watchPrompts();
    const identity = world.request('session.identity');
    const prompt = (await prompts.next()) as PendingPrompt;
    await world.ok('prompts.answer', { id: prompt.id, code: '000000' });
    const envelope = await identity;
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('AccessDenied');
    expect(envelope.error.message).toContain('MultiFactorAuthentication failed with invalid MFA one time pass code.');
    expect(envelope.error.message).toContain('Enter the current code from your MFA device and try again');
    // The next attempt asks again rather than caching the failure.
    const retry = world.request('session.identity');
    const second = (await prompts.next().then(() => prompts.next())) as PendingPrompt;
    expect(second.id).not.toBe(prompt.id);
    await world.ok('prompts.answer', { id: second.id, code: '123456' });
    expect(await retry).toMatchObject({ ok: true });
    prompts.stop();
  });

  it('cancelling the prompt fails the call with Cancelled', async () => {
    const prompts = world.watchPrompts();
    const identity = world.request('session.identity');
    const prompt = (await prompts.next()) as PendingPrompt;
    await world.ok('prompts.cancel', { id: prompt.id });
    expect(await identity).toEqual({
      ok: false,
      error: { code: 'Cancelled', message: 'MFA prompt cancelled', retryable: true },
    });
    expect(await world.fail('prompts.answer', { id: prompt.id, code: '123456' })).toMatchObject({
      code: 'PromptNotFound',
    });
    prompts.stop();
  });

  it('a subscriber that arrives late is shown the open prompt; a switch withdraws it', async () => {
    const early = world.watchPrompts();
    const identity = world.request('session.identity');
    const prompt = (await early.next()) as PendingPrompt;
    const late = world.watchPrompts();
    expect(await late.next()).toEqual(prompt);
    await world.ok('session.select', { profile: 'base' });
    expect(await late.next()).toEqual({ id: prompt.id, closed: true });
    expect(await identity).toMatchObject({ ok: false, error: { code: 'Cancelled' } });
    early.stop();
    late.stop();
  });

  it('a host without a renderer can answer through its own reader', async () => {
    const asked: string[] = [];
    const cli = await startCredentialWorld({
      config: CONFIG,
      credentials: CREDENTIALS,
      env: { AWS_PROFILE: 'guarded' },
      core: {
        mfaCodeReader: async (question) => {
          asked.push(question.mfaSerial);
          return '123456';
        },
      },
    });
    try {
      expect(await cli.ok<SessionIdentity>('session.identity')).toMatchObject({ account: '444455556666' });
      expect(asked).toEqual(['arn:aws:iam::111122223333:mfa/alice']);
    } finally {
      await cli.close();
    }
  });
});
