import { CreateTrainingJobCommand, SageMakerClient, type CreateTrainingJobRequest } from '@aws-sdk/client-sagemaker';
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createManualClock } from '../electron/sandbox/clock';
import { startSandbox, type RunningSandbox } from '../electron/sandbox/index';
import { createTempHome, startWebHostProcess, type RunningWebHost } from '../tests/support/web-host-process';
import { figure, median, type Figure } from './figure';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const JOBS = 10_000;
const BATCH = 1_000;
/** Simulated time between batches: enough for every job of a batch to finish (about 3 minutes each). */
const BATCH_GAP_MS = 60 * 60_000;
const RUNS = 5;
/** Typed into the filter one key at a time; the last part names ten jobs (`…-b07-0040` to `…-0049`). */
const TYPED = 'b07-004';
const NAME_FILTER_MATCHES = 10;

const jobName = (batch: number, index: number) => `bench-xgb-b${String(batch).padStart(2, '0')}-${String(index).padStart(4, '0')}`;

function trainingRequest(name: string, index: number): CreateTrainingJobRequest {
  // One job in twenty cannot pull its image (Failed); the rest train three rounds and complete.
  const image = index % 20 === 7 ? 'invalid.dkr.ecr.us-east-1.amazonaws.com/xgboost:1' : '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1';
  return {
    TrainingJobName: name,
    RoleArn: 'arn:aws:iam::111122223333:role/SageMakerBench',
    AlgorithmSpecification: { TrainingImage: image, TrainingInputMode: 'File' },
    HyperParameters: { num_round: '3', eta: String(0.1 + (index % 5) / 10), max_depth: String(3 + (index % 4)) },
    InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://bench-bucket/train/' } } }],
    OutputDataConfig: { S3OutputPath: 's3://bench-bucket/models/' },
    ResourceConfig: { InstanceType: index % 3 === 0 ? 'ml.m5.2xlarge' : 'ml.m5.xlarge', InstanceCount: 1 + (index % 2), VolumeSizeInGB: 10 },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  };
}

/**
 * A standalone sandbox on a manual clock holding 10,000 training jobs, created through the SDK in
 * batches of 1,000; the clock is advanced an hour after each batch so they finish (Completed or
 * Failed) at spread-out times, and then stands still: the list is steady while it is measured.
 */
async function seededSandbox(): Promise<RunningSandbox> {
  const clock = createManualClock(Date.now() - (JOBS / BATCH + 1) * BATCH_GAP_MS);
  const sandbox = await startSandbox({ port: 0, seed: 'empty', clock });
  const client = new SageMakerClient({ region: 'us-east-1', endpoint: sandbox.endpoint, credentials: sandbox.credentials });
  try {
    for (let batch = 0; batch < JOBS / BATCH; batch++) {
      let next = 0;
      const worker = async () => {
        for (let index = next++; index < BATCH; index = next++) {
          await client.send(new CreateTrainingJobCommand(trainingRequest(jobName(batch, index), index)));
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      clock.advance(BATCH_GAP_MS);
    }
  } finally {
    client.destroy();
  }
  return sandbox;
}

/** The plain React peer, bundled into a renderer dir the web host serves like the app's own. */
async function buildPeer(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sagedeck-bench-jobs-peer-'));
  mkdirSync(join(dir, 'assets'));
  await build({
    entryPoints: [join(__dirname, 'jobs-list-peer/main.tsx')],
    bundle: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(dir, 'assets/peer.js'),
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Plain jobs list</title><script type="module" src="/assets/peer.js"></script></head><body><div id="root"></div></body></html>',
  );
  return dir;
}

const FIRST_ROW = '[data-testid^="job-row-"]';

/** Navigation to the training list (warm HTTP cache, cookie set) → the first row on screen. */
async function timeToFirstRows(page: Page, host: RunningWebHost): Promise<number> {
  await page.goto('about:blank');
  const started = performance.now();
  await page.goto(`${host.origin}/#/training`);
  await page.waitForSelector(FIRST_ROW, { timeout: 60_000 });
  return performance.now() - started;
}

/**
 * Each key of TYPED pressed into the filter: the time from the key event to the end of the frame that
 * shows it (measured in the page: keydown, then the next animation frame and the task after it).
 */
async function keystrokes(page: Page, filterInput: string): Promise<number[]> {
  await page.evaluate(() => {
    const scope = globalThis as unknown as { __keyTimes: number[]; addEventListener: (type: string, fn: () => void, capture: boolean) => void; requestAnimationFrame: (fn: () => void) => void };
    scope.__keyTimes = [];
    scope.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        scope.requestAnimationFrame(() => setTimeout(() => scope.__keyTimes.push(performance.now() - start), 0));
      },
      true,
    );
  });
  const input = page.locator(filterInput).first();
  await input.click();
  for (const key of TYPED) {
    const before = await page.evaluate(() => (globalThis as unknown as { __keyTimes: number[] }).__keyTimes.length);
    await page.keyboard.press(key);
    await page.waitForFunction((count) => (globalThis as unknown as { __keyTimes: number[] }).__keyTimes.length > count, before);
  }
  return page.evaluate(() => (globalThis as unknown as { __keyTimes: number[] }).__keyTimes);
}

/** Enter on a name filter → only the matching rows on screen (a Search over all 10,000 in between). */
async function nameFilterApplied(page: Page, filterInput: string, text: string): Promise<number> {
  const input = page.locator(filterInput).first();
  await input.fill(text);
  const started = performance.now();
  await input.press('Enter');
  await page.waitForFunction(
    ({ selector, matches, part }) => {
      const rows = Array.from(document.querySelectorAll(selector));
      return rows.length === matches && rows.every((row) => (row.getAttribute('data-testid') ?? '').includes(part));
    },
    { selector: FIRST_ROW, matches: NAME_FILTER_MATCHES, part: TYPED },
    { timeout: 60_000, polling: 'raf' },
  );
  return performance.now() - started;
}

declare const document: { querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }> };

