/*
 * Bench page: a 200-node lineage graph as the console draws it — layoutLineage and tracePath as
 * LineageView's Graph computes them, LineageCanvas (pan and zoom) around LineageDrawing's SVG —
 * mounted with the graph passed in instead of read through lineage.get.
 * Bundled by bench/lineage-graph.ts.
 */
import '../renderer/src/styles/shell.css';
import '../renderer/src/features/jobs/jobs.css';
import '../renderer/src/features/lineage/lineage.css';
import { applyMode, Mode } from '@cloudscape-design/global-styles';
import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { layoutLineage } from '../renderer/src/features/lineage/layout';
import { LineageCanvas } from '../renderer/src/features/lineage/LineageCanvas';
import { tracePath } from '../renderer/src/features/lineage/traced-path';
import type { LineageGraph } from '../shared/domain/lineage';
import { benchLineage } from './lineage-bench-data';
import { nodesPainted, panSequence } from './lineage-page-measure';

function Drawing({ graph }: { graph: LineageGraph }) {
  const layout = useMemo(() => layoutLineage(graph), [graph]);
  const traced = useMemo(() => tracePath(graph), [graph]);
  return (
    <div className="lineage-view">
      <LineageCanvas layout={layout} traced={traced} focus={graph.focus} label={`Lineage: ${graph.nodes.length} resources and ${graph.edges.length} links.`} />
    </div>
  );
}

applyMode(Mode.Light);
const graph = benchLineage();
const SURFACE = '[data-testid="lineage-graph"]';
const started = performance.now();
createRoot(document.getElementById('root')!).render(<Drawing graph={graph} />);
Object.assign(window, {
  __bench: {
    paint: nodesPainted(started, '[data-testid="lineage-node"]', graph.nodes.length),
    pan: (moves: number) => panSequence(SURFACE, moves, () => document.querySelector(SURFACE)?.getAttribute('data-view') ?? null),
  },
});
