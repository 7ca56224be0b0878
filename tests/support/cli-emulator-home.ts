import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../electron/sandbox/index';
import { runCli } from './cli-process';

export interface CliEmulatorHome {
  /** The CLI's environment: a temporary home whose ~/.aws has the profile `emulator`. */
  env: NodeJS.ProcessEnv;
  /** "Another AWS-compatible emulator": a demo sandbox of its own, reached only through the profile's endpoint_url. */
  emulator: RunningSandbox;
  close(): Promise<void>;
}

/** A home for CLI tests with profile `emulator` pointing at a sandbox the test started (demo seed). */
export async function startCliEmulatorHome(prefix: string): Promise<CliEmulatorHome> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const emulator = await startSandbox({ port: 0, seed: 'demo' });
  writeFileSync(join(dir, 'config'), `[profile emulator]\nregion = us-east-1\nendpoint_url = ${emulator.endpoint}\n`);
  writeFileSync(
    join(dir, 'credentials'),
    `[emulator]\naws_access_key_id = ${emulator.credentials.accessKeyId}\naws_secret_access_key = ${emulator.credentials.secretAccessKey}\n`,
  );
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    SAGEDECK_DATA_DIR: join(dir, 'data'),
  };
  return {
    env,
    emulator,
    async close() {
      await emulator.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface CliEmulatorSuite {
  readonly env: NodeJS.ProcessEnv;
  readonly emulator: RunningSandbox;
  /** Runs `sagedeck <args>` in the temporary home, expects exit 0 and parses what it printed. */
  json<T>(...args: string[]): Promise<T>;
}

/** One CLI emulator home for the calling test file: started before its tests, removed after. */
export function useCliEmulatorHome(prefix: string): CliEmulatorSuite {
  let home: CliEmulatorHome | undefined;
  beforeAll(async () => {
    home = await startCliEmulatorHome(prefix);
  });
  afterAll(async () => {
    await home?.close();
  });
  const started = (): CliEmulatorHome => {
    if (!home) throw new Error('The CLI emulator home starts before the tests of the file.');
    return home;
  };
  return {
    get env() {
      return started().env;
    },
    get emulator() {
      return started().emulator;
    },
    async json<T>(...args: string[]): Promise<T> {
      const result = await runCli(started().env, ...args);
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as T;
    },
  };
}
