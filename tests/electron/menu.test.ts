import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, resetFakeElectron } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

const { buildMenuTemplate } = await import('../../electron/main/menu');

beforeEach(() => resetFakeElectron());

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
