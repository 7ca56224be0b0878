import type { Page } from 'playwright-core';
import { alternatePages } from './experiments-pages';
import { figure, median, type Figure } from './figure';
import { benchLineage } from './lineage-bench-data';
import type { PanFigures } from './lineage-page-measure';
import { percentile } from './log-tail-support';

const RUNS = 7;
/** About a second of dragging at 60 Hz. */
const PAN_MOVES = 60;

interface PageFigures extends PanFigures {
  paintMs: number;
}

interface BenchPage {
  paint: Promise<number>;
  pan: (moves: number) => Promise<PanFigures>;
}

/** The first paint of every node, then a drag across the drawing. */
async function measure(page: Page): Promise<PageFigures> {
  const paintMs = await page.evaluate(() => (globalThis as unknown as { __bench: BenchPage }).__bench.paint);
  const pan = await page.evaluate((moves) => (globalThis as unknown as { __bench: BenchPage }).__bench.pan(moves), PAN_MOVES);
  return { paintMs, ...pan };
}

/**
 * A 200-node, ~260-edge lineage graph shaped like a pipeline (generated the same every run) in
 * Debian's chromium: the console's layout and SVG drawing from mount to the frame that shows every
 * node, then a one-second drag — next to the same nodes and edges as a static SVG at grid positions
 * panned by setting one transform attribute, the floor for this drawing.
 */
export async function benchLineageGraph(): Promise<Figure[]> {
  const runs = await alternatePages('lineage', { console: 'lineage-page-console.tsx', peer: 'lineage-page-peer.tsx' }, RUNS, measure);
  const paint = (side: PageFigures[]) => median(side.map((r) => r.paintMs));
  const frameMedian = (side: PageFigures[]) => median(side.map((r) => median(r.frames)));
  const frameP95 = (side: PageFigures[]) => median(side.map((r) => percentile(r.frames, 95)));
  const stepP95 = (side: PageFigures[]) => median(side.map((r) => percentile(r.steps, 95)));
  const graph = benchLineage();
  const peer = 'static SVG, transform per frame';
  return [
    figure(`first paint of ${graph.nodes.length} nodes and ${graph.edges.length} edges (layout included)`, paint(runs.console), 'ms', peer, paint(runs.peer)),
    figure(`frame interval while panning (${PAN_MOVES} moves), median`, frameMedian(runs.console), 'ms', peer, frameMedian(runs.peer), 'a 60 Hz frame is 16.7 ms'),
    figure('frame interval while panning, p95', frameP95(runs.console), 'ms', peer, frameP95(runs.peer), 'a 60 Hz frame is 16.7 ms'),
    figure('pan move → frame showing the drawing moved, p95', stepP95(runs.console), 'ms', peer, stepP95(runs.peer)),
  ];
}
