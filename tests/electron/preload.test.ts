import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  IPC_STREAM_CLOSE,
  IPC_STREAM_END,
  IPC_STREAM_EVENT,
  IPC_STREAM_OPEN,
  type SageDeckBridge,
} from '../../shared/bridge';
import * as fake from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

// The preload registers its IPC listeners once, at load, as it does in a real renderer.
await import('../../electron/preload/index');
const bridge = fake.contextBridge.exposed.get('sagedeck') as SageDeckBridge;

beforeEach(() => {
  fake.ipcRenderer.invoke.mockReset().mockResolvedValue(undefined);
  fake.ipcRenderer.send.mockReset();
});

describe('what the preload exposes', () => {
  it('exposes exactly { request, subscribe } as window.sagedeck, frozen', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['sagedeck']);
    expect(Object.keys(bridge).sort()).toEqual(['request', 'subscribe']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });
});

describe('request', () => {
  it('rejects non-contract channels without touching ipcRenderer', async () => {
    for (const channel of [
      'fs.readFile',
      'sagedeck:stream-open',
      IPC_STREAM_CLOSE,
      '__proto__',
      'constructor',
      'journal.watch',
      '',
    ]) {
      const envelope = await bridge.request(channel, {});
      expect(envelope).toMatchObject({ ok: false, error: { code: 'UnknownChannel' } });
    }
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(fake.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('invokes contract channels with input and options and returns the host envelope', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, result: { theme: 'dark' } });
    const envelope = await bridge.request('settings.reset', {}, { confirmed: true });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('settings.reset', {}, { confirmed: true });
    expect(envelope).toEqual({ ok: true, result: { theme: 'dark' } });
  });

  it('turns a failed invoke into an envelope instead of a rejection', async () => {
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    const envelope = await bridge.request('app.info', { callback: () => {} });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'Disconnected', message: 'An object could not be cloned.' },
    });
  });
});

describe('subscribe', () => {
  it('rejects non-contract streams without touching ipcRenderer', () => {
    const onEnd = vi.fn();
    const cancel = bridge.subscribe('fs.watch', {}, vi.fn(), onEnd);
    expect(onEnd).toHaveBeenCalledWith(expect.objectContaining({ code: 'UnknownChannel' }));
    expect(fake.ipcRenderer.send).not.toHaveBeenCalled();
    cancel();
    expect(fake.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('opens a stream, routes its events by id, and closes it on cancel', () => {
    const first = vi.fn();
    const second = vi.fn();
    const cancelFirst = bridge.subscribe('journal.watch', {}, first, vi.fn());
    bridge.subscribe('session.watch', {}, second, vi.fn());
    const opened = fake.ipcRenderer.send.mock.calls
      .filter(([channel]) => channel === IPC_STREAM_OPEN)
      .map(([, payload]) => payload);
    expect(opened).toEqual([
      { id: expect.any(Number), channel: 'journal.watch', input: {} },
      { id: expect.any(Number), channel: 'session.watch', input: {} },
    ]);
    const [firstId, secondId] = opened.map((payload) => (payload as { id: number }).id);
    expect(firstId).not.toBe(secondId);

    fake.ipcRenderer.deliver(IPC_STREAM_EVENT, { id: firstId, event: { n: 1 } });
    fake.ipcRenderer.deliver(IPC_STREAM_EVENT, { id: secondId, event: { n: 2 } });
    expect(first).toHaveBeenCalledWith({ n: 1 });
    expect(second).toHaveBeenCalledWith({ n: 2 });

    cancelFirst();
    expect(fake.ipcRenderer.send).toHaveBeenLastCalledWith(IPC_STREAM_CLOSE, { id: firstId });
    fake.ipcRenderer.deliver(IPC_STREAM_EVENT, { id: firstId, event: { n: 3 } });
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('reports the end of a stream once and ignores anything after it', () => {
    const onEvent = vi.fn();
    const onEnd = vi.fn();
    const cancel = bridge.subscribe('journal.watch', {}, onEvent, onEnd);
    const [, payload] = fake.ipcRenderer.send.mock.calls[0] ?? [];
    const id = (payload as { id: number }).id;
    fake.ipcRenderer.deliver(IPC_STREAM_END, { id, error: { code: 'Internal', message: 'boom', retryable: false } });
    fake.ipcRenderer.deliver(IPC_STREAM_EVENT, { id, event: {} });
    fake.ipcRenderer.deliver(IPC_STREAM_END, { id });
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(onEnd).toHaveBeenCalledWith({ code: 'Internal', message: 'boom', retryable: false });
    expect(onEvent).not.toHaveBeenCalled();
    cancel();
    // Already ended: no close message for a stream main has forgotten.
    expect(fake.ipcRenderer.send).toHaveBeenCalledTimes(1);
  });

  it('ends a stream whose input cannot be sent', () => {
    fake.ipcRenderer.send.mockImplementationOnce(() => {
      throw new Error('An object could not be cloned.');
    });
    const onEnd = vi.fn();
    bridge.subscribe('journal.watch', { fn: () => {} }, vi.fn(), onEnd);
    expect(onEnd).toHaveBeenCalledWith(expect.objectContaining({ code: 'InvalidInput' }));
  });
});
