/**
 * A small stand-in for the `electron` module (the binary cannot be installed here). It keeps
 * just enough behaviour for the host glue to run: event emitters where Electron has them, and
 * captured handlers so tests can call them the way Electron would. Objects are created once and
 * reset between tests, because modules under test hold on to what they imported.
 *
 * Use in a test file:
 *   vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeNavigationEvent {
  url: string;
  isMainFrame: boolean;
  isSameDocument: boolean;
  defaultPrevented: boolean;
  preventDefault(): void;
}

function navigationEvent(url: string, extra: Partial<FakeNavigationEvent> = {}): FakeNavigationEvent {
  const event: FakeNavigationEvent = {
    url,
    isMainFrame: true,
    isSameDocument: false,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  };
  return event;
}

export class FakeWebFrame {
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null,
  ) {}

  get origin(): string {
    const url = new URL(this.url);
    return url.origin === 'null' ? `${url.protocol}//${url.host}` : url.origin;
  }
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame: FakeWebFrame;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  readonly sendInputEvent = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  /** When set, messages sent to this page are also handed here (a wired-up preload, say). */
  relay: ((channel: string, payload: unknown) => void) | undefined;
  private destroyed = false;

  constructor(url = 'app://sagedeck/index.html') {
    super();
    this.mainFrame = new FakeWebFrame(url);
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, payload: unknown): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, payload });
    this.relay?.(channel, structuredClone(payload));
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }

  /** Emits a navigation event the way Electron does and says whether a listener prevented it. */
  attempt(
    eventName: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    url: string,
    isMainFrame = true,
  ): boolean {
    const event = navigationEvent(url, { isMainFrame });
    this.emit(eventName, event);
    return event.defaultPrevented;
  }

  startNavigation(url: string, options: { isMainFrame?: boolean; isSameDocument?: boolean } = {}): void {
    this.emit('did-start-navigation', navigationEvent(url, options));
  }

  /** Messages sent on one channel, in order. */
  sentOn(channel: string): unknown[] {
    return this.sent.filter((message) => message.channel === channel).map((message) => message.payload);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }

  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  private destroyed = false;

  constructor(public readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return false;
  }

  close(): void {
    this.destroyed = true;
    this.emit('closed');
    this.webContents.destroy();
  }
}

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details?: { requestingUrl?: string | undefined },
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, requestingOrigin?: string) => boolean;

class FakeSession {
  headersListener: HeadersListener | undefined;
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: PermissionCheckHandler | undefined;
  devicePermissionHandler: ((details: unknown) => boolean) | undefined;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }

  setDevicePermissionHandler(handler: (details: unknown) => boolean): void {
    this.devicePermissionHandler = handler;
  }

  reset(): void {
    this.headersListener = undefined;
    this.permissionRequestHandler = undefined;
    this.permissionCheckHandler = undefined;
    this.devicePermissionHandler = undefined;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = true;
  private readyResolve: (() => void) | undefined;
  private readyPromise = this.freshReady();
  private ready = false;
  readonly quit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly getPath = vi.fn((name: string) => `/fake/${name}`);

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.ready;
  }

  /** Test helper: what Electron does once it has initialised. */
  becomeReady(): void {
    this.ready = true;
    this.readyResolve?.();
  }

  /** Test helper: emits before-quit and says whether a listener held the quit. */
  attemptQuit(): boolean {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('before-quit', event);
    return event.defaultPrevented;
  }

  reset(): void {
    this.removeAllListeners();
    this.isPackaged = true;
    this.ready = false;
    this.readyPromise = this.freshReady();
    this.quit.mockReset();
    this.enableSandbox.mockReset();
    this.requestSingleInstanceLock.mockReset().mockReturnValue(true);
    this.getPath.mockReset().mockImplementation((name: string) => `/fake/${name}`);
  }

  private freshReady(): Promise<void> {
    return new Promise((resolve) => {
      this.readyResolve = resolve;
    });
  }
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Test helper: what ipcRenderer.invoke(channel, ...args) from `event.sender` does. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }

  reset(): void {
    this.removeAllListeners();
    this.handlers.clear();
  }
}

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined);
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => {});

  /** Test helper: a message from main to this renderer. */
  deliver(channel: string, payload: unknown): void {
    this.emit(channel, {}, payload);
  }
}

export const app = new FakeApp();
export const defaultSession = new FakeSession();
export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();
export const shell = { openExternal: vi.fn(async (_url: string) => {}) };
export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
    protocol.handlers.set(scheme, handler);
  }),
};
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};
export const Menu = {
  setApplicationMenu: vi.fn(),
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
};
export const dialog = { showErrorBox: vi.fn() };

/** An IPC event as ipcMain hands it to a listener. */
export function ipcEvent(sender: FakeWebContents, frame: FakeWebFrame | null = sender.mainFrame): unknown {
  return { sender, senderFrame: frame, processId: 1, frameId: 1 };
}

export function resetFakeElectron(): void {
  app.reset();
  defaultSession.reset();
  ipcMain.reset();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoke.mockReset().mockResolvedValue(undefined);
  ipcRenderer.send.mockReset();
  shell.openExternal.mockReset().mockResolvedValue(undefined);
  protocol.registerSchemesAsPrivileged.mockReset();
  protocol.handle.mockClear();
  protocol.handlers.clear();
  contextBridge.exposeInMainWorld.mockClear();
  contextBridge.exposed.clear();
  Menu.setApplicationMenu.mockReset();
  Menu.buildFromTemplate.mockClear();
  dialog.showErrorBox.mockReset();
  FakeBrowserWindow.instances = [];
}

/** The module object handed to vi.mock('electron'). */
export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  session: { defaultSession },
  ipcMain,
  ipcRenderer,
  shell,
  protocol,
  contextBridge,
  Menu,
  dialog,
};
