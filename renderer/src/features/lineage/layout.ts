import type { LineageEdge, LineageGraph, LineageKind, LineageNode } from '../../../../shared/domain/lineage';

/*
 * A lineage graph as columns, left (data) to right (endpoint): pure, so the bench can time it and
 * the canvas only draws. Layers by longest path, sources pulled next to what they feed, rows
 * ordered by the barycentre of their neighbours to keep edges from crossing.
 */

export const NODE_WIDTH = 216;
export const NODE_HEIGHT = 68;
const COLUMN_GAP = 80;
const ROW_GAP = 20;
const MARGIN = 24;
const ORDERING_PASSES = 4;

/** The pipeline's stages in reading order: breaks ties and cycles so data stays left of models. */
export const KIND_ORDER: Record<LineageKind, number> = {
  s3: 0,
  image: 1,
  'processing-job': 1,
  'training-job': 2,
  'lineage-entity': 2,
  'model-artifact': 3,
  'model-package': 4,
  model: 5,
  'endpoint-config': 6,
  endpoint: 7,
  api: 8,
  'load-balancer': 8,
};

export interface PlacedNode {
  node: LineageNode;
  column: number;
  row: number;
  x: number;
  y: number;
}

export interface PlacedEdge {
  edge: LineageEdge;
  /** Index in the graph's `edges`: how the highlight refers to it. */
  index: number;
  /** SVG path data from the upstream card to the downstream one. */
  d: string;
  /** Drawn right to left (a cycle among associations): routed under the cards. */
  backward: boolean;
}

export interface LineageLayout {
  /** In reading order: column by column, top to bottom (the Tab order). */
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  byId: Map<string, PlacedNode>;
  columns: number;
  width: number;
  height: number;
}

interface Adjacency {
  out: Map<string, string[]>;
  in: Map<string, string[]>;
}

function byKindThenName(a: LineageNode, b: LineageNode): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name);
}

/** Edges kept for layering: known ends, no self loops, one per pair, none closing a cycle. */
function acyclicAdjacency(nodes: LineageNode[], edges: LineageEdge[]): { adjacency: Adjacency; topological: string[] } {
  const known = new Set(nodes.map((node) => node.id));
  const out = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  const seenPairs = new Set<string>();
  for (const edge of edges) {
    if (!known.has(edge.from) || !known.has(edge.to) || edge.from === edge.to) continue;
    const pair = `${edge.from}\u0000${edge.to}`;
    if (seenPairs.has(pair)) continue;
    seenPairs.add(pair);
    out.get(edge.from)!.push(edge.to);
  }
  // Depth-first in stage order: an edge back to a node still open would close a cycle.
  const state = new Map<string, 'open' | 'done'>();
  const postOrder: string[] = [];
  const dag: Adjacency = { out: new Map(), in: new Map() };
  for (const node of nodes) {
    dag.out.set(node.id, []);
    dag.in.set(node.id, []);
  }
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const next of out.get(id)!) {
      const seen = state.get(next);
      if (seen === 'open') continue;
      dag.out.get(id)!.push(next);
      dag.in.get(next)!.push(id);
      if (seen === undefined) visit(next);
    }
    state.set(id, 'done');
    postOrder.push(id);
  };
  for (const node of [...nodes].sort(byKindThenName)) if (!state.has(node.id)) visit(node.id);
  return { adjacency: dag, topological: postOrder.reverse() };
}

function assignLayers(topological: string[], dag: Adjacency): Map<string, number> {
  const layer = new Map<string, number>();
  for (const id of topological) {
    const preds = dag.in.get(id)!;
    layer.set(id, preds.length === 0 ? 0 : Math.max(...preds.map((pred) => layer.get(pred)! + 1)));
  }
  // A source (an image, a raw prefix) sits just left of the first thing it feeds, not at the far left.
  for (const id of [...topological].reverse()) {
    const succs = dag.out.get(id)!;
    if (dag.in.get(id)!.length === 0 && succs.length > 0)
      layer.set(id, Math.max(0, Math.min(...succs.map((succ) => layer.get(succ)!)) - 1));
  }
  return layer;
}

