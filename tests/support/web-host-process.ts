import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CLI_BUNDLE } from './cli-process';

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

export interface WebHostProcessOptions {
  /**
   * Run the host inside its own D-Bus session with an unlocked gnome-keyring (as the keychain
   * tests do), so app-managed profiles can really be stored. Needs dbus-run-session and
   * gnome-keyring-daemon; `keyringAvailable()` says whether they are installed.
   */
  keyring?: boolean;
}

const KEYRING_TOOLS = ['/usr/bin/dbus-run-session', '/usr/bin/gnome-keyring-daemon'];

export function keyringAvailable(): boolean {
  return KEYRING_TOOLS.every((tool) => existsSync(tool));
}

function hostCommand(args: string[], options: WebHostProcessOptions): [string, string[]] {
  if (!options.keyring) return [process.execPath, args];
  const quoted = [process.execPath, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  const script = `eval "$(printf '\\n' | gnome-keyring-daemon --unlock --components=secrets)"; exec ${quoted}`;
  return [KEYRING_TOOLS[0]!, ['--', 'sh', '-c', script]];
}

/** Starts the installed `sagedeck` command's web host (no browser) and waits for its READY line. */
export async function startWebHostProcess(
  env: NodeJS.ProcessEnv,
  extraArgs: string[] = [],
  options: WebHostProcessOptions = {},
): Promise<RunningWebHost> {
  const [command, args] = hostCommand([CLI_BUNDLE, '--no-open', '--port', '0', ...extraArgs], options);
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // With a keyring the host runs under dbus-run-session: stopping it means stopping the whole group.
    detached: options.keyring === true,
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
        // Killed by a signal, a process has no exit code but a signal code: it is gone all the same.
        if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
        child.once('exit', () => resolvePromise());
        if (options.keyring && child.pid !== undefined) {
          try {
            process.kill(-child.pid, 'SIGTERM');
            return;
          } catch {
            // The group is already gone; fall back to the child itself.
          }
        }
        child.kill('SIGTERM');
      }),
  };
}
