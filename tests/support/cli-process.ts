import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
/** The installed `sagedeck` command: scripts/build-cli.mjs writes it; the test runners' global setup rebuilds it. */
export const CLI_BUNDLE = resolve(ROOT, 'out/cli/sagedeck.cjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `sagedeck <args>` as an installed user runs it (the bundle `npm run build` writes, on plain
 * Node), in the given environment; never throws on an exit code.
 */
export async function runCli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI_BUNDLE, ...args], { cwd: ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
