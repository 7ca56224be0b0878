/**
 * Every piece of Electron hardening lives in this one file, so a reviewer (and electronegativity,
 * which matches literal patterns) can see the whole policy in one place. docs/security.md maps
 * each item here to the threat it answers.
 */
import { app, BrowserWindow, protocol, session, shell } from 'electron';
import type { HandlerDetails, Session, WebContents, WebFrameMain, WindowOpenHandlerResponse } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { contentTypeFor } from '../core/static/content-types';

export const APP_SCHEME = 'app';
export const APP_HOST = 'sagedeck';
export const APP_ENTRY_URL = 'app://sagedeck/index.html';

/** electron.vite.config.ts stamps this nonce on the dev server's injected scripts and styles. */
export const DEV_NONCE = 'SAGEDECK_DEV_NONCE';

/** The production policy: no inline script or style, nothing loaded from anywhere but the app. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

/**
 * Hosts whose http(s) links the renderer may hand to the OS browser (AWS docs and console deep
 * links, IAM Identity Center portals for SSO sign-in, the project's issues). Anything else is dropped.
 */
const EXTERNAL_EXACT_HOSTS: ReadonlySet<string> = new Set([
  'docs.aws.amazon.com',
  'console.aws.amazon.com',
  'github.com',
]);
/** Regional console hosts (us-east-1.console.aws.amazon.com) and SSO portals (d-123.awsapps.com). */
const EXTERNAL_HOST_SUFFIXES: readonly string[] = ['.console.aws.amazon.com', '.awsapps.com'];

const DENY: WindowOpenHandlerResponse = { action: 'deny' };

// ---------------------------------------------------------------------------------------------
// Environment: development is only ever a property of an unpackaged app.

function isDevelopment(): boolean {
  return !app.isPackaged;
}

/** DevTools exist only in an unpackaged app started with SAGEDECK_DEV set. */
export function isDevToolsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return isDevelopment() && Boolean(env.SAGEDECK_DEV);
}

/**
 * The electron-vite dev server, when `electron-vite dev` set ELECTRON_RENDERER_URL. A packaged app
 * ignores the variable, and only a loopback http server is accepted, so the environment cannot
 * point the window at a remote page.
 */
export function devServerUrl(env: NodeJS.ProcessEnv = process.env): URL | undefined {
  const raw = env.ELECTRON_RENDERER_URL;
  if (!isDevelopment() || !raw) return undefined;
  const url = parseUrl(raw);
  if (!url || url.protocol !== 'http:') return undefined;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return undefined;
  return url;
}

/** What the window loads: the dev server in development, the app:// bundle otherwise. */
export function rendererEntryUrl(env: NodeJS.ProcessEnv = process.env): string {
  return devServerUrl(env)?.href ?? APP_ENTRY_URL;
}

// ---------------------------------------------------------------------------------------------
// Origins

function parseUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

/**
 * True for our own pages: app://sagedeck/... or, in development, the dev server's origin. Node's
 * URL gives custom schemes an opaque origin, so app:// is compared by scheme and host.
 */
export function isAppUrl(raw: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST && url.username === '' && url.password === '';
  const dev = devServerUrl(env);
  return dev !== undefined && url.origin === dev.origin;
}

/** Only allow-listed http(s) hosts are ever handed to the OS browser. */
export function isAllowedExternalUrl(raw: string): boolean {
  const url = parseUrl(raw);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return false;
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname.toLowerCase();
  return EXTERNAL_EXACT_HOSTS.has(host) || EXTERNAL_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

/** The one place SageDeck hands a URL to the OS browser; every caller has vetted it first. */
function launchBrowser(href: string): Promise<boolean> {
  return shell.openExternal(href).then(
    () => true,
    (error: unknown) => {
      console.warn(`[sagedeck] could not open ${href}:`, error);
      return false;
    },
  );
}

function openExternallyIfAllowed(raw: string): void {
  if (!isAllowedExternalUrl(raw)) return;
  void launchBrowser(new URL(raw).href);
}

/**
 * For the core's SSO sign-in: it opens only the verification URL the profile's own OIDC service
 * returned, on that profile's sign-in host (electron/core/sso/verification-guard.ts). Still only
 * http(s) and never a URL carrying credentials.
 */
export function openVettedSignInUrl(raw: string): Promise<boolean> {
  const url = parseUrl(raw);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return Promise.resolve(false);
  if (url.username !== '' || url.password !== '') return Promise.resolve(false);
  return launchBrowser(url.href);
}

// ---------------------------------------------------------------------------------------------
// Before ready

/** Must run before `app` is ready: privileged schemes and the global sandbox are fixed at startup. */
export function applyPreReadySecurity(): void {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

// ---------------------------------------------------------------------------------------------
// The window

export interface WindowPaths {
  /** Absolute path of out/preload/index.cjs. */
  preload: string;
}

export function createSecureWindow(paths: WindowPaths, env: NodeJS.ProcessEnv = process.env): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'SageDeck',
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise open links as new windows (denied anyway, but never attempted).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools: isDevToolsAllowed(env),
    },
  });
  window.once('ready-to-show', () => window.show());
  return window;
}

