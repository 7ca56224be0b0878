/**
 * The web e2e journey (tests/e2e/shell.spec.ts), run in the real Electron app through
 * Playwright's `_electron`, plus what only the real app can show: the page has no Node, the
 * bridge is exactly { request, subscribe }, and it is served from app://sagedeck.
 *
 * Where the Electron binary was never downloaded (this machine: its host is unreachable) every
 * test reports itself skipped by name with the reason. The binary is located without
 * require('electron'), which would try the download again.
 */
import { rmSync } from 'node:fs';
import { ROOT, electronLaunchArgs, electronSkipReason, findElectronBinary } from './support/electron-binary';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { createTempHome, type TempHome } from '../support/web-host-process';
import { ShellPage } from '../e2e/support/shell-page';

const electronBinary = findElectronBinary();
const skipReason = electronSkipReason(electronBinary);

test.describe('Electron shell', () => {
  if (skipReason) console.log(`[electron e2e] skipping: ${skipReason}`);
  test.skip(skipReason !== undefined, skipReason);

  let home: TempHome;
  let app: ElectronApplication;
  let page: Page;
  let shell: ShellPage;

  test.beforeEach(async () => {
    if ('missing' in electronBinary) return;
    const launch = electronLaunchArgs();
    console.log(`[electron e2e] launching the ${launch.app}`);
    home = createTempHome();
    app = await _electron.launch({
      executablePath: electronBinary.path,
      args: launch.args,
      cwd: ROOT,
      // The temp home keeps ~/.aws and userData (XDG_CONFIG_HOME) away from the real ones.
      env: { ...home.env, ...(process.env.DISPLAY ? { DISPLAY: process.env.DISPLAY } : {}) },
    });
    page = await app.firstWindow();
    // Only open()/host are web-host specific; the rest of the page object is the same journey.
    shell = new ShellPage(page, {
      url: page.url(),
      origin: 'app://sagedeck',
      port: 0,
      output: [],
      stop: async () => {},
    });
  });

  test.afterEach(async () => {
    await app?.close();
    if (home) rmSync(home.dir, { recursive: true, force: true });
  });

  test('the shell renders from app://sagedeck and reaches the ready state', async () => {
    await shell.waitReady();
    expect(page.url()).toMatch(/^app:\/\/sagedeck\//);
    await expect(shell.testId('nav-endpoints')).toHaveText('Endpoints');
  });

  test('the command palette navigates to Endpoints with Ctrl+K', async () => {
    await shell.waitReady();
    await shell.paletteGo('endpoints');
    await expect(shell.areaTitle()).toHaveText('Endpoints');
  });

  test('the page has no Node and sees only the contract bridge', async () => {
    await shell.waitReady();
    const surface = await page.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown>;
      const bridge = scope.sagedeck as Record<string, unknown> | undefined;
      return {
        require: typeof scope.require,
        process: typeof scope.process,
        bridgeKeys: bridge ? Object.keys(bridge).sort() : [],
      };
    });
    expect(surface).toEqual({ require: 'undefined', process: 'undefined', bridgeKeys: ['request', 'subscribe'] });
    const unknown = await page.evaluate(async () => {
      const bridge = (globalThis as unknown as { sagedeck: { request: (c: string, i: unknown) => Promise<unknown> } })
        .sagedeck;
      return bridge.request('fs.readFile', { path: '/etc/passwd' });
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UnknownChannel' } });
  });
});
