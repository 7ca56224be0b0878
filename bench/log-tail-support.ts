import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startSandbox, type RunningSandbox } from '../electron/sandbox/index';
import { createTempHome, startWebHostProcess, type RunningWebHost } from '../tests/support/web-host-process';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Wall-clock milliseconds with sub-millisecond precision, comparable between Node and the page. */
export const wallNow = (): number => performance.timeOrigin + performance.now();

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** A sandbox, a web host whose only profile points at it, chromium, and an SDK client for the producer. */
export interface TailWorld {
  sandbox: RunningSandbox;
  host: RunningWebHost;
  browser: Browser;
  logs: CloudWatchLogsClient;
  stop(): Promise<void>;
}

export async function startTailWorld(): Promise<TailWorld> {
  const sandbox = await startSandbox({ port: 0, seed: 'empty' });
  const home = createTempHome();
  home.writeAwsConfig(['[profile bench]', 'region = us-east-1', `endpoint_url = ${sandbox.endpoint}`, ''].join('\n'));
  home.writeAwsCredentials(
    ['[bench]', `aws_access_key_id = ${sandbox.credentials.accessKeyId}`, `aws_secret_access_key = ${sandbox.credentials.secretAccessKey}`, ''].join('\n'),
  );
  const host = await startWebHostProcess({ ...home.env, AWS_PROFILE: 'bench' });
  const browser = await chromium.launch({ executablePath: process.env.SAGEDECK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const logs = new CloudWatchLogsClient({ endpoint: sandbox.endpoint, region: 'us-east-1', credentials: sandbox.credentials, disableHostPrefix: true });
  return {
    sandbox,
    host,
    browser,
    logs,
    stop: async () => {
      logs.destroy();
      await browser.close();
      await host.stop();
      await sandbox.stop();
    },
  };
}

/**
 * A signed-in page of the console. The host's token is traded once for a cookie, so every page
 * after the first opens in the same browser context and carries that cookie.
 */
export async function consolePage(world: TailWorld): Promise<Page> {
  const signedIn = world.browser.contexts()[0];
  const page = await (signedIn ?? (await world.browser.newContext())).newPage();
  await page.goto(signedIn ? world.host.origin : world.host.url);
  await page.waitForSelector('[data-app-state="ready"]', { state: 'attached', timeout: 60_000 });
  return page;
}

/** `aws logs tail --follow` (the Debian AWS CLI) on a group, each stdout line handed over with its arrival time. */
export function startCliTail(sandbox: RunningSandbox, group: string, onLine: (line: string, at: number) => void): { stop(): void } {
  const child: ChildProcess = spawn('/usr/bin/aws', ['logs', 'tail', group, '--follow', '--since', '1m', '--format', 'short', '--endpoint-url', sandbox.endpoint], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_PAGER: '',
      PYTHONUNBUFFERED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  createInterface({ input: child.stdout! }).on('line', (line) => onLine(line, wallNow()));
  return { stop: () => child.kill('SIGTERM') };
}
