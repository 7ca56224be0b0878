/*
 * How both compare bench pages run: the comparison mounted (and its paint timed), then swapped for
 * the runs table for the sort clicks. Bundled into both pages.
 */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Run } from '../shared/domain/experiments';
import { paintOf, sortSequence } from './experiments-page-measure';

export function mountComparePage(input: {
  runs: readonly Run[];
  comparison: ReactNode;
  /** What must be on screen for the comparison to count as shown. */
  shown: readonly string[];
  runsTable: ReactNode;
  /** The element a user clicks to sort by a column (`metric:<name>`). */
  header: (column: string) => string;
}): void {
  const container = document.getElementById('root')!;
  let root = createRoot(container);
  const started = performance.now();
  root.render(input.comparison);
  const mountRunsTable = () => {
    root.unmount();
    root = createRoot(container);
    root.render(input.runsTable);
  };
  Object.assign(window, {
    __bench: { paint: paintOf(started, input.shown), sort: () => sortSequence(input.runs, { mountRunsTable, header: input.header }) },
  });
}
