import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  IPC_STREAM_CLOSE,
  IPC_STREAM_END,
  IPC_STREAM_EVENT,
  IPC_STREAM_OPEN,
  type Envelope,
} from '../../shared/bridge';
import { REQUEST_CHANNELS } from '../../shared/contract/channels';
import { createDispatcherHarness, type DispatcherHarness } from './support/fake-dispatcher';
import { FakeWebContents, FakeWebFrame, ipcEvent, ipcMain, resetFakeElectron } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

const { bindIpc, MAX_STREAMS_PER_PAGE } = await import('../../electron/main/ipc');

let harness: DispatcherHarness;
let trustedContents: FakeWebContents;
let unbind: () => void;

/** Trusted means: our window's webContents, from its main frame (security.ts has the real check). */
function isTrusted(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
  const { sender, senderFrame } = event as unknown as { sender: FakeWebContents; senderFrame: FakeWebFrame | null };
  return sender === trustedContents && senderFrame === trustedContents.mainFrame;
}

beforeEach(() => {
  resetFakeElectron();
  harness = createDispatcherHarness();
  trustedContents = new FakeWebContents();
  unbind = bindIpc({ dispatcher: harness.dispatcher, isTrustedSender: isTrusted });
});

const invoke = (channel: string, event: unknown, input: unknown, meta?: unknown) =>
  ipcMain.invoke(channel, event, input, meta) as Promise<Envelope>;
const openStream = (contents: FakeWebContents, payload: unknown, frame?: FakeWebFrame | null) =>
  ipcMain.emit(IPC_STREAM_OPEN, ipcEvent(contents, frame), payload);

describe('requests', () => {
  it('binds exactly the contract request channels and nothing generic', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it('answers a trusted request through the dispatcher', async () => {
    const envelope = await invoke('journal.list', ipcEvent(trustedContents), { limit: 5 });
    expect(envelope).toEqual({ ok: true, result: { limit: 5 } });
  });

  it('gives a foreign sender Forbidden without calling the dispatcher', async () => {
    const otherWindow = new FakeWebContents('app://sagedeck/index.html');
    const subframe = new FakeWebFrame('https://evil.example/', trustedContents.mainFrame);
    for (const event of [ipcEvent(otherWindow), ipcEvent(trustedContents, subframe), ipcEvent(trustedContents, null)]) {
      const envelope = await invoke('settings.reset', event, {}, { confirmed: true });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'Forbidden' } });
    }
    expect(harness.request).not.toHaveBeenCalled();
  });

  it('passes invalid input to the dispatcher, which answers InvalidInput with the field at fault', async () => {
    const envelope = await invoke('journal.list', ipcEvent(trustedContents), { limit: 0 });
    expect(harness.request).toHaveBeenCalledWith('journal.list', { limit: 0 }, undefined);
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput', fields: { limit: expect.any(String) } },
    });

    const unknownKey = await invoke('settings.get', ipcEvent(trustedContents), { path: '/etc/passwd' });
    expect(unknownKey).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
  });

  it('rejects request options that are not an object before the dispatcher sees them', async () => {
    for (const meta of ['yes', 1, null, [true]]) {
      const envelope = await invoke('settings.reset', ipcEvent(trustedContents), {}, meta);
      expect(envelope).toMatchObject({
        ok: false,
        error: { code: 'InvalidInput', fields: { meta: expect.any(String) } },
      });
    }
    expect(harness.request).not.toHaveBeenCalled();
  });

  it('does not take a truthy non-boolean as a confirmation, and drops unknown options', async () => {
    const truthy = await invoke('settings.reset', ipcEvent(trustedContents), {}, { confirmed: 'yes' });
    expect(truthy).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput', fields: { 'meta.confirmed': expect.any(String) } },
    });
    const typed = await invoke(
      'settings.reset',
      ipcEvent(trustedContents),
      {},
      { confirmed: true, typedConfirmation: 42 },
    );
    expect(typed).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput', fields: { 'meta.typedConfirmation': expect.any(String) } },
    });
    expect(harness.request).not.toHaveBeenCalled();

    await invoke('settings.get', ipcEvent(trustedContents), {}, { confirmed: false, extra: 1 });
    expect(harness.request).toHaveBeenCalledWith('settings.get', {}, { confirmed: false });
  });

  it('passes confirmation options through to the mutation gate', async () => {
    const unconfirmed = await invoke('settings.reset', ipcEvent(trustedContents), {});
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired' } });
    const confirmed = await invoke('settings.reset', ipcEvent(trustedContents), {}, { confirmed: true });
    expect(confirmed).toMatchObject({ ok: true });
  });
});

