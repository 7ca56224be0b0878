import { Menu } from 'electron';
import type { BaseWindow, MenuItemConstructorOptions, WebContents } from 'electron';

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
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    viewMenu,
    goMenu,
    { role: 'windowMenu' },
  ];
}

export function installAppMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
