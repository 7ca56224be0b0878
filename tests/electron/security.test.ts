import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, WebContents } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FakeBrowserWindow,
  FakeWebContents,
  FakeWebFrame,
  app,
  defaultSession,
  ipcEvent,
  protocol,
  resetFakeElectron,
  shell,
} from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

const security = await import('../../electron/main/security');
const {
  CONTENT_SECURITY_POLICY,
  applyPreReadySecurity,
  createSecureWindow,
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  isTrustedSender,
  registerAppProtocol,
  rendererEntryUrl,
  serveAppRequest,
} = security;

const DEV_ENV = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };

function hardened(env: NodeJS.ProcessEnv = {}): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents, env);
  return contents;
}

beforeEach(() => resetFakeElectron());

describe('the main window', () => {
  it('is sandboxed, context-isolated, without Node and with web security on', () => {
    createSecureWindow({ preload: '/app/out/preload/index.cjs' }, {});
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('offers devtools only in an unpackaged app started with SAGEDECK_DEV', () => {
    const devToolsFor = (packaged: boolean, env: NodeJS.ProcessEnv) => {
      app.isPackaged = packaged;
      FakeBrowserWindow.instances = [];
      createSecureWindow({ preload: '/p.cjs' }, env);
      return FakeBrowserWindow.instances[0]?.options.webPreferences?.devTools;
    };
    expect(devToolsFor(false, { SAGEDECK_DEV: '1' })).toBe(true);
    expect(devToolsFor(false, {})).toBe(false);
    expect(devToolsFor(true, { SAGEDECK_DEV: '1' })).toBe(false);
  });

  it('loads app://sagedeck in production and the dev server only when unpackaged', () => {
    expect(rendererEntryUrl({})).toBe('app://sagedeck/index.html');
    expect(rendererEntryUrl(DEV_ENV)).toBe('app://sagedeck/index.html');
    app.isPackaged = false;
    expect(rendererEntryUrl(DEV_ENV)).toBe('http://localhost:5173/');
    // The environment cannot point the window at a remote page.
    expect(rendererEntryUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' })).toBe('app://sagedeck/index.html');
  });

  it('registers app:// as a privileged standard scheme and enables the global sandbox before ready', () => {
    applyPreReadySecurity();
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('navigation', () => {
  it('blocks navigation to a foreign URL and allows the app’s own pages', () => {
    const contents = hardened();
    expect(contents.attempt('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.attempt('will-navigate', 'app://other-host/index.html')).toBe(true);
    expect(contents.attempt('will-navigate', 'app://sagedeck/index.html#/endpoints')).toBe(false);
    expect(contents.attempt('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.attempt('will-redirect', 'app://sagedeck/index.html')).toBe(false);
    expect(contents.attempt('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    expect(contents.attempt('will-frame-navigate', 'app://sagedeck/frame.html', false)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('hands a clicked allow-listed link to the OS browser instead of navigating', () => {
    const contents = hardened();
    // Electron asks will-frame-navigate first; it must leave main-frame links to will-navigate.
    expect(contents.attempt('will-frame-navigate', 'https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html')).toBe(
      false,
    );
    expect(contents.attempt('will-navigate', 'https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html');
  });

  it('trusts the dev server origin only in an unpackaged app', () => {
    expect(hardened(DEV_ENV).attempt('will-navigate', 'http://localhost:5173/index.html')).toBe(true);
    app.isPackaged = false;
    expect(hardened(DEV_ENV).attempt('will-navigate', 'http://localhost:5173/index.html')).toBe(false);
    expect(hardened(DEV_ENV).attempt('will-navigate', 'http://localhost:9999/')).toBe(true);
  });

  it('is hardened for every webContents the app creates', () => {
    hardenAllWebContents({});
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.windowOpenHandler).toBeDefined();
  });
});

describe('new windows', () => {
  it('denies window.open and opens only allow-listed http(s) links externally', () => {
    const contents = hardened();
    const open = (url: string) => contents.windowOpenHandler?.({ url });

    for (const url of [
      'https://docs.aws.amazon.com/sagemaker/',
      'https://console.aws.amazon.com/sagemaker/home',
      'https://us-east-1.console.aws.amazon.com/cloudwatch/home',
      'https://d-1234567890.awsapps.com/start',
      'https://github.com/sagedeck/sagedeck/issues',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://docs.aws.amazon.com/sagemaker/',
      'https://console.aws.amazon.com/sagemaker/home',
      'https://us-east-1.console.aws.amazon.com/cloudwatch/home',
      'https://d-1234567890.awsapps.com/start',
      'https://github.com/sagedeck/sagedeck/issues',
    ]);
  });

  it('drops links to hosts off the allow-list, look-alike hosts and non-web schemes', () => {
    const contents = hardened();
    for (const url of [
      'https://evil.example/',
      'https://github.com.evil.example/',
      'https://notgithub.com/',
      'https://awsapps.com.evil.example/start',
      'https://user:pass@github.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://github.com/share',
      'app://sagedeck/index.html',
    ]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents <webview> from being attached', () => {
    const contents = hardened();
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('the session', () => {
  it('denies every permission request and check except notifications for SageDeck’s own pages', () => {
    hardenSession(defaultSession as never, {});
    for (const origin of ['app://sagedeck', 'https://evil.example', undefined]) {
      for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
        const granted = permission === 'notifications' && origin === 'app://sagedeck';
        const callback = vi.fn();
        defaultSession.permissionRequestHandler?.({}, permission, callback, { requestingUrl: origin && `${origin}/index.html` });
        expect(callback).toHaveBeenCalledWith(granted);
        expect(defaultSession.permissionCheckHandler?.({}, permission, origin)).toBe(granted);
      }
    }
    expect(defaultSession.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('puts the strict CSP on every response, replacing any the response had', () => {
    hardenSession(defaultSession as never, {});
    const callback = vi.fn();
    defaultSession.headersListener?.(
      {
        url: 'app://sagedeck/index.html',
        responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['kept'] },
      },
      callback,
    );
    const headers = callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-Other']).toEqual(['kept']);
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    );
  });

  it('adds only the Vite nonce and the HMR socket to the policy in development', () => {
    app.isPackaged = false;
    hardenSession(defaultSession as never, DEV_ENV);
    const callback = vi.fn();
    defaultSession.headersListener?.({ url: 'http://localhost:5173/', responseHeaders: {} }, callback);
    const [policy] =
      (callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>)['Content-Security-Policy'] ?? [];
    expect(policy).toContain("script-src 'self' 'nonce-SAGEDECK_DEV_NONCE';");
    expect(policy).toContain("connect-src 'self' ws://localhost:* ws://127.0.0.1:*;");
    expect(policy).not.toContain('unsafe');
    expect(policy).toContain("default-src 'none'");
  });
});

describe('the app:// protocol', () => {
  let root: string;
  let rendererDir: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'sagedeck-app-protocol-'));
    rendererDir = join(root, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>SageDeck</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
    writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}');
    writeFileSync(join(root, 'secret.txt'), 'AWS_SECRET_ACCESS_KEY=do-not-serve');
    symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const get = (url: string, init?: RequestInit) => serveAppRequest(new Request(url, init), rendererDir);

  it('serves index.html for the root with the CSP and its content type', async () => {
    const response = await get('app://sagedeck/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>SageDeck</title>');
  });

  it('gives scripts and styles their content types', async () => {
    expect((await get('app://sagedeck/assets/app.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('app://sagedeck/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('refuses path traversal, encoded or not, and never serves a file outside the bundle', async () => {
    for (const url of [
      'app://sagedeck/../secret.txt',
      'app://sagedeck/%2e%2e/secret.txt',
      'app://sagedeck/assets/..%2f..%2fsecret.txt',
      'app://sagedeck/assets/..%5c..%5csecret.txt',
      'app://sagedeck/assets/link.txt',
      'app://sagedeck/index.html%00.js',
    ]) {
      const response = await get(url);
      expect([403, 404]).toContain(response.status);
      expect(await response.text()).not.toContain('do-not-serve');
    }
    expect((await get('app://sagedeck/assets/..%2f..%2fsecret.txt')).status).toBe(403);
  });

  it('answers 404 for unknown paths and other hosts, 405 for writes', async () => {
    expect((await get('app://sagedeck/nope.js')).status).toBe(404);
    expect((await get('app://sagedeck/assets')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://sagedeck/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('is what protocol.handle("app") serves', async () => {
    registerAppProtocol(rendererDir);
    const handler = protocol.handlers.get('app');
    const response = await handler?.(new Request('app://sagedeck/index.html'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('IPC sender check', () => {
  function windowShowing(url: string): FakeBrowserWindow {
    const window = new FakeBrowserWindow({});
    window.webContents.mainFrame.url = url;
    return window;
  }
  const trusted = (event: unknown, window: FakeBrowserWindow | undefined, env: NodeJS.ProcessEnv = {}) =>
    isTrustedSender(event as never, window as unknown as BrowserWindow | undefined, env);

  it('trusts the main frame of our window showing app://sagedeck', () => {
    const window = windowShowing('app://sagedeck/index.html#/jobs');
    expect(trusted(ipcEvent(window.webContents), window)).toBe(true);
  });

  it('rejects subframes, other windows, foreign origins, missing frames and closed windows', () => {
    const window = windowShowing('app://sagedeck/index.html');
    const subframe = new FakeWebFrame('app://sagedeck/frame.html', window.webContents.mainFrame);
    expect(trusted(ipcEvent(window.webContents, subframe), window)).toBe(false);

    const other = windowShowing('app://sagedeck/index.html');
    expect(trusted(ipcEvent(other.webContents), window)).toBe(false);

    const navigatedAway = windowShowing('https://evil.example/');
    expect(trusted(ipcEvent(navigatedAway.webContents), navigatedAway)).toBe(false);

    expect(trusted(ipcEvent(window.webContents, null), window)).toBe(false);
    expect(trusted(ipcEvent(window.webContents), undefined)).toBe(false);
    window.close();
    expect(trusted(ipcEvent(window.webContents), window)).toBe(false);
  });

  it('trusts the dev server origin only when unpackaged', () => {
    const window = windowShowing('http://localhost:5173/');
    expect(trusted(ipcEvent(window.webContents), window, DEV_ENV)).toBe(false);
    app.isPackaged = false;
    expect(trusted(ipcEvent(window.webContents), window, DEV_ENV)).toBe(true);
  });
});
