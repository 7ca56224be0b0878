import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core';
import { defaultDataDir } from '../core/storage/data-dir';
import { openInBrowser } from './open-browser';
import { startWebHost } from './server';

interface WebArgs {
  port: number;
  open: boolean;
  dataDir?: string;
}

const USAGE = 'Usage: npm run web -- [--port N] [--no-open] [--data-dir DIR]';

function parseWebArgs(argv: string[], usage: string): WebArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, strict: true, options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, 'data-dir': { type: 'string' } } });
  } catch (error) {
    throw new Error(`${(error as Error).message}. ${usage}`);
  }
  const { values } = parsed;
  const port = Number(values.port ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port takes a number from 0 to 65535');
  const args: WebArgs = { port, open: !values['no-open'] };
  if (values['data-dir'] !== undefined) args.dataDir = values['data-dir'];
  return args;
}

/**
 * Serves the console to a browser on the embedded core and prints `SAGEDECK READY <url>`.
 * `builtRendererDir`: where this build's renderer is (the clone's out/renderer, or the installed
 * package's renderer folder); SAGEDECK_RENDERER_DIR overrides it.
 */
export async function runWebHost(argv: string[], builtRendererDir: string, usage = USAGE): Promise<void> {
  const args = parseWebArgs(argv, usage);
  const rendererDir = process.env.SAGEDECK_RENDERER_DIR ?? builtRendererDir;
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer at ${rendererDir}: run "npm run build" first.`);
  }
  const core = await createCore({
    dataDir: args.dataDir ?? defaultDataDir(),
    host: 'web',
    openInBrowser: async (url) => openInBrowser(url),
  });
  const host = await startWebHost({ port: args.port, rendererDir, dispatcher: core.dispatcher });
  console.log(`SAGEDECK READY ${host.url}`);
  if (args.open && !openInBrowser(host.url)) console.log('No browser to open here: open the URL above yourself.');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void host
      .close()
      .then(() => core.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Prints why the host could not start and exits 1. */
export function failWebHost(error: unknown): never {
  console.error(`sagedeck web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
