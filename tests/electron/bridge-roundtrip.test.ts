/**
 * The preload and the main-process binding wired to each other through the fake IPC (with
 * structured cloning, as Electron does), the real sender check from security.ts and the real
 * dispatcher: what the renderer sees through window.sagedeck.
 */
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SageDeckBridge } from '../../shared/bridge';
import { createDispatcherHarness, type DispatcherHarness } from './support/fake-dispatcher';
import { FakeBrowserWindow, contextBridge, ipcEvent, ipcMain, ipcRenderer } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

await import('../../electron/preload/index');
const { bindIpc } = await import('../../electron/main/ipc');
const { isTrustedSender } = await import('../../electron/main/security');
const bridge = contextBridge.exposed.get('sagedeck') as SageDeckBridge;

let harness: DispatcherHarness;
let window: FakeBrowserWindow;
let unbind: (() => void) | undefined;

beforeEach(() => {
  unbind?.();
  harness = createDispatcherHarness();
  window = new FakeBrowserWindow({});
  const fromPage = () => ipcEvent(window.webContents);
  ipcRenderer.invoke.mockImplementation(async (channel: string, ...args: unknown[]) =>
    ipcMain.invoke(channel, fromPage(), ...args.map((arg) => structuredClone(arg))),
  );
  ipcRenderer.send.mockImplementation((channel: string, ...args: unknown[]) => {
    ipcMain.emit(channel, fromPage(), ...args.map((arg) => structuredClone(arg)));
  });
  window.webContents.relay = (channel, payload) => ipcRenderer.deliver(channel, payload);
  unbind = bindIpc({
    dispatcher: harness.dispatcher,
    isTrustedSender: (event) => isTrustedSender(event, window as unknown as BrowserWindow, {}),
  });
});

describe('window.sagedeck against the Electron host', () => {
  it('answers contract requests with the dispatcher’s result', async () => {
    await expect(bridge.request('session.select', { profile: 'dev', region: 'eu-west-1' })).resolves.toEqual({
      ok: true,
      result: { profile: 'dev', region: 'eu-west-1' },
    });
  });

  it('brings field-level validation errors back to the page', async () => {
    const envelope = await bridge.request('journal.list', { limit: 'lots' });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput', fields: { limit: expect.any(String) } },
    });
  });

  it('answers input that cannot cross IPC with an envelope, not a rejection', async () => {
    const envelope = await bridge.request('journal.list', { limit: 1, callback: () => {} });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'Disconnected' } });
    expect(harness.request).not.toHaveBeenCalled();
  });

  it('streams events to the page and stops the host side on cancel', () => {
    const events: unknown[] = [];
    const cancel = bridge.subscribe('journal.watch', {}, (event) => events.push(event), vi.fn());
    const [stream] = harness.streams;
    stream?.emit({ channel: 'settings.update', outcome: 'success' });
    expect(events).toEqual([{ channel: 'settings.update', outcome: 'success' }]);
    cancel();
    expect(stream?.stopped).toBe(true);
  });

  it('stops the host side when the window goes away', () => {
    bridge.subscribe('session.watch', {}, vi.fn(), vi.fn());
    window.close();
    expect(harness.streams[0]?.stopped).toBe(true);
  });

  it('refuses a page that navigated away from app://sagedeck', async () => {
    window.webContents.mainFrame.url = 'https://evil.example/';
    await expect(bridge.request('settings.get', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'Forbidden' },
    });
    const onEnd = vi.fn();
    bridge.subscribe('journal.watch', {}, vi.fn(), onEnd);
    expect(harness.subscribe).not.toHaveBeenCalled();
    expect(onEnd).not.toHaveBeenCalled();
  });
});
