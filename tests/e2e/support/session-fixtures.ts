import { test as base } from './fixtures';
import { SessionPage } from './session-page';
import { startStandaloneSandbox, type StandaloneSandbox } from './standalone-sandbox';

interface SessionFixtures {
  /** A second sandbox on its own port, started by the test (the host also has its embedded one). */
  sandbox: StandaloneSandbox;
  session: SessionPage;
}

export const test = base.extend<SessionFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  sandbox: async ({}, use) => {
    const sandbox = await startStandaloneSandbox();
    await use(sandbox);
    await sandbox.stop();
  },
  session: async ({ shell }, use) => {
    await use(new SessionPage(shell));
  },
});

export { expect } from '@playwright/test';
