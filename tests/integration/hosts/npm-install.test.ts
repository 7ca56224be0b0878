import { execFile, spawn, type ChildProcess, type ChildProcessByStdio } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { DEFAULT_CREDENTIALS } from '../../../electron/sandbox/index';
import { createTempHome } from '../../support/web-host-process';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../..');

/**
 * `npm install -g sagedeck` as an engineer does it, from the tarball `npm pack` makes of this
 * checkout (after `npm run build`), into a temporary prefix: the installed command must work on
 * plain Node with none of the project's dev dependencies (no tsx, no TypeScript, no vite).
 */
describe('the npm-installed sagedeck command', () => {
  let work: string;
  let sagedeck: string;
  const home = createTempHome();
  // Only the prefix's bin and Node itself on PATH: nothing of the clone can be picked up by accident.
  const env = { ...home.env, PATH: `${join(process.execPath, '..')}:/usr/bin:/bin` };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'sagedeck-npm-'));
    if (!existsSync(join(ROOT, 'out/renderer/index.html'))) throw new Error('no built renderer: run "npm run build" before this test');
    await run('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: ROOT });
    const [tarball] = readdirSync(work).filter((name) => name.endsWith('.tgz'));
    // No install scripts: keytar (optional, native) stays unbuilt, as where npm cannot build it.
    await run('npm', ['install', '-g', '--prefix', join(work, 'prefix'), join(work, tarball!), '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: work });
    sagedeck = join(work, 'prefix/bin/sagedeck');
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('installs no dev dependency, and prints its version and its help', async () => {
    const installed = join(work, 'prefix/lib/node_modules/sagedeck');
    for (const dev of ['tsx', 'typescript', 'vite', 'electron', 'react']) expect(existsSync(join(installed, 'node_modules', dev)), dev).toBe(false);
    const { stdout } = await run(sagedeck, ['--version'], { env });
    expect(stdout.trim()).toBe(packageJson.version);
    const help = (await run(sagedeck, ['--help'], { env })).stdout;
    for (const command of ['sagedeck call', 'sagedeck tail', 'sagedeck sandbox', 'sagedeck --version']) expect(help).toContain(command);
  });

  it('answers a call, and reaches the built-in sandbox as its default profile', async () => {
    const info = JSON.parse((await run(sagedeck, ['call', 'app.info', '{}'], { env })).stdout) as { version: string; host: string };
    expect(info).toEqual(expect.objectContaining({ version: packageJson.version, host: 'cli' }));
    const identity = JSON.parse((await run(sagedeck, ['call', 'session.identity', '{}'], { env })).stdout) as { arn: string };
    expect(identity.arn).toMatch(/^arn:aws:iam::\d{12}:user\/sandbox-admin$/);
  });

  it('works without the keychain module and says what to do about it', async () => {
    const status = JSON.parse((await run(sagedeck, ['call', 'keychain.status', '{}'], { env })).stdout) as { available: boolean; message?: string };
    expect(status.available).toBe(false);
    expect(status.message).toMatch(/keytar module could not be loaded.*Reinstall SageDeck with its optional dependency keytar/);
  });

  it('runs the sandbox on its own, and a call through a profile whose endpoint_url points at it', async () => {
    const child = spawn(sagedeck, ['sandbox', '--port', '0', '--seed', 'demo'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const endpoint = await readyLine(child, /^SANDBOX READY (\S+)$/);
      home.writeAwsConfig(`[profile installed-emulator]\nregion = us-east-1\nendpoint_url = ${endpoint}\n`);
      home.writeAwsCredentials(`[installed-emulator]\naws_access_key_id = ${DEFAULT_CREDENTIALS.accessKeyId}\naws_secret_access_key = ${DEFAULT_CREDENTIALS.secretAccessKey}\n`);
      const endpoints = JSON.parse((await run(sagedeck, ['call', 'endpoints.list', '{}', '--profile', 'installed-emulator'], { env })).stdout) as unknown;
      expect(JSON.stringify(endpoints)).toContain('churn-prod');
    } finally {
      await stop(child);
    }
  });

  it('serves the console with no arguments but --no-open, printing the READY line', async () => {
    const child = spawn(sagedeck, ['--no-open', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const ready = await readyLine(child, /^SAGEDECK READY (\S+)$/);
      const entry = await fetch(ready, { redirect: 'manual' });
      expect(entry.status).toBe(303);
      const page = await fetch(new URL('/', ready), { headers: { cookie: entry.headers.get('set-cookie') ?? '' } });
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      await stop(child);
    }
  });
});

/** The first capture of the line matching `pattern` the process prints; fails if it exits first. */
function readyLine(child: ChildProcessByStdio<null, Readable, Readable>, pattern: RegExp): Promise<string> {
  return new Promise<string>((resolveReady, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = pattern.exec(line);
      if (match) resolveReady(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`sagedeck exited with ${code}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  child.kill('SIGTERM');
  await exited;
}
