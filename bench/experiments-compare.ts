import type { Page } from 'playwright-core';
import { METRIC_NAMES, PARAMETER_COUNT, RUN_COUNT, SORT_CLICKS } from './experiments-bench-data';
import { alternatePages } from './experiments-pages';
import { figure, median, type Figure } from './figure';
import { percentile } from './log-tail-support';

// Five, not seven: a console page takes ~6 s here (ten sorts of a Cloudscape table), and the bench should stay under two minutes.
const RUNS = 5;

interface PageFigures {
  paintMs: number;
  sortMs: number[];
}

interface BenchPage {
  paint: Promise<number>;
  sort: () => Promise<number[]>;
}

/** The comparison's first paint, then the runs table sorted click by click. */
async function measure(page: Page): Promise<PageFigures> {
  const paintMs = await page.evaluate(() => (globalThis as unknown as { __bench: BenchPage }).__bench.paint);
  const sortMs = await page.evaluate(() => (globalThis as unknown as { __bench: BenchPage }).__bench.sort());
  return { paintMs, sortMs };
}

/**
 * 50 runs × 100 parameters (three in ten the same in every run) × 20 metrics, generated the same
 * every run, in Debian's chromium: the console's comparison (runs, parameters with the differing
 * ones marked and the identical ones folded, metrics with the best marked, the scatter) from mount
 * to the frame that shows its tables, and its runs table (Cloudscape) from a click on a metric's
 * header to the frame that shows the new order — next to the same data as plain React tables.
 */
export async function benchExperimentsCompare(): Promise<Figure[]> {
  const runs = await alternatePages('compare', { console: 'experiments-page-console.tsx', peer: 'experiments-page-peer.tsx' }, RUNS, measure);
  const paint = (side: PageFigures[]) => median(side.map((r) => r.paintMs));
  const sortMedian = (side: PageFigures[]) => median(side.map((r) => median(r.sortMs)));
  const sortP95 = (side: PageFigures[]) => median(side.map((r) => percentile(r.sortMs, 95)));
  const peer = 'plain React tables';
  const size = `${RUN_COUNT} runs × ${PARAMETER_COUNT} parameters × ${METRIC_NAMES.length} metrics`;
  return [
    figure(`comparison view, mount → frame showing the parameter and metric tables (${size})`, paint(runs.console), 'ms', peer, paint(runs.peer)),
    figure(`re-sort the ${RUN_COUNT} runs by a metric, click → frame showing the new order (median of ${SORT_CLICKS.length})`, sortMedian(runs.console), 'ms', peer, sortMedian(runs.peer)),
    figure('re-sort by a metric, p95', sortP95(runs.console), 'ms', peer, sortP95(runs.peer), 'a 60 Hz frame is 16.7 ms'),
  ];
}
