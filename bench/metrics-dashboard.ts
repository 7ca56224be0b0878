import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { bundlePage } from './experiments-pages';
import { figure, median, type Figure } from './figure';
import { CHROMIUM_ARGS, percentile } from './log-tail-support';

const RUNS = 7;
const ZOOM_STEPS_PER_CHART = 5;
/** The dashboard's grid, the same for both pages, so each plot gets the same width. */
const GRID_CSS = '#root{display:grid;grid-template-columns:repeat(3,1fr);gap:20px;width:1500px}';

interface PageFigures {
  paintMs: number;
  stepMs: number[];
  frameMs: number[];
}

function bundle(dir: string, name: 'console' | 'peer'): Promise<string> {
  return bundlePage(dir, `metrics-page-${name}.tsx`, name, GRID_CSS);
}

/** One fresh page: load, wait for the first paint of every chart, then the zoom sequence. */
async function measure(browser: Browser, url: string): Promise<PageFigures> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await page.goto(url);
    const paintMs = await page.evaluate(() => (globalThis as unknown as { __bench: { paint: Promise<number> } }).__bench.paint);
    const zoom = await page.evaluate(
      (steps) => (globalThis as unknown as { __bench: { zoom: (n: number) => Promise<{ steps: number[]; frames: number[] }> } }).__bench.zoom(steps),
      ZOOM_STEPS_PER_CHART,
    );
    const zoomed = await page.locator('.u-over').count();
    if (zoomed !== 6) throw new Error(`expected 6 plots, found ${zoomed}`);
    return { paintMs, stepMs: zoom.steps, frameMs: zoom.frames };
  } finally {
    await page.close();
  }
}

/**
 * The endpoint dashboard with 6 charts × 2 weeks at 1-minute resolution (20,160 points a series,
 * nine series, generated the same every run) in Debian's chromium: time to the first paint of all
 * charts, and frame times while drag-zooming, next to uPlot's minimal example drawing the same data.
 * Pages alternate, each run in a fresh tab; figures are medians over the runs.
 */
export async function benchMetricsDashboard(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sagedeck-bench-metrics-'));
  const browser = await chromium.launch({ executablePath: process.env.SAGEDECK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    const urls = { console: await bundle(dir, 'console'), peer: await bundle(dir, 'peer') };
    // One warm-up of each: the first page pays for chromium's own start-up.
    await measure(browser, urls.console);
    await measure(browser, urls.peer);
    const runs: { console: PageFigures[]; peer: PageFigures[] } = { console: [], peer: [] };
    for (let run = 0; run < RUNS; run++) {
      runs.console.push(await measure(browser, urls.console));
      runs.peer.push(await measure(browser, urls.peer));
    }
    const paint = (side: PageFigures[]) => median(side.map((r) => r.paintMs));
    const stepMedian = (side: PageFigures[]) => median(side.map((r) => median(r.stepMs)));
    const stepP95 = (side: PageFigures[]) => median(side.map((r) => percentile(r.stepMs, 95)));
    const frameP95 = (side: PageFigures[]) => median(side.map((r) => percentile(r.frameMs, 95)));
    const peer = 'uPlot minimal example';
    return [
      figure('first paint of 6 charts × 20,160 points', paint(runs.console), 'ms', peer, paint(runs.peer)),
      figure(`zoom step, drag released → frame shown (median of ${6 * ZOOM_STEPS_PER_CHART})`, stepMedian(runs.console), 'ms', peer, stepMedian(runs.peer)),
      figure('zoom step, p95', stepP95(runs.console), 'ms', peer, stepP95(runs.peer)),
      figure('frame interval while zooming, p95', frameP95(runs.console), 'ms', peer, frameP95(runs.peer), 'a 60 Hz frame is 16.7 ms'),
    ];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
