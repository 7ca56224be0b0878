import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(__dirname, '../..');
const READY = /^SAGEDECK READY (http:\/\/127\.0\.0\.1:(\d+)\/\?token=[0-9a-f]+)$/;

/** A temp "home": its own ~/.aws files and app data dir, so no test touches the real ones. */
export interface TempHome {
  dir: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  writeAwsConfig(text: string): void;
  writeAwsCredentials(text: string): void;
}

export function createTempHome(): TempHome {
  const dir = mkdtempSync(join(tmpdir(), 'sagedeck-home-'));
  const aws = join(dir, '.aws');
  mkdirSync(aws, { recursive: true });
  const dataDir = join(dir, 'data');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, '.config'),
    AWS_CONFIG_FILE: join(aws, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(aws, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    SAGEDECK_DATA_DIR: dataDir,
  };
  return {
    dir,
    dataDir,
    env,
    writeAwsConfig: (text) => writeFileSync(env.AWS_CONFIG_FILE!, text),
    writeAwsCredentials: (text) => writeFileSync(env.AWS_SHARED_CREDENTIALS_FILE!, text),
  };
}

export interface RunningWebHost {
  url: string;
  origin: string;
  port: number;
  output: string[];
  stop(): Promise<void>;
}

/** Starts `npm run web` as users do (tsx, no browser) and waits for its READY line. */
export async function startWebHostProcess(env: NodeJS.ProcessEnv, extraArgs: string[] = []): Promise<RunningWebHost> {
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'electron/web/index.ts'), '--no-open', '--port', '0', ...extraArgs], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = await new Promise<string>((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`web host did not get ready:\n${output.join('')}`)), 45_000);
    lines.on('line', (line) => {
      output.push(line);
      const match = READY.exec(line);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output.join('\n')}`));
    });
  });
  const port = Number(new URL(url).port);
  return {
    url,
    port,
    origin: `http://127.0.0.1:${port}`,
    output,
    stop: () =>
      new Promise<void>((resolvePromise) => {
        if (child.exitCode !== null) return resolvePromise();
        child.once('exit', () => resolvePromise());
        child.kill('SIGTERM');
      }),
  };
}