/**
 * The training list over 10,000 jobs in Debian chromium against the real web host, next to a plain
 * React table of the same rows from the same host (no Cloudscape) in the same run. The list shows
 * what AWS's Search returns for its first page (the newest 100 of 10,000, 25 to a screen) and asks
 * AWS again for a Name filter; free text narrows the loaded rows.
 */
export async function benchJobsList(): Promise<Figure[]> {
  const seedStarted = performance.now();
  const sandbox = await seededSandbox();
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const peerDir = await buildPeer();
  const home = createTempHome();
  home.writeAwsConfig(['[profile bench]', 'region = us-east-1', `endpoint_url = ${sandbox.endpoint}`, ''].join('\n'));
  home.writeAwsCredentials(
    ['[bench]', `aws_access_key_id = ${sandbox.credentials.accessKeyId}`, `aws_secret_access_key = ${sandbox.credentials.secretAccessKey}`, ''].join('\n'),
  );
  const env = { ...home.env, AWS_PROFILE: 'bench' };
  const app = await startWebHostProcess(env);
  const peer = await startWebHostProcess({ ...env, SAGEDECK_RENDERER_DIR: peerDir, SAGEDECK_DATA_DIR: join(home.dir, 'peer-data') });
  const browser = await chromium.launch({ executablePath: process.env.SAGEDECK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const hosts = { app, peer };
  const filters = { app: '[data-testid="jobs-table"] [role="combobox"]', peer: 'input[aria-label="Filter training jobs"]' };
  const first = { app: [] as number[], peer: [] as number[] };
  const keys = { app: [] as number[], peer: [] as number[] };
  const applied = { app: [] as number[], peer: [] as number[] };
  try {
    const pages = { app: await (await browser.newContext()).newPage(), peer: await (await browser.newContext()).newPage() };
    for (const key of ['app', 'peer'] as const) {
      // Trade the one-time token for the cookie and warm the HTTP cache, untimed.
      await pages[key].goto(hosts[key].url);
      await pages[key].goto(`${hosts[key].origin}/#/training`);
      await pages[key].waitForSelector(FIRST_ROW, { timeout: 120_000 });
    }
    for (let run = 0; run < RUNS; run++) {
      for (const key of ['app', 'peer'] as const) {
        const page = pages[key];
        first[key].push(await timeToFirstRows(page, hosts[key]));
        keys[key].push(...(await keystrokes(page, filters[key])));
        // The app's property filter takes "Name : text" as a Name token; the peer's Enter does the same.
        applied[key].push(await nameFilterApplied(page, filters[key], key === 'app' ? `Name : ${TYPED}` : TYPED));
      }
    }
  } finally {
    await browser.close();
    await app.stop();
    await peer.stop();
    await sandbox.stop();
  }
  const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;
  const plain = 'plain React table (same rows, same host)';
  console.log(`   seeded ${JOBS} training jobs through the SDK in ${seedSeconds.toFixed(1)} s; ${RUNS} runs, ${TYPED.length} keys each`);
  return [
    figure(`training list, ${JOBS} jobs: navigation → first rows (median of ${RUNS})`, median(first.app), 'ms', plain, median(first.peer), 'under 1000 ms'),
    figure(`filter keystroke → next frame (median of ${keys.app.length})`, median(keys.app), 'ms', plain, median(keys.peer), 'under 50 ms'),
    figure(`filter keystroke → next frame (p95 of ${keys.app.length})`, p95(keys.app), 'ms', plain, p95(keys.peer), 'under 50 ms'),
    figure(`Name filter applied → ${NAME_FILTER_MATCHES} matching rows of ${JOBS} (median of ${RUNS})`, median(applied.app), 'ms', plain, median(applied.peer)),
  ];
}
