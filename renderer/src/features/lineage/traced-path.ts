import type { LineageGraph } from '../../../../shared/domain/lineage';

export interface TracedPath {
  /** Node ids on the path, the focus included. */
  nodes: Set<string>;
  /** Indexes into the graph's `edges`. */
  edges: Set<number>;
  /** `upstream`: from the focus back to its data; `downstream`: from data to what it fed. */
  direction: 'upstream' | 'downstream';
}

function walk(graph: Pick<LineageGraph, 'focus' | 'edges'>, direction: TracedPath['direction'], descriptionsOnly: boolean): TracedPath {
  const nodes = new Set([graph.focus]);
  const edges = new Set<number>();
  const queue = [graph.focus];
  while (queue.length > 0) {
    const current = queue.shift()!;
    graph.edges.forEach((edge, index) => {
      const [here, next] = direction === 'upstream' ? [edge.to, edge.from] : [edge.from, edge.to];
      if (here !== current || (descriptionsOnly && edge.source !== 'description')) return;
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
 * What the graph highlights: everything the focus was made from, walking edges upstream (the
 * description-derived ones first). A focus with nothing upstream (a raw data prefix) is traced the
 * other way, to the endpoints it fed.
 */
export function tracePath(graph: Pick<LineageGraph, 'focus' | 'edges'>): TracedPath {
  // AWS's associations also record history (every nightly run that wrote a prefix, an earlier
  // deployment): the descriptions say what serves now, so they trace the path when they reach.
  for (const descriptionsOnly of [true, false]) {
    const upstream = walk(graph, 'upstream', descriptionsOnly);
    if (upstream.edges.size > 0) return upstream;
    const downstream = walk(graph, 'downstream', descriptionsOnly);
    if (downstream.edges.size > 0) return downstream;
  }
  return { nodes: new Set([graph.focus]), edges: new Set(), direction: 'upstream' };
}

/** The graph cut down to the traced path: for a chain lost among every run that wrote the same data. */
export function keepTraced(graph: LineageGraph, path: TracedPath): LineageGraph {
  return {
    ...graph,
    nodes: graph.nodes.filter((node) => path.nodes.has(node.id)),
    edges: graph.edges.filter((_, index) => path.edges.has(index)),
  };
}
