import type { LineageGraph } from '../../../../shared/domain/lineage';

export interface TracedPath {
  /** Node ids on the path, the focus included. */
  nodes: Set<string>;
  /** Indexes into the graph's `edges`. */
  edges: Set<number>;
  /** `upstream`: from the focus back to its data; `downstream`: from data to what it fed. */
  direction: 'upstream' | 'downstream';
}

function walk(graph: Pick<LineageGraph, 'focus' | 'edges'>, direction: TracedPath['direction']): TracedPath {
  const nodes = new Set([graph.focus]);
  const edges = new Set<number>();
  const queue = [graph.focus];
  while (queue.length > 0) {
    const current = queue.shift()!;
    graph.edges.forEach((edge, index) => {
      const [here, next] = direction === 'upstream' ? [edge.to, edge.from] : [edge.from, edge.to];
      if (here !== current) return;
      edges.add(index);
      if (!nodes.has(next)) {
        nodes.add(next);
        queue.push(next);
      }
    });
  }
  return { nodes, edges, direction };
}

/**
 * What the graph highlights: everything the focus was made from, walking edges upstream. A focus
 * with nothing upstream (a raw data prefix) is traced the other way, to the endpoints it fed.
 */
export function tracePath(graph: Pick<LineageGraph, 'focus' | 'edges'>): TracedPath {
  const upstream = walk(graph, 'upstream');
  return upstream.edges.size > 0 ? upstream : walk(graph, 'downstream');
}
