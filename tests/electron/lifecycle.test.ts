import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core, CoreOptions } from '../../electron/core';
import { REQUEST_CHANNELS } from '../../shared/contract/channels';
import { createDispatcherHarness } from './support/fake-dispatcher';
import {
  FakeBrowserWindow,
  Menu,
  app,
  defaultSession,
  dialog,
  ipcEvent,
  ipcMain,
  protocol,
  resetFakeElectron,
  shell,
} from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

const { runApp } = await import('../../electron/main/lifecycle');

const paths = { preload: '/app/out/preload/index.cjs', rendererDir: '/app/out/renderer' };

function fakeCore() {
  const harness = createDispatcherHarness();
  const closeAll = vi.fn(harness.dispatcher.closeAll);
  let finishClose: () => void = () => {};
  const core: Core = {
    dispatcher: { ...harness.dispatcher, closeAll },
    close: vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve))),
  };
  const createCore = vi.fn(async (_options: CoreOptions) => core);
  return { core, closeAll, createCore, finishClose: () => finishClose() };
}

async function started(options: { env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform } = {}) {
  const fake = fakeCore();
  const running = runApp({
    paths,
    createCore: fake.createCore,
    env: options.env ?? {},
    platform: options.platform ?? 'linux',
  });
  app.becomeReady();
  await running.ready;
  return { ...fake, running };
}

beforeEach(() => resetFakeElectron());

describe('startup', () => {
  it('hardens before ready, then creates the core in userData and one window on app://', async () => {
    const fake = fakeCore();
    const running = runApp({ paths, createCore: fake.createCore, env: {}, platform: 'linux' });
    // Before ready: privileged scheme and sandbox registered, nothing else yet.
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.createCore).not.toHaveBeenCalled();

    app.becomeReady();
    await running.ready;
    expect(fake.createCore).toHaveBeenCalledWith({ dataDir: '/fake/userData', host: 'electron', env: {}, openInBrowser: expect.any(Function) });
    // The SSO verification page goes to the system browser through shell.openExternal.
    const options = fake.createCore.mock.calls[0]?.[0] as CoreOptions;
    await expect(options.openInBrowser?.('https://device.sso.us-east-1.amazonaws.com/')).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://device.sso.us-east-1.amazonaws.com/');
    expect(protocol.handlers.has('app')).toBe(true);
    expect(defaultSession.headersListener).toBeDefined();
    expect(defaultSession.permissionRequestHandler).toBeDefined();
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    // The menu is given the core, so Help offers the diagnostics export the palette offers.
    const template = JSON.stringify(Menu.buildFromTemplate.mock.calls.at(-1)?.[0]);
    expect(template).toContain('Export diagnostics');
    const [window] = FakeBrowserWindow.instances;
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window?.options.webPreferences).toMatchObject({
      preload: paths.preload,
      sandbox: true,
      contextIsolation: true,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://sagedeck/index.html');
    expect(running.mainWindow()).toBe(window);
  });

  it('binds IPC to the window it created, and only to it', async () => {
    const { running } = await started();
    const window = running.mainWindow() as unknown as FakeBrowserWindow;
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...REQUEST_CHANNELS].sort());
    await expect(ipcMain.invoke('app.info', ipcEvent(window.webContents), {})).resolves.toMatchObject({ ok: true });
    const stranger = new FakeBrowserWindow({});
    await expect(ipcMain.invoke('app.info', ipcEvent(stranger.webContents), {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'Forbidden' },
    });
  });

  it('quits at once when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    const fake = fakeCore();
    const running = runApp({ paths, createCore: fake.createCore, env: {}, platform: 'linux' });
    app.becomeReady();
    await running.ready;
    expect(app.quit).toHaveBeenCalled();
    expect(fake.createCore).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { running } = await started();
    app.emit('second-instance');
    expect((running.mainWindow() as unknown as FakeBrowserWindow).focus).toHaveBeenCalled();
  });

  it('says why and quits when the core cannot start', async () => {
    const createCore = vi.fn(async () => {
      throw new Error('settings.json is not valid JSON');
    });
    const running = runApp({ paths, createCore, env: {}, platform: 'linux' });
    app.becomeReady();
    await running.ready;
    expect(dialog.showErrorBox).toHaveBeenCalledWith('SageDeck could not start', 'settings.json is not valid JSON');
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('loads the dev server in an unpackaged app started by electron-vite dev', async () => {
    app.isPackaged = false;
    const { running } = await started({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' } });
    expect((running.mainWindow() as unknown as FakeBrowserWindow).loadURL).toHaveBeenCalledWith(
      'http://localhost:5173/',
    );
  });
});

describe('shutdown', () => {
  it('quits when the last window closes, except on macOS', async () => {
    await started({ platform: 'linux' });
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);

    resetFakeElectron();
    await started({ platform: 'darwin' });
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('reopens the window from the dock on macOS, bound to the same core', async () => {
    const { running, createCore } = await started({ platform: 'darwin' });
    const first = running.mainWindow() as unknown as FakeBrowserWindow;
    first.close();
    app.emit('window-all-closed');
    expect(running.mainWindow()).toBeUndefined();
    app.emit('activate');
    const second = running.mainWindow() as unknown as FakeBrowserWindow;
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(createCore).toHaveBeenCalledTimes(1);
    // The sender check follows the window that exists now.
    await expect(ipcMain.invoke('app.info', ipcEvent(second.webContents), {})).resolves.toMatchObject({ ok: true });
    await expect(ipcMain.invoke('app.info', ipcEvent(first.webContents), {})).resolves.toMatchObject({ ok: false });
  });

  it('holds the quit until every stream is stopped and the core has closed', async () => {
    const fake = await started();
    expect(app.attemptQuit()).toBe(true);
    expect(fake.closeAll).toHaveBeenCalledTimes(1);
    expect(fake.core.close).toHaveBeenCalledTimes(1);
    expect(ipcMain.handlers.size).toBe(0);
    expect(app.quit).not.toHaveBeenCalled();

    // A second quit request while closing does not close twice.
    expect(app.attemptQuit()).toBe(true);
    expect(fake.core.close).toHaveBeenCalledTimes(1);

    fake.finishClose();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    // The quit that follows goes through.
    expect(app.attemptQuit()).toBe(false);
  });
});