/** Rows within each column: stage order first, then barycentre sweeps left→right and right→left. */
function orderColumns(nodes: LineageNode[], layer: Map<string, number>, dag: Adjacency): LineageNode[][] {
  const columnCount = Math.max(0, ...nodes.map((node) => layer.get(node.id)! + 1));
  const columns: LineageNode[][] = Array.from({ length: columnCount }, () => []);
  for (const node of [...nodes].sort(byKindThenName)) columns[layer.get(node.id)!]!.push(node);
  // Positions centred per column, so neighbours in columns of different heights compare fairly.
  const position = new Map<string, number>();
  const place = (column: LineageNode[]) =>
    column.forEach((node, row) => position.set(node.id, row - (column.length - 1) / 2));
  columns.forEach(place);
  const sweep = (column: LineageNode[], neighbours: (id: string) => string[]) => {
    const centre = new Map<string, number>();
    for (const node of column) {
      const around = neighbours(node.id);
      centre.set(
        node.id,
        around.length === 0
          ? position.get(node.id)!
          : around.reduce((sum, id) => sum + position.get(id)!, 0) / around.length,
      );
    }
    column.sort((a, b) => centre.get(a.id)! - centre.get(b.id)!);
    place(column);
  };
  for (let pass = 0; pass < ORDERING_PASSES; pass++) {
    for (const column of columns.slice(1)) sweep(column, (id) => dag.in.get(id)!);
    for (const column of columns.slice(0, -1).reverse()) sweep(column, (id) => dag.out.get(id)!);
  }
  return columns;
}

function edgePath(from: PlacedNode, to: PlacedNode): { d: string; backward: boolean } {
  if (to.column > from.column) {
    const x1 = from.x + NODE_WIDTH;
    const y1 = from.y + NODE_HEIGHT / 2;
    const x2 = to.x;
    const y2 = to.y + NODE_HEIGHT / 2;
    const bend = Math.max(24, (x2 - x1) / 2);
    return { d: `M${x1} ${y1} C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}`, backward: false };
  }
  // Same column or leftwards: leave and enter through the bottom edges, dipping under the cards.
  const x1 = from.x + NODE_WIDTH / 2;
  const y1 = from.y + NODE_HEIGHT;
  const x2 = to.x + NODE_WIDTH / 2;
  const y2 = to.y + NODE_HEIGHT;
  const dip = Math.max(y1, y2) + ROW_GAP * 2;
  return { d: `M${x1} ${y1} C${x1} ${dip} ${x2} ${dip} ${x2} ${y2}`, backward: true };
}

export function layoutLineage(graph: Pick<LineageGraph, 'nodes' | 'edges'>): LineageLayout {
  const unique = [...new Map(graph.nodes.map((node) => [node.id, node])).values()];
  const { adjacency, topological } = acyclicAdjacency(unique, graph.edges);
  const layer = assignLayers(topological, adjacency);
  const columns = orderColumns(unique, layer, adjacency);
  const tallest = Math.max(0, ...columns.map((column) => column.length));

  const nodes: PlacedNode[] = [];
  const byId = new Map<string, PlacedNode>();
  columns.forEach((column, index) => {
    const offset = (tallest - column.length) / 2;
    column.forEach((node, row) => {
      const placed = {
        node,
        column: index,
        row,
        x: MARGIN + index * (NODE_WIDTH + COLUMN_GAP),
        y: MARGIN + (row + offset) * (NODE_HEIGHT + ROW_GAP),
      };
      nodes.push(placed);
      byId.set(node.id, placed);
    });
  });

  const edges: PlacedEdge[] = [];
  graph.edges.forEach((edge, index) => {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (from && to && from !== to) edges.push({ edge, index, ...edgePath(from, to) });
  });

  return {
    nodes,
    edges,
    byId,
    columns: columns.length,
    width: columns.length === 0 ? 0 : MARGIN * 2 + columns.length * NODE_WIDTH + (columns.length - 1) * COLUMN_GAP,
    // Room under the lowest row for an edge routed beneath the cards.
    height: tallest === 0 ? 0 : MARGIN * 2 + tallest * NODE_HEIGHT + (tallest - 1) * ROW_GAP + ROW_GAP * 2,
  };
}
