import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Test files under `dir` that replace a module (`vi.mock`). Node test files share their worker's
 * module cache (`isolate: false`: the SDK and the sandbox are imported once per worker instead of
 * once per file, which halves the suite's time), so a file that swaps a module runs isolated, or the
 * swap would leak into whichever file the worker runs next.
 */
function filesThatMockModules(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/.test(file))
    .map((file) => join(dir, file))
    .filter((file) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(file, 'utf8')));
}

const UNIT = ['tests/unit/**/*.test.ts', 'tests/electron/**/*.test.ts'];
const unitMocking = [...filesThatMockModules('tests/unit'), ...filesThatMockModules('tests/electron')];
const INTEGRATION = ['tests/integration/**/*.test.ts'];
const integrationMocking = filesThatMockModules('tests/integration');
const AWS_TIMEOUTS = { testTimeout: 60_000, hookTimeout: 60_000 };
/** Integration tests start the installed `sagedeck` command: bundle it from these sources first. */
const CLI_BUNDLE_SETUP = ['scripts/build-cli.mjs'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', environment: 'node', include: UNIT, exclude: unitMocking, isolate: false } },
      { test: { name: 'unit-isolated', environment: 'node', include: unitMocking } },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          // Isolated: a lazy chunk a file started importing can land after its jsdom was torn down,
          // and with a shared module graph that failed the next files of the worker (seen on CI).
          // The first test of a file pays for importing the lazy area chunks (Cloudscape) into jsdom:
          // seconds on a busy 2-core runner, far from the 5 s default's intent of catching hangs.
          testTimeout: 20_000,
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
      {
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
        },
      },
      { test: { name: 'integration', environment: 'node', include: INTEGRATION, exclude: integrationMocking, isolate: false, globalSetup: CLI_BUNDLE_SETUP, ...AWS_TIMEOUTS } },
      { test: { name: 'integration-isolated', environment: 'node', include: integrationMocking, globalSetup: CLI_BUNDLE_SETUP, ...AWS_TIMEOUTS } },
      {
        test: {
          // Real keytar against gnome-keyring: run through scripts/test-keychain.sh (D-Bus session).
          name: 'keychain',
          environment: 'node',
          include: ['tests/keychain/**/*.test.ts'],
          ...AWS_TIMEOUTS,
        },
      },
    ],
  },
});
