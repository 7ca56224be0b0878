import { buildCli } from '../../scripts/build-cli.mjs';

/**
 * Global setup of the test runs that start the installed `sagedeck` command (vitest's integration
 * projects, Playwright): bundles it from the sources being tested, so no test runs a stale build.
 */
export default async function setup(): Promise<void> {
  await buildCli();
}
