import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real renderer, served by the real web host over the real core, in
 * Debian's chromium (Playwright's own browser download cannot run here). The `_electron` project
 * runs the same journeys where an Electron binary exists and reports itself skipped elsewhere.
 */
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // The web host every test starts is the installed `sagedeck` command: bundled from these sources first.
  globalSetup: './scripts/build-cli.mjs',
  fullyParallel: false,
  // Two spec files at once: every test starts its own web host, home and sandbox (port 0), so they
  // share nothing; on CI's two cores this keeps the journeys well inside the 30-minute budget.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'web', testDir: 'tests/e2e', testMatch: /.*\.spec\.ts/ },
    { name: 'electron', testDir: 'tests/e2e-electron', testMatch: /.*\.electron\.spec\.ts/ },
  ],
});
