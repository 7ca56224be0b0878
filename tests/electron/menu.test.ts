import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseWindow, MenuItemConstructorOptions, WebContents } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../shared/bridge';
import { app, dialog, FakeBrowserWindow, FakeWebContents, resetFakeElectron } from './support/fake-electron';

// The shared fake has no save dialog; this file adds one to its own copy of the module.
const showSaveDialog = vi.hoisted(() => vi.fn());
vi.mock('electron', async () => {
  const fake = (await import('./support/fake-electron')).electronModule;
  return { ...fake, dialog: { ...fake.dialog, showSaveDialog } };
});

const { buildMenuTemplate, exportDiagnosticsFromMenu } = await import('../../electron/main/menu');

const work = mkdtempSync(join(tmpdir(), 'sagedeck-menu-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeEach(() => {
  resetFakeElectron();
  showSaveDialog.mockReset();
});

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function paletteItem(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions | undefined {
  return items(template).find((item) => item.label?.startsWith('Command palette'));
}

describe('application menu', () => {
  it('opens the command palette by typing the palette shortcut into the page', () => {
    const contents = new FakeWebContents();
    for (const [platform, modifier] of [
      ['linux', 'control'],
      ['darwin', 'meta'],
    ] as const) {
      contents.sendInputEvent.mockClear();
      const template = buildMenuTemplate({
        platform,
        development: false,
        mainContents: () => contents as unknown as WebContents,
      });
      const click = paletteItem(template)?.click as (() => void) | undefined;
      click?.();
      expect(contents.sendInputEvent.mock.calls.map(([event]) => event)).toEqual([
        { type: 'keyDown', keyCode: 'K', modifiers: [modifier] },
        { type: 'keyUp', keyCode: 'K', modifiers: [modifier] },
      ]);
    }
  });

  it('does nothing when the window is gone', () => {
    const contents = new FakeWebContents();
    contents.destroy();
    const template = buildMenuTemplate({
      platform: 'linux',
      development: false,
      mainContents: () => contents as unknown as WebContents,
    });
    (paletteItem(template)?.click as () => void)();
    expect(contents.sendInputEvent).not.toHaveBeenCalled();
  });

  it('offers reload and devtools only in development', () => {
    const roles = (development: boolean) =>
      items(buildMenuTemplate({ platform: 'linux', development, mainContents: () => undefined })).map(
        (item) => item.role,
      );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('has the macOS app menu only on macOS', () => {
    const roles = (platform: NodeJS.Platform) =>
      buildMenuTemplate({ platform, development: false, mainContents: () => undefined }).map((item) => item.role);
    expect(roles('darwin')).toContain('appMenu');
    expect(roles('win32')).not.toContain('appMenu');
  });
});

describe('Help → Export diagnostics…', () => {
  const DIAGNOSTICS = { fileName: 'sagedeck-diagnostics-2026-12-06.json', content: '{"versions":{"app":"0.1.0"}}\n' };
  const answering = (envelope: Envelope) => ({ request: vi.fn(async (_channel: string, _input: unknown) => envelope) });
  const exportItem = (template: MenuItemConstructorOptions[]) =>
    items(template).find((item) => item.label === 'Export diagnostics…');

  it('sits in the Help menu and asks the core for the same file the palette saves', () => {
    const dispatcher = answering({ ok: true, result: DIAGNOSTICS });
    showSaveDialog.mockResolvedValue({ canceled: true });
    const template = buildMenuTemplate({
      platform: 'linux',
      development: false,
      mainContents: () => undefined,
      dispatcher,
    });
    const help = template.find((item) => item.role === 'help');
    expect(Array.isArray(help?.submenu) && help.submenu.map((item) => item.label)).toEqual(['Export diagnostics…']);
    (exportItem(template)?.click as () => void)();
    expect(dispatcher.request).toHaveBeenCalledWith('app.exportDiagnostics', {});
  });

  it('is not offered without a core to ask', () => {
    const template = buildMenuTemplate({ platform: 'linux', development: false, mainContents: () => undefined });
    expect(exportItem(template)).toBeUndefined();
  });

  it('saves the file where the user picks, readable only by the user', async () => {
    const target = join(work, 'picked.json');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const window = new FakeBrowserWindow({});
    await exportDiagnosticsFromMenu(answering({ ok: true, result: DIAGNOSTICS }), window as unknown as BaseWindow);
    expect(showSaveDialog).toHaveBeenCalledWith(window, {
      title: 'Export diagnostics',
      defaultPath: join(app.getPath('downloads'), DIAGNOSTICS.fileName),
    });
    expect(readFileSync(target, 'utf8')).toBe(DIAGNOSTICS.content);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const target = join(work, 'cancelled.json');
    showSaveDialog.mockResolvedValue({ canceled: true, filePath: target });
    await exportDiagnosticsFromMenu(answering({ ok: true, result: DIAGNOSTICS }));
    expect(() => statSync(target)).toThrow(/ENOENT/);
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('says why when the core cannot build the file, and opens no dialog', async () => {
    const failed: Envelope = {
      ok: false,
      error: { code: 'Internal', message: 'journal unreadable', retryable: false },
    };
    await exportDiagnosticsFromMenu(answering(failed));
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Diagnostics could not be exported', 'journal unreadable');
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('says why when the picked place cannot be written', async () => {
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(work, 'no-such-folder', 'd.json') });
    await exportDiagnosticsFromMenu(answering({ ok: true, result: DIAGNOSTICS }));
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Diagnostics could not be saved', expect.stringMatching(/ENOENT/));
  });
});