// ---------------------------------------------------------------------------------------------
// Session: response headers and permissions

function withoutCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') kept[name] = value;
  }
  return kept;
}

export function hardenSession(ses: Session = session.defaultSession, env: NodeJS.ProcessEnv = process.env): void {
  const development = devServerUrl(env) !== undefined;
  // The policies are written out literally (not via CONTENT_SECURITY_POLICY) so electronegativity
  // can parse and grade them; a unit test keeps the production one equal to the constant.
  ses.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders = withoutCsp(details.responseHeaders);
    if (development) {
      // Vite's dev server injects nonce-stamped scripts and styles and talks HMR over a socket.
      callback({
        responseHeaders: {
          ...responseHeaders,
          'Content-Security-Policy': [
            "default-src 'none'; script-src 'self' 'nonce-SAGEDECK_DEV_NONCE'; style-src 'self' 'nonce-SAGEDECK_DEV_NONCE'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws://localhost:* ws://127.0.0.1:*; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
          ],
        },
      });
      return;
    }
    callback({
      responseHeaders: {
        ...responseHeaders,
        'Content-Security-Policy': [
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
        ],
      },
    });
  });
  // Desktop notifications (a job finished) are the one grant, and only to SageDeck's own pages;
  // no camera, geolocation, clipboard read or anything else, for anyone.
  const allowed = (permission: string, url: string | undefined) => permission === 'notifications' && url !== undefined && isAppUrl(url, env);
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowed(permission, details?.requestingUrl)));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
}

// ---------------------------------------------------------------------------------------------
// Every webContents: navigation, new windows, webviews

export function hardenWebContents(contents: WebContents, env: NodeJS.ProcessEnv = process.env): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, env)) return;
    event.preventDefault();
    openExternallyIfAllowed(event.url);
  });
  // Subframes only: for the main frame this event comes first, and preventing it here would stop
  // will-navigate from handing an allow-listed link to the OS browser.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url, env)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, env)) event.preventDefault();
  });
  contents.setWindowOpenHandler((details: HandlerDetails) => {
    openExternallyIfAllowed(details.url);
    return DENY;
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** Applies hardenWebContents to every webContents the app ever creates, including devtools. */
export function hardenAllWebContents(env: NodeJS.ProcessEnv = process.env): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, env));
}

// ---------------------------------------------------------------------------------------------
// app:// protocol: the built renderer, and nothing else

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function isInside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Maps an app:// request to a file under rendererDir, refusing anything that could escape it. */
export async function serveAppRequest(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
  const url = parseUrl(request.url);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plainResponse(404, 'Not found');

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return plainResponse(400, 'Bad request');
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const segments = pathname.split('/');
  if (pathname.includes('\0') || pathname.includes('\\') || segments.some((part) => part === '..')) {
    return plainResponse(403, 'Forbidden');
  }

  const root = resolve(rendererDir);
  const target = resolve(root, `.${pathname}`);
  if (!isInside(root, target)) return plainResponse(403, 'Forbidden');

  try {
    // Resolve symlinks too: a link inside the bundle must not lead outside it.
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    if (!isInside(realRoot, realTarget) || !(await stat(realTarget)).isFile()) return plainResponse(404, 'Not found');
    const body = request.method === 'HEAD' ? null : await readFile(realTarget);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(realTarget),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  } catch {
    return plainResponse(404, 'Not found');
  }
}

export function registerAppProtocol(rendererDir: string): void {
  protocol.handle('app', (request) => serveAppRequest(request, rendererDir));
}

// ---------------------------------------------------------------------------------------------
// IPC senders

/** The parts of an IPC event the sender check reads (IpcMainEvent and IpcMainInvokeEvent both fit). */
export interface IpcSenderEvent {
  sender: WebContents;
  senderFrame: WebFrameMain | null;
}

/**
 * An IPC message is trusted only from the main frame of our own window while it shows our own
 * page: not from a subframe, another window, a devtools page or a page navigated elsewhere.
 */
export function isTrustedSender(
  event: IpcSenderEvent,
  window: BrowserWindow | null | undefined,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  try {
    if (!window || window.isDestroyed()) return false;
    if (event.sender !== window.webContents) return false;
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isAppUrl(frame.url, env);
  } catch {
    // A frame destroyed mid-check throws on property access: treat it as foreign.
    return false;
  }
}
