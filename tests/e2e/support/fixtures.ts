import { test as base, chromium, type Browser } from '@playwright/test';
import { createTempHome, startWebHostProcess, type RunningWebHost, type TempHome } from '../../support/web-host-process';
import { ShellPage } from './shell-page';

export const CHROMIUM_PATH = process.env.SAGEDECK_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Fixtures {
  home: TempHome;
  host: RunningWebHost;
  shell: ShellPage;
  /** Stops the host and starts it again on the same home and data dir. */
  restartHost: () => Promise<RunningWebHost>;
}

export interface WorkerFixtures {
  debianChromium: Browser;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  debianChromium: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  home: async ({}, use) => {
    await use(createTempHome());
  },
  host: async ({ home }, use) => {
    const host = await startWebHostProcess(home.env);
    await use(host);
    await host.stop();
  },
  page: async ({ debianChromium }, use) => {
    const context = await debianChromium.newContext();
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
  shell: async ({ page, host }, use) => {
    await use(new ShellPage(page, host));
  },
  restartHost: async ({ home, host, shell }, use) => {
    let current = host;
    await use(async () => {
      await current.stop();
      current = await startWebHostProcess(home.env);
      shell.host = current;
      return current;
    });
    if (current !== host) await current.stop();
  },
});

export { expect } from '@playwright/test';
