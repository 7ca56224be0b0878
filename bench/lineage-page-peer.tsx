/*
 * Bench peer, the floor for this drawing: the same 200 nodes and their edges as one static SVG
 * written at grid positions known up front (a column per pipeline stage, no layout algorithm, no
 * React), the same cards, classes and stylesheet as the console's; a drag sets the transform
 * attribute of the group, nothing else. Bundled by bench/lineage-graph.ts. A .tsx without JSX:
 * the Node typecheck takes every .ts under bench/, and this page needs the DOM library (tsconfig.web.json).
 */
import '../renderer/src/styles/shell.css';
import '../renderer/src/features/lineage/lineage.css';
import { NODE_HEIGHT, NODE_WIDTH } from '../renderer/src/features/lineage/layout';
import { KIND_LABELS, shorten, statusTone } from '../renderer/src/features/lineage/node-words';
import { fitView } from '../renderer/src/features/lineage/use-pan-zoom';
import { benchLineage, STAGES } from './lineage-bench-data';
import { nodesPainted, panSequence } from './lineage-page-measure';

const COLUMN = NODE_WIDTH + 80;
const ROW = NODE_HEIGHT + 20;
const HEIGHT = 560;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const graph = benchLineage();
const started = performance.now();
// The generator lists nodes stage by stage: a node's column is its stage, its row its place in it.
const at = new Map<string, { x: number; y: number }>();
let first = 0;
STAGES.forEach((stage, column) => {
  for (let row = 0; row < stage.count; row++) at.set(graph.nodes[first + row]!.id, { x: 24 + column * COLUMN, y: 24 + row * ROW });
  first += stage.count;
});
const edges = graph.edges.map((edge) => {
  const from = at.get(edge.from)!;
  const to = at.get(edge.to)!;
  return `<path class="lineage-edge lineage-edge-${edge.source}" d="M${from.x + NODE_WIDTH} ${from.y + NODE_HEIGHT / 2} L${to.x} ${to.y + NODE_HEIGHT / 2}" marker-end="url(#arrow)"/>`;
});
const cards = graph.nodes.map((node) => {
  const { x, y } = at.get(node.id)!;
  const tone = statusTone(node.status);
  return `<g transform="translate(${x} ${y})"><a class="lineage-node" data-node="" href="${escape(node.href ?? '#')}"><rect class="lineage-node-card" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="8"/><rect class="lineage-node-stripe lineage-tone-${tone}" width="6" height="${NODE_HEIGHT}" rx="3"/><text class="lineage-node-kind" x="16" y="20">${KIND_LABELS[node.kind]}</text><text class="lineage-node-name" x="16" y="40">${escape(shorten(node.name, 27))}</text><text class="lineage-node-status lineage-tone-${tone}" x="16" y="58">${escape(node.status ?? 'No status (data)')}</text></a></g>`;
});
const root = document.getElementById('root')!;
root.innerHTML = `<div class="lineage-view"><svg class="lineage-svg" width="100%" height="${HEIGHT}"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" class="lineage-arrow"/></marker></defs><g id="moved"><g>${edges.join('')}</g><g>${cards.join('')}</g></g></svg></div>`;

const svg = root.querySelector('svg')!;
const moved = root.querySelector('#moved')!;
const tallest = Math.max(...STAGES.map((stage) => stage.count));
const view = fitView({ width: 48 + STAGES.length * COLUMN - 80, height: 48 + tallest * ROW - 20 }, { width: svg.clientWidth, height: HEIGHT });
const place = () => moved.setAttribute('transform', `translate(${view.x} ${view.y}) scale(${view.scale})`);
place();
let drag: { x: number; y: number } | undefined;
svg.addEventListener('pointerdown', (event) => {
  drag = { x: event.clientX, y: event.clientY };
});
svg.addEventListener('pointermove', (event) => {
  if (!drag) return;
  view.x += event.clientX - drag.x;
  view.y += event.clientY - drag.y;
  drag = { x: event.clientX, y: event.clientY };
  place();
});
svg.addEventListener('pointerup', () => {
  drag = undefined;
});

Object.assign(window, {
  __bench: {
    paint: nodesPainted(started, '[data-node]', graph.nodes.length),
    pan: (moves: number) => panSequence('svg.lineage-svg', moves, () => moved.getAttribute('transform')),
  },
});
