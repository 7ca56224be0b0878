import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import type { Core } from '../../../electron/core';
import type { JournalEntry } from '../../../shared/domain/journal';

async function core(): Promise<Core> {
  const dir = mkdtempSync(join(tmpdir(), 'sagedeck-core-'));
  return createCore({ dataDir: join(dir, 'data'), host: 'cli', env: { HOME: dir } });
}

describe('dispatcher', () => {
  it('rejects bad input with field messages before any handler runs', async () => {
    const { dispatcher } = await core();
    const envelope = await dispatcher.request('session.select', { profile: 'has space', region: 'mars-1' });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('InvalidInput');
    expect(envelope.error.fields?.profile).toMatch(/letters, digits/);
    expect(envelope.error.fields?.region).toMatch(/us-east-1/);
    const session = await dispatcher.request('session.current', {});
    expect(session).toMatchObject({ ok: true, result: { profile: 'sandbox', region: 'us-east-1' } });
  });

  it('refuses unknown channels and extra fields', async () => {
    const { dispatcher } = await core();
    expect(await dispatcher.request('aws.anything', {})).toMatchObject({ ok: false, error: { code: 'UnknownChannel' } });
    expect(await dispatcher.request('profiles.list', { sneaky: true })).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
  });

  it('asks for confirmation before a destructive action and journals it once confirmed', async () => {
    const { dispatcher } = await core();
    await dispatcher.request('settings.update', { theme: 'dark' });
    const refused = await dispatcher.request('settings.reset', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired', confirmation: { target: 'settings', typeToConfirm: false } } });
    expect(await dispatcher.request('settings.get', {})).toMatchObject({ ok: true, result: { theme: 'dark' } });

    const done = await dispatcher.request('settings.reset', {}, { confirmed: true });
    expect(done).toMatchObject({ ok: true, result: { theme: 'system' } });
    const journal = await dispatcher.request('journal.list', {});
    const entries = (journal.ok ? journal.result : []) as JournalEntry[];
    expect(entries.map((e) => [e.channel, e.outcome])).toEqual([
      ['settings.reset', 'success'],
      ['settings.update', 'success'],
    ]);
  });

  it('on a production profile the resource name must be typed', async () => {
    const { dispatcher } = await core();
    await dispatcher.request('settings.update', { productionProfiles: ['sandbox'] });
    const current = await dispatcher.request('session.current', {});
    expect(current).toMatchObject({ ok: true, result: { production: true } });
    const confirmedOnly = await dispatcher.request('settings.reset', {}, { confirmed: true });
    expect(confirmedOnly).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired', confirmation: { typeToConfirm: true } } });
    const mistyped = await dispatcher.request('settings.reset', {}, { confirmed: true, typedConfirmation: 'setting' });
    expect(mistyped.ok).toBe(false);
    const typed = await dispatcher.request('settings.reset', {}, { confirmed: true, typedConfirmation: 'settings' });
    expect(typed.ok).toBe(true);
  });

  it('journals failed mutations with the error the user saw', async () => {
    const { dispatcher } = await core();
    const envelope = await dispatcher.request('session.select', { profile: 'nobody' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'ProfileNotFound' } });
    const journal = await dispatcher.request('journal.list', { limit: 1 });
    expect(journal).toMatchObject({ ok: true, result: [{ channel: 'session.select', outcome: 'failure', target: 'nobody', error: { code: 'ProfileNotFound' } }] });
  });

  it('streams session changes until the subscriber cancels', async () => {
    const { dispatcher } = await core();
    const events: unknown[] = [];
    let ended = false;
    const cancel = dispatcher.subscribe('session.watch', {}, { event: (e) => events.push(e), end: () => (ended = true) });
    await dispatcher.request('session.select', { profile: 'sandbox', region: 'eu-west-2' });
    expect(events).toMatchObject([{ profile: 'sandbox', region: 'eu-west-2', generation: 2 }]);
    cancel();
    await dispatcher.request('session.select', { profile: 'sandbox', region: 'eu-west-1' });
    expect(events).toHaveLength(1);
    expect(ended).toBe(false);
  });

  it('ends an unknown stream with an error instead of hanging', async () => {
    const { dispatcher } = await core();
    let error: unknown;
    dispatcher.subscribe('logs.everything', {}, { event: () => undefined, end: (e) => (error = e) });
    expect(error).toMatchObject({ code: 'UnknownChannel' });
  });
});
