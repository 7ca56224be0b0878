import type { LineageEdgeSource, LineageGraph, LineageKind, LineageNode } from '../../../shared/domain/lineage';

export const DATA_BUCKET = 's3://sagedeck-demo-churn-data';
export const DAY_MS = 86_400_000;

/** `churn-preprocess-2026-01-05`: the demo's nightly job of the day `daysAgo` before `nowMs`. */
export function nightlyJob(nowMs: number, daysAgo: number): string {
  return `churn-preprocess-${new Date(nowMs - daysAgo * DAY_MS).toISOString().slice(0, 10)}`;
}

export function nodesOf(graph: LineageGraph, kind: LineageKind): LineageNode[] {
  return graph.nodes.filter((node) => node.kind === kind);
}

export function nodeNamed(graph: LineageGraph, kind: LineageKind, name: string): LineageNode {
  const node = graph.nodes.find((n) => n.kind === kind && n.name === name);
  if (!node) throw new Error(`no ${kind} ${name} in the graph: ${graph.nodes.map((n) => `${n.kind} ${n.name}`).join(', ')}`);
  return node;
}

/**
 * The node ids along edges from `from` down to `to` (only edges of `source` when given), or
 * undefined when no such path exists: what "the path from the data to the endpoint" means on screen.
 */
export function pathBetween(graph: LineageGraph, from: string, to: string, source?: LineageEdgeSource): string[] | undefined {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === to) {
      const path = [to];
      while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
      return path;
    }
    for (const edge of graph.edges) {
      if (edge.from !== at || previous.has(edge.to) || (source && edge.source !== source)) continue;
      previous.set(edge.to, at);
      queue.push(edge.to);
    }
  }
  return undefined;
}

/** The kinds along a path, in order. */
export function kindsAlong(graph: LineageGraph, path: string[]): LineageKind[] {
  return path.map((id) => graph.nodes.find((n) => n.id === id)!.kind);
}
