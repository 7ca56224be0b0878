import { spawn } from 'node:child_process';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support';

/** `npm run sandbox` is `tsx electron/sandbox/cli.ts`; node with tsx's loader runs the same file. */
function startCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/sandbox/cli.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^SANDBOX READY (http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`cli exited with ${code}: ${stderr}`)));
  });
  // A test that expects the CLI to exit early never awaits `ready`.
  ready.catch(() => undefined);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

describe('sandbox CLI', () => {
  it('prints SANDBOX READY with its endpoint, serves the given credentials, and stops cleanly on SIGINT', async () => {
    const dir = tempDir('sagedeck-sandbox-cli-');
    const cli = startCli([
      '--port',
      '0',
      '--seed',
      'empty',
      '--data-dir',
      dir.path,
      '--access-key-id',
      'SDTESTKEYFORTHECLI01',
      '--secret-access-key',
      'cli-test-secret',
    ]);
    try {
      const endpoint = await cli.ready;
      expect(cli.output().stdout).toBe(`SANDBOX READY ${endpoint}\n`);
      const who = await new STSClient({
        endpoint,
        region: 'eu-central-1',
        credentials: { accessKeyId: 'SDTESTKEYFORTHECLI01', secretAccessKey: 'cli-test-secret' },
      }).send(new GetCallerIdentityCommand({}));
      expect(who.Account).toBe('111122223333');
      cli.child.kill('SIGINT');
      expect(await cli.exited).toBe(0);
    } finally {
      cli.child.kill('SIGKILL');
      dir.remove();
    }
  });

  it('refuses a bad option with usage and exit code 2', async () => {
    const cli = startCli(['--seed', 'lots']);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toContain('--seed must be demo or empty');
    expect(cli.output().stderr).toContain('usage: npm run sandbox --');
  });
});
