import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRealClock } from '../../../electron/sandbox/clock';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { control } from '../sandbox/support';
import { ssoConfig } from './sso-world';
import { CLI_BUNDLE } from '../../support/cli-process';

const ROOT = resolve(__dirname, '../../..');

let sandbox: RunningSandbox;
let home: string;
beforeEach(async () => {
  // Real time: the CLI runs in its own process and polls on the wall clock (interval 1 s).
  sandbox = await startSandbox({ seed: 'empty', port: 0, clock: createRealClock(1) });
  home = mkdtempSync(join(tmpdir(), 'sagedeck-cli-sso-'));
  writeFileSync(join(home, 'config'), ssoConfig(sandbox.endpoint));
});
afterEach(async () => {
  await sandbox.stop();
  rmSync(home, { recursive: true, force: true });
});

interface RunningLogin {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the user code once the CLI has printed its instructions. */
  userCode: Promise<string>;
  exit: Promise<number | null>;
}

/** The CLI as a user runs it, in its own process with a temp HOME and no display. */
function startLogin(profile: string): RunningLogin {
  const child = spawn(process.execPath, [CLI_BUNDLE, 'sso', 'login', '--profile', profile], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      SAGEDECK_DATA_DIR: join(home, 'data'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const userCode = new Promise<string>((resolveCode, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /enter the code ([A-Z]{4}-[A-Z]{4})/.exec(stderr);
      if (match) resolveCode(match[1]!);
    });
    child.once('exit', () => reject(new Error(`the CLI exited before printing a code:\n${stderr}`)));
  });
  userCode.catch(() => undefined);
  const exit = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, userCode, exit };
}

const tokenFile = () => join(home, '.aws', 'sso', 'cache', `${createHash('sha1').update('corp').digest('hex')}.json`);

describe('sagedeck sso login', () => {
  it('waits for the approval, writes the token cache and prints signed-in with the expiry', async () => {
    const login = startLogin('sso-dev');
    const userCode = await login.userCode;
    expect(login.stderr()).toContain(`${sandbox.endpoint}/_sandbox/sso/device`);
    expect(login.stdout()).toBe('');

    expect((await control(sandbox.endpoint, 'POST', 'sso/approve', { userCode, decision: 'approve' })).status).toBe(
      200,
    );
    expect(await login.exit).toBe(0);

    const printed = JSON.parse(login.stdout()) as { profile: string; state: string; expiresAt: string };
    expect(printed).toEqual({ profile: 'sso-dev', state: 'signed-in', expiresAt: expect.any(String) });
    expect(Date.parse(printed.expiresAt)).toBeGreaterThan(Date.now());

    expect(existsSync(tokenFile())).toBe(true);
    const cached = JSON.parse(readFileSync(tokenFile(), 'utf8')) as { accessToken: string; startUrl: string };
    expect(cached.startUrl).toBe('https://sandbox-corp.awsapps.com/start');
    // The token is for the cache file only, never for the terminal.
    expect(login.stdout() + login.stderr()).not.toContain(cached.accessToken);
  }, 30_000);

  it('exits 1 with an error envelope when the sign-in is denied, and caches no token', async () => {
    const login = startLogin('sso-dev');
    const userCode = await login.userCode;
    await control(sandbox.endpoint, 'POST', 'sso/approve', { userCode, decision: 'deny' });
    expect(await login.exit).toBe(1);
    expect(login.stdout()).toBe('');
    const envelope = JSON.parse(login.stderr().slice(login.stderr().indexOf('{'))) as { code: string; message: string };
    expect(envelope).toMatchObject({ code: 'SsoSignInDenied', message: expect.stringMatching(/denied/) });
    expect(existsSync(tokenFile())).toBe(false);
  }, 30_000);

  it('stops waiting on Ctrl-C with a Cancelled envelope and exit 130', async () => {
    const login = startLogin('sso-dev');
    const userCode = await login.userCode;
    login.child.kill('SIGINT');
    expect(await login.exit).toBe(130);
    expect(JSON.parse(login.stderr().slice(login.stderr().indexOf('{')))).toMatchObject({ code: 'Cancelled' });
    // Approving afterwards signs nobody in: the process that would have cached the token is gone.
    await control(sandbox.endpoint, 'POST', 'sso/approve', { userCode, decision: 'approve' });
    expect(existsSync(tokenFile())).toBe(false);
  }, 30_000);

  it('says what is wrong for an unknown profile', async () => {
    const login = startLogin('ghost');
    expect(await login.exit).toBe(1);
    expect(JSON.parse(login.stderr())).toMatchObject({ code: 'ProfileNotFound' });
  }, 30_000);
});
