/*
 * Measured in the page, the same way for the console's compare view and runs table and for the
 * plain React peer. Runs in chromium; typed without the DOM library (bench/ compiles for Node)
 * through the few members it uses.
 */
import { expectedFirst, SORT_CLICKS } from './experiments-bench-data';
import { nextFrame } from './metrics-page-measure';
import type { Run } from '../shared/domain/experiments';

interface Element {
  getAttribute(name: string): string | null;
  click(): void;
}
interface PageScope {
  document: { querySelector(selector: string): Element | null; querySelectorAll(selector: string): ArrayLike<Element> };
}
const page = globalThis as unknown as PageScope;

/** Waits frame by frame for `condition`; a page that never gets there fails the bench instead of hanging it. */
export async function until(condition: () => boolean, what: string, frames = 600): Promise<void> {
  for (let frame = 0; !condition(); frame++) {
    if (frame === frames) throw new Error(`${what}: not shown after ${frames} frames`);
    await nextFrame();
  }
}

/** Milliseconds from `started` until every selector matches and a frame has shown them. */
export async function paintOf(started: number, selectors: readonly string[]): Promise<number> {
  await until(() => selectors.every((selector) => page.document.querySelector(selector)), `${selectors.join(', ')}`);
  await nextFrame();
  return performance.now() - started;
}

/** Each runs-table row names its run in a `run-row-<name>` test id, on both pages. */
const ROW = '[data-testid^="run-row-"]';
const firstRow = () => page.document.querySelector(ROW)?.getAttribute('data-testid')?.slice('run-row-'.length);

export interface SortPage {
  /** Mounts the runs table (the compare view gone) and resolves once it shows every run. */
  mountRunsTable(): void;
  /** The element a user clicks to sort by a column (`metric:<name>`). */
  header(column: string): string;
}

/**
 * The runs table mounted, then each of SORT_CLICKS in turn: from the click on the metric's column
 * header to the end of the frame that shows the run expected first.
 */
export async function sortSequence(runs: readonly Run[], target: SortPage): Promise<number[]> {
  target.mountRunsTable();
  await until(() => page.document.querySelectorAll(ROW).length >= runs.length, 'every run in the runs table');
  await nextFrame();
  const steps: number[] = [];
  for (const click of SORT_CLICKS) {
    const expected = expectedFirst(runs, click.metric, click.descending);
    const header = page.document.querySelector(target.header(`metric:${click.metric}`));
    if (!header) throw new Error(`no header to sort by ${click.metric}`);
    const started = performance.now();
    header.click();
    await until(() => firstRow() === expected, `${expected} first after sorting by ${click.metric}`);
    await nextFrame();
    steps.push(performance.now() - started);
  }
  return steps;
}
