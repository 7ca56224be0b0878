import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../sandbox/support';

const ROOT = resolve(__dirname, '../../..');

function cli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    // stdin is a pipe, not a terminal: an MFA prompt must fail fast instead of waiting.
    const child = execFile('npm', ['run', '-s', 'cli', '--', ...args], { cwd: ROOT, env, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else done({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
    child.stdin?.end();
  });
}

describe('the CLI and credentials', () => {
  let sandbox: TestSandbox;
  let home: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    home = mkdtempSync(join(tmpdir(), 'sagedeck-cli-creds-'));
    writeFileSync(
      join(home, 'config'),
      `[profile base]\nendpoint_url = ${sandbox.sandbox.endpoint}\n\n[profile guarded]\nrole_arn = arn:aws:iam::444455556666:role/Admin\nsource_profile = base\nmfa_serial = arn:aws:iam::111122223333:mfa/alice\nendpoint_url = ${sandbox.sandbox.endpoint}\n`,
    );
    writeFileSync(join(home, 'credentials'), `[base]\naws_access_key_id = ${sandbox.sandbox.credentials.accessKeyId}\naws_secret_access_key = ${sandbox.sandbox.credentials.secretAccessKey}\n`);
    env = {
      PATH: process.env.PATH,
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
      SAGEDECK_DATA_DIR: join(home, 'data'),
      NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    };
  });
  afterAll(async () => {
    await sandbox.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('session.identity --profile sandbox prints the sandbox account and ARN', async () => {
    const { code, stdout, stderr } = await cli(env, 'call', 'session.identity', '{}', '--profile', 'sandbox');
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ account: '111122223333', arn: 'arn:aws:iam::111122223333:user/sandbox-admin' });
  });

  it('an MFA role without a terminal fails with a clear message instead of hanging', async () => {
    const { code, stderr } = await cli(env, 'call', 'session.identity', '{}', '--profile', 'guarded');
    expect(code).toBe(1);
    expect(JSON.parse(stderr)).toMatchObject({ code: 'MfaCodeRequired', message: expect.stringContaining('stdin is not a terminal') });
  });

  it('a role without MFA resolves headless', async () => {
    writeFileSync(join(home, 'config'), `[profile base]\nendpoint_url = ${sandbox.sandbox.endpoint}\n\n[profile deployer]\nrole_arn = arn:aws:iam::444455556666:role/Deployer\nsource_profile = base\nendpoint_url = ${sandbox.sandbox.endpoint}\n`);
    const { code, stdout, stderr } = await cli(env, 'call', 'session.identity', '{}', '--profile', 'deployer');
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ account: '444455556666', expiresAt: expect.any(String) });
  });
});
