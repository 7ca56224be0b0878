import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
  type InputLogEvent,
} from '@aws-sdk/client-cloudwatch-logs';
import type { WorldOptions } from '../../support/credentials-harness';
import { createTempHome, type TempHome } from '../../support/web-host-process';
import { startJobsWorld, type JobsWorld } from '../jobs/jobs-harness';
import { CLI_BUNDLE } from '../../support/cli-process';

/** The jobs world (profiles `base` and `other` on one sandbox) plus a Logs client of the sandbox for seeding. */
export interface LogsWorld extends JobsWorld {
  logs: CloudWatchLogsClient;
  /** Creates the group and each stream, then puts `messages` into each stream, one millisecond apart. */
  seedGroup(group: string, streams: Record<string, string[]>, at?: number): Promise<void>;
}

/** An SDK Logs client of a sandbox: `disableHostPrefix` because StartLiveTail prefixes the host. */
export function logsClient(endpoint: string, credentials: { accessKeyId: string; secretAccessKey: string }): CloudWatchLogsClient {
  return new CloudWatchLogsClient({ endpoint, region: 'us-east-1', credentials, maxAttempts: 1, disableHostPrefix: true });
}

export async function putEvents(logs: CloudWatchLogsClient, group: string, stream: string, events: InputLogEvent[]): Promise<void> {
  await logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: stream, logEvents: events }));
}

export async function createGroup(logs: CloudWatchLogsClient, group: string, streams: string[]): Promise<void> {
  await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
  for (const stream of streams) await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: stream }));
}

export async function startLogsWorld(options: WorldOptions = {}): Promise<LogsWorld> {
  const world = await startJobsWorld(options);
  const logs = logsClient(world.sandbox.endpoint, world.keys);
  return {
    ...world,
    logs,
    async seedGroup(group, streams, at = world.clock.now()) {
      await createGroup(logs, group, Object.keys(streams));
      for (const [stream, messages] of Object.entries(streams)) {
        if (messages.length === 0) continue;
        await putEvents(logs, group, stream, messages.map((message, index) => ({ timestamp: at + index, message })));
      }
    },
    async close() {
      logs.destroy();
      await world.close();
    },
  };
}

const ROOT = resolve(__dirname, '../../..');

/** A long-running `sagedeck tail` process: its stdout lines as they come, its stderr, its exit. */
export interface TailProcess {
  lines: string[];
  stderr(): string;
  /** Resolves with the exit code (a signal name when killed by one). */
  exited: Promise<number | string>;
  /**
   * Resolves once `check` holds, checked whenever the process prints or exits (no polling), or
   * fails after `ms` of real time, naming `what` and showing stderr.
   */
  waitFor(check: () => boolean, what: string, ms: number): Promise<void>;
  /** Ctrl-C as a terminal sends it: SIGINT to the whole process group. */
  interrupt(): void;
  /** SIGTERM, as a supervisor or `kill` stops it. */
  terminate(): void;
  kill(): void;
}

/**
 * Starts `sagedeck tail …` as the installed command runs (one Node process, no npm or tsx wrapper
 * whose own status on a signal would hide the CLI's exit 0), in its own process group so a Ctrl-C
 * reaches it as a terminal's does.
 */
export function startTail(env: NodeJS.ProcessEnv, ...args: string[]): TailProcess {
  const child = spawn(process.execPath, [CLI_BUNDLE, 'tail', ...args], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  let exitCode: number | string | undefined;
  const waiters = new Set<() => void>();
  const changed = () => {
    for (const waiter of [...waiters]) waiter();
  };
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    changed();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    changed();
  });
  const exited = new Promise<number | string>((done) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? signal ?? -1;
      done(exitCode);
      changed();
    }),
  );
  const signal = (name: NodeJS.Signals) => {
    if (exitCode !== undefined) return;
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group is already gone.
    }
  };
  return {
    lines,
    stderr: () => stderr,
    exited,
    waitFor: (check, what, ms) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`timed out waiting for ${what} (exit ${exitCode ?? "none"}, ${lines.length} lines); stderr:\n${stderr}`));
        }, ms);
        const waiter = () => {
          if (!check()) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve();
        };
        waiters.add(waiter);
        waiter();
      }),
    interrupt: () => signal('SIGINT'),
    terminate: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  };
}

/** A temp home whose AWS files name one profile pointing at `endpoint` (another emulator, to SageDeck) with its keys. */
export function profileHome(profile: string, endpoint: string, keys: { accessKeyId: string; secretAccessKey: string }): TempHome {
  const home = createTempHome();
  home.writeAwsConfig(`[profile ${profile}]\nregion = us-east-1\nendpoint_url = ${endpoint}\n`);
  home.writeAwsCredentials(`[${profile}]\naws_access_key_id = ${keys.accessKeyId}\naws_secret_access_key = ${keys.secretAccessKey}\n`);
  return home;
}
