import { readFileSync, readdirSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createTempHome, startWebHostProcess } from '../tests/support/web-host-process';
import { figure, median, type Figure } from './figure';

const ROOT = resolve(__dirname, '..');
const RENDERER = join(ROOT, 'out/renderer');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RUNS = 7;

/** Files index.html pulls in before any area chunk loads (module scripts, preloads, styles). */
function initialAssets(html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(refs)];
}

function gzipKb(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(RENDERER, file))).length, 0) / 1024;
}

/**
 * Navigation → `[data-app-state="ready"]` in Debian chromium against the real web host, next to
 * the same navigation to a one-line static page on a host of the same kind (the floor that
 * chromium, loopback and the host's auth redirect cost by themselves).
 */
export async function benchShellStartup(): Promise<Figure[]> {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const initial = initialAssets(html);
  const allAssets = readdirSync(join(RENDERER, 'assets')).map((f) => `assets/${f}`);
  const js = (files: string[]) => files.filter((f) => f.endsWith('.js'));
  const css = (files: string[]) => files.filter((f) => f.endsWith('.css'));

  const peerDir = mkdtempSync(join(tmpdir(), 'sagedeck-bench-peer-'));
  mkdirSync(peerDir, { recursive: true });
  writeFileSync(join(peerDir, 'index.html'), '<!doctype html><div data-app-state="ready">ready</div>');

  const home = createTempHome();
  const app = await startWebHostProcess(home.env);
  const peer = await startWebHostProcess({ ...home.env, SAGEDECK_RENDERER_DIR: peerDir, SAGEDECK_DATA_DIR: join(home.dir, 'peer-data') });
  const browser = await chromium.launch({ executablePath: process.env.SAGEDECK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const timings = { app: [] as number[], peer: [] as number[] };
  try {
    const contexts = { app: await browser.newContext(), peer: await browser.newContext() };
    // Trade each host's one-time token for its cookie once, untimed.
    for (const [key, host] of [['app', app], ['peer', peer]] as const) {
      const page = await contexts[key].newPage();
      await page.goto(host.url);
      await page.waitForSelector('[data-app-state="ready"]', { timeout: 30_000 });
      await page.close();
    }
    for (let i = 0; i < RUNS; i++) {
      for (const [key, host] of [['app', app], ['peer', peer]] as const) {
        const page = await contexts[key].newPage();
        // No HTTP cache: every run loads every byte, as on a first launch.
        const cdp = await contexts[key].newCDPSession(page);
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        const started = performance.now();
        await page.goto(`${host.origin}/`);
        await page.waitForSelector('[data-app-state="ready"]', { timeout: 30_000 });
        timings[key].push(performance.now() - started);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await app.stop();
    await peer.stop();
  }
  return [
    figure('shell: navigation → ready (median of 7)', median(timings.app), 'ms', 'static page on the same host', median(timings.peer), 'under 1000 ms'),
    figure('initial JS (gzip)', gzipKb(js(initial)), 'KB', 'all JS chunks (gzip)', gzipKb(js(allAssets))),
    figure('initial CSS (gzip)', gzipKb(css(initial)), 'KB', 'all CSS (gzip)', gzipKb(css(allAssets))),
  ];
}
