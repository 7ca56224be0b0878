import { app, BrowserWindow, dialog } from 'electron';
import type { Core, CoreOptions } from '../core';
import { bindIpc } from './ipc';
import { installAppMenu } from './menu';
import {
  applyPreReadySecurity,
  createSecureWindow,
  hardenAllWebContents,
  hardenSession,
  isDevToolsAllowed,
  isTrustedSender,
  openVettedSignInUrl,
  registerAppProtocol,
  rendererEntryUrl,
} from './security';

export interface AppPaths {
  /** out/preload/index.cjs */
  preload: string;
  /** out/renderer, served as app://sagedeck/ */
  rendererDir: string;
}

export interface LifecycleDeps {
  paths: AppPaths;
  createCore: (options: CoreOptions) => Promise<Core>;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** What runApp hands back, so tests can drive the same instance the app uses. */
export interface RunningApp {
  /** Settles once the window exists (or startup failed and the app is quitting). */
  ready: Promise<void>;
  mainWindow(): BrowserWindow | undefined;
}

/**
 * The whole main-process lifecycle: one instance, hardening before anything loads, the core
 * created in the user-data dir, one window, and an orderly shutdown that stops every stream and
 * the core before the process exits.
 */
export function runApp(deps: LifecycleDeps): RunningApp {
  const env = deps.env ?? process.env;
  const platform = deps.platform ?? process.platform;
  let window: BrowserWindow | undefined;
  let core: Core | undefined;
  let unbindIpc: (() => void) | undefined;
  let closing = false;
  let closed = false;

  applyPreReadySecurity();

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { ready: Promise.resolve(), mainWindow: () => undefined };
  }

  const openWindow = (): BrowserWindow => {
    const created = createSecureWindow({ preload: deps.paths.preload }, env);
    created.on('closed', () => {
      if (window === created) window = undefined;
    });
    window = created;
    void created.loadURL(rendererEntryUrl(env));
    return created;
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('window-all-closed', () => {
    // macOS apps stay alive in the dock until the user quits them.
    if (platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && core && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  app.on('before-quit', (event) => {
    if (closed || !core) return;
    // Hold the quit until the core has stopped its streams, watchers and sandbox.
    event.preventDefault();
    if (closing) return;
    closing = true;
    const running = core;
    unbindIpc?.();
    running.dispatcher.closeAll();
    running
      .close()
      .catch((error: unknown) => console.error('[sagedeck] core did not close cleanly:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  const ready = app.whenReady().then(async () => {
    hardenAllWebContents(env);
    hardenSession(undefined, env);
    registerAppProtocol(deps.paths.rendererDir);
    try {
      core = await deps.createCore({
        dataDir: app.getPath('userData'),
        host: 'electron',
        env,
        // Core hands over only the SSO verification URL it allow-listed for the profile.
        openInBrowser: openVettedSignInUrl,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox('SageDeck could not start', message);
      app.quit();
      return;
    }
    unbindIpc = bindIpc({
      dispatcher: core.dispatcher,
      isTrustedSender: (event) => isTrustedSender(event, window, env),
    });
    installAppMenu({ platform, development: isDevToolsAllowed(env), mainContents: () => window?.webContents, dispatcher: core.dispatcher });
    openWindow();
  });

  return { ready, mainWindow: () => window };
}
