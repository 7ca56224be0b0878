#!/usr/bin/env node
/**
 * Bundles the installed `sagedeck` command (web host, CLI and sandbox) into one CommonJS file,
 * out/cli/sagedeck.cjs, beside the renderer electron-vite builds into out/renderer: what
 * `npm install -g` puts on a laptop runs on plain Node, with no tsx or TypeScript.
 * keytar is native and optional (the console says so when it is missing); ws's optional native
 * speed-ups are never installed. Run by `npm run build`, and as the global setup of the test runs that spawn it.
 */
import { chmodSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(root, 'out/cli/sagedeck.cjs');

export async function buildCli() {
  // Written aside, then renamed: a test or a terminal starting the command meanwhile never reads half a file.
  const partial = `${CLI_BUNDLE}.${process.pid}.partial`;
  await build({
    entryPoints: [join(root, 'electron/cli/sagedeck.ts')],
    outfile: partial,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Smaller to parse at every start; names kept so a stack trace in a bug report still reads.
    minify: true,
    keepNames: true,
    sourcemap: false,
    legalComments: 'none',
    banner: { js: '#!/usr/bin/env node' },
    external: ['keytar', 'electron', 'bufferutil', 'utf-8-validate'],
    // The release feed is fixed at build time, as in the Electron build (electron.vite.config.ts).
    define: { 'process.env.SAGEDECK_UPDATE_FEED': JSON.stringify(process.env.SAGEDECK_UPDATE_FEED ?? '') },
    logLevel: 'warning',
  });
  chmodSync(partial, 0o755);
  renameSync(partial, CLI_BUNDLE);
  return CLI_BUNDLE;
}

/**
 * Global setup of the test runs that start the installed command (vitest's integration projects,
 * Playwright): bundled from the sources being tested, so no test runs a stale build.
 */
export default async function setup() {
  await buildCli();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildCli().then(
    (file) => console.log(`sagedeck command: ${file}`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