describe('streams', () => {
  it('delivers events and the end of a stream to the page that opened it', () => {
    openStream(trustedContents, { id: 7, channel: 'journal.watch', input: {} });
    const [stream] = harness.streams;
    stream?.emit({ id: 'entry-1' });
    stream?.end();
    expect(trustedContents.sentOn(IPC_STREAM_EVENT)).toEqual([{ id: 7, event: { id: 'entry-1' } }]);
    expect(trustedContents.sentOn(IPC_STREAM_END)).toEqual([{ id: 7 }]);
    // Ended by itself: nothing left listening on the page.
    expect(trustedContents.listenerCount('destroyed')).toBe(0);
  });

  it('stops the stream when the page closes it', () => {
    openStream(trustedContents, { id: 1, channel: 'session.watch', input: {} });
    ipcMain.emit(IPC_STREAM_CLOSE, ipcEvent(trustedContents), { id: 1 });
    expect(harness.streams[0]?.stopped).toBe(true);
    harness.streams[0]?.emit({ late: true });
    expect(trustedContents.sentOn(IPC_STREAM_EVENT)).toEqual([]);
  });

  it('cancels every stream of a webContents when it is destroyed, and forgets it', () => {
    openStream(trustedContents, { id: 1, channel: 'session.watch', input: {} });
    openStream(trustedContents, { id: 2, channel: 'journal.watch', input: {} });
    expect(trustedContents.listenerCount('destroyed')).toBe(1);
    trustedContents.destroy();
    expect(harness.streams.map((stream) => stream.stopped)).toEqual([true, true]);
    expect(trustedContents.listenerCount('destroyed')).toBe(0);
    expect(trustedContents.listenerCount('did-start-navigation')).toBe(0);
  });

  it('cancels streams when the page navigates to a new document but not on in-page navigation', () => {
    openStream(trustedContents, { id: 1, channel: 'session.watch', input: {} });
    trustedContents.startNavigation('app://sagedeck/index.html#/logs', { isSameDocument: true });
    trustedContents.startNavigation('app://sagedeck/frame.html', { isMainFrame: false });
    expect(harness.streams[0]?.stopped).toBe(false);
    trustedContents.startNavigation('app://sagedeck/index.html');
    expect(harness.streams[0]?.stopped).toBe(true);
  });

  it('gives an untrusted sender nothing', () => {
    const stranger = new FakeWebContents('https://evil.example/');
    openStream(stranger, { id: 1, channel: 'journal.watch', input: {} });
    openStream(
      trustedContents,
      { id: 2, channel: 'journal.watch', input: {} },
      new FakeWebFrame('app://sagedeck/x', trustedContents.mainFrame),
    );
    expect(harness.subscribe).not.toHaveBeenCalled();
    expect(stranger.sent).toEqual([]);
    expect(trustedContents.sent).toEqual([]);
  });

  it('does not let an untrusted sender close a trusted page’s stream', () => {
    openStream(trustedContents, { id: 1, channel: 'journal.watch', input: {} });
    ipcMain.emit(IPC_STREAM_CLOSE, ipcEvent(new FakeWebContents()), { id: 1 });
    expect(harness.streams[0]?.stopped).toBe(false);
  });

  it('ends unknown stream channels and malformed stream input at once', () => {
    openStream(trustedContents, { id: 3, channel: 'fs.watch', input: {} });
    openStream(trustedContents, { id: 4, channel: 'journal.watch', input: { extra: 1 } });
    expect(trustedContents.sentOn(IPC_STREAM_END)).toMatchObject([
      { id: 3, error: { code: 'UnknownChannel' } },
      { id: 4, error: { code: 'InvalidInput' } },
    ]);
    expect(trustedContents.listenerCount('destroyed')).toBe(0);
  });

  it('ignores malformed open messages and refuses to reuse a live stream id', () => {
    for (const payload of [
      null,
      'journal.watch',
      { id: 'x', channel: 'journal.watch' },
      { id: 1 },
      { id: -1, channel: 'journal.watch' },
    ]) {
      openStream(trustedContents, payload);
    }
    expect(harness.subscribe).not.toHaveBeenCalled();
    openStream(trustedContents, { id: 5, channel: 'journal.watch', input: {} });
    openStream(trustedContents, { id: 5, channel: 'session.watch', input: {} });
    expect(harness.subscribe).toHaveBeenCalledTimes(1);
    expect(trustedContents.sentOn(IPC_STREAM_END)).toMatchObject([{ id: 5, error: { code: 'InvalidInput' } }]);
  });

  it('caps the streams one page can hold open', () => {
    for (let id = 0; id < MAX_STREAMS_PER_PAGE; id += 1)
      openStream(trustedContents, { id, channel: 'journal.watch', input: {} });
    expect(trustedContents.sentOn(IPC_STREAM_END)).toEqual([]);
    openStream(trustedContents, { id: MAX_STREAMS_PER_PAGE, channel: 'journal.watch', input: {} });
    expect(trustedContents.sentOn(IPC_STREAM_END)).toMatchObject([
      { id: MAX_STREAMS_PER_PAGE, error: { code: 'InvalidInput' } },
    ]);
    expect(harness.subscribe).toHaveBeenCalledTimes(MAX_STREAMS_PER_PAGE);
    // Closing one makes room again.
    ipcMain.emit(IPC_STREAM_CLOSE, ipcEvent(trustedContents), { id: 0 });
    openStream(trustedContents, { id: MAX_STREAMS_PER_PAGE + 1, channel: 'journal.watch', input: {} });
    expect(harness.subscribe).toHaveBeenCalledTimes(MAX_STREAMS_PER_PAGE + 1);
  });

  it('unbinding removes every handler and stops every stream', () => {
    openStream(trustedContents, { id: 1, channel: 'journal.watch', input: {} });
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.listenerCount(IPC_STREAM_OPEN)).toBe(0);
    expect(harness.streams[0]?.stopped).toBe(true);
  });
});
