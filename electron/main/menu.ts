import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import type { BaseWindow, MenuItemConstructorOptions, WebContents } from 'electron';
import type { DiagnosticsFile } from '../../shared/domain/app';
import type { Dispatcher } from '../core/rpc/dispatcher';

/**
 * The palette belongs to the renderer, which already listens for Ctrl/Cmd+K. The menu item types
 * that shortcut into the page instead of opening a new IPC channel for it.
 */
export function openCommandPalette(contents: WebContents, platform: NodeJS.Platform = process.platform): void {
  const modifier = platform === 'darwin' ? 'meta' : 'control';
  contents.sendInputEvent({ type: 'keyDown', keyCode: 'K', modifiers: [modifier] });
  contents.sendInputEvent({ type: 'keyUp', keyCode: 'K', modifiers: [modifier] });
}

export interface MenuOptions {
  platform?: NodeJS.Platform;
  /** The window whose page receives the palette shortcut. */
  mainContents: () => WebContents | undefined;
  /** Reload and zoom-reset are development conveniences; devtools follow webPreferences. */
  development: boolean;
  /** The core's dispatcher; with it, Help offers "Export diagnostics…" (the request the palette and CLI make). */
  dispatcher?: Pick<Dispatcher, 'request'>;
}

/**
 * Help → Export diagnostics…: the same app.exportDiagnostics file the palette saves, written where
 * the user picks in a save dialog, private to the user like `sagedeck diagnostics --out`.
 */
export async function exportDiagnosticsFromMenu(
  dispatcher: Pick<Dispatcher, 'request'>,
  window?: BaseWindow,
): Promise<void> {
  const envelope = await dispatcher.request('app.exportDiagnostics', {});
  if (!envelope.ok) {
    dialog.showErrorBox('Diagnostics could not be exported', envelope.error.message);
    return;
  }
  const file = envelope.result as DiagnosticsFile;
  const options = { title: 'Export diagnostics', defaultPath: join(app.getPath('downloads'), file.fileName) };
  const parent = window instanceof BrowserWindow ? window : undefined;
  // A menu click has no caller to hand a rejection to: every failure ends in a dialog.
  try {
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return;
    await writeFile(choice.filePath, file.content, { mode: 0o600 });
  } catch (error) {
    dialog.showErrorBox('Diagnostics could not be saved', error instanceof Error ? error.message : String(error));
  }
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const platform = options.platform ?? process.platform;
  const goMenu: MenuItemConstructorOptions = {
    label: 'Go',
    submenu: [
      {
        label: 'Command palette…',
        click: (_item, _window?: BaseWindow) => {
          const contents = options.mainContents();
          if (contents && !contents.isDestroyed()) openCommandPalette(contents, platform);
        },
      },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(options.development
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const dispatcher = options.dispatcher;
  const helpMenu: MenuItemConstructorOptions[] = dispatcher
    ? [
        {
          role: 'help',
          submenu: [
            {
              label: 'Export diagnostics…',
              click: (_item, window?: BaseWindow) => void exportDiagnosticsFromMenu(dispatcher, window),
            },
          ],
        },
      ]
    : [];
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    viewMenu,
    goMenu,
    { role: 'windowMenu' },
    ...helpMenu,
  ];
}

export function installAppMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
