import { describe, expect, it, vi } from 'vitest';
import type { SageDeckBridge } from '../../shared/bridge';
import { SageDeckError } from '../../shared/errors';
import { createClient } from '../../renderer/src/bridge/typed-client';
import { FakeCore } from './support/fake-core';

describe('typed client', () => {
  it('returns the result of an ok envelope', async () => {
    const client = createClient(new FakeCore(), vi.fn());
    const session = await client.request('session.current', {});
    expect(session.profile).toBe('sandbox');
  });

  it('throws a SageDeckError carrying code, fields and request id', async () => {
    const host = new FakeCore();
    host.failNext('session.select', {
      code: 'InvalidInput',
      message: 'Input is not valid.',
      fields: { region: 'Enter a region code such as us-east-1 or eu-west-2.' },
      requestId: 'req-42',
    });
    const client = createClient(host, vi.fn());
    const error = await client
      .request('session.select', { profile: 'sandbox', region: 'eu-west-1' })
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(SageDeckError);
    expect(error).toMatchObject({
      code: 'InvalidInput',
      fields: { region: 'Enter a region code such as us-east-1 or eu-west-2.' },
      requestId: 'req-42',
    });
  });

  it('gets the field messages of the contract schema for invalid input, and nothing runs or is journalled', async () => {
    const host = new FakeCore();
    const error = await createClient(host, vi.fn())
      .request('session.select', { profile: 'sandbox', region: 'x' })
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(SageDeckError);
    expect(error).toMatchObject({ code: 'InvalidInput', fields: { region: 'Enter a region code such as us-east-1 or eu-west-2.' } });
    expect(host.session.current).toMatchObject({ profile: 'sandbox', region: 'us-east-1', generation: 1 });
    expect(host.journal.entries).toEqual([]);
  });

  it('turns a transport that throws into a SageDeckError', async () => {
    const broken: SageDeckBridge = {
      request: () => Promise.reject(new Error('ipc gone')),
      subscribe: () => () => {},
    };
    const error = await createClient(broken, vi.fn())
      .request('app.info', {})
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(SageDeckError);
    expect((error as SageDeckError).message).toBe('ipc gone');
  });

  it('asks for confirmation and re-sends the same request confirmed', async () => {
    const host = new FakeCore();
    const ask = vi.fn().mockResolvedValue({});
    const settings = await createClient(host, ask).request('settings.reset', {});
    expect(settings.theme).toBe('system');
    expect(ask).toHaveBeenCalledWith({ action: 'Reset all settings', target: 'settings', typeToConfirm: false });
    expect(host.callsTo('settings.reset').map((call) => call.meta)).toEqual([undefined, { confirmed: true }]);
    // The gate journals the confirmed run only: the refusal asking for confirmation ran nothing.
    expect(host.journal.entries.map((entry) => [entry.channel, entry.outcome])).toEqual([['settings.reset', 'success']]);
  });

  it('on a production profile sends the typed name with the confirmation', async () => {
    const host = new FakeCore({ session: { production: true } });
    const ask = vi.fn().mockResolvedValue({ typedConfirmation: 'settings' });
    await createClient(host, ask).request('settings.reset', {});
    expect(ask.mock.calls[0]?.[0]).toMatchObject({ typeToConfirm: true });
    expect(host.callsTo('settings.reset').at(-1)?.meta).toEqual({ confirmed: true, typedConfirmation: 'settings' });
  });

  it('rejects with Cancelled, and sends nothing more, when the user cancels', async () => {
    const host = new FakeCore();
    const error = await createClient(host, vi.fn().mockResolvedValue(null))
      .request('settings.reset', {})
      .catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'Cancelled' });
    expect(host.callsTo('settings.reset')).toHaveLength(1);
  });

  it('gives up after a few rounds when the host keeps asking', async () => {
    const host = new FakeCore({ session: { production: true } });
    // A wrong typed name never satisfies the host.
    const ask = vi.fn().mockResolvedValue({ typedConfirmation: 'wrong' });
    const error = await createClient(host, ask)
      .request('settings.reset', {})
      .catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'ConfirmationRequired' });
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('types stream events and rebuilds a stream error', () => {
    const host = new FakeCore();
    const client = createClient(host, vi.fn());
    const seen: string[] = [];
    const stop = client.subscribe('session.watch', {}, (session) => seen.push(session.profile));
    host.emit('session.watch', { profile: 'ml-dev', region: 'eu-west-1', production: false, generation: 2 });
    stop();
    host.emit('session.watch', { profile: 'late', region: 'eu-west-1', production: false, generation: 3 });
    expect(seen).toEqual(['ml-dev']);
    expect(host.subscriberCount('session.watch')).toBe(0);
  });
});
