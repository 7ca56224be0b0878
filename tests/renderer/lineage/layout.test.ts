import { describe, expect, it } from 'vitest';
import type { LineageEdge, LineageKind, LineageNode } from '../../../shared/domain/lineage';
import { layoutLineage } from '../../../renderer/src/features/lineage/layout';
import { tracePath } from '../../../renderer/src/features/lineage/traced-path';
import { churnProdLineage } from '../support/fake-areas/lineage';

const node = (id: string, kind: LineageKind): LineageNode => ({ id, kind, name: id });
const edge = (from: string, to: string): LineageEdge => ({ from, to, source: 'description' });

/** Pairs of edges between the same two columns whose ends are in opposite row order. */
function crossings(layout: ReturnType<typeof layoutLineage>): number {
  const spans = layout.edges.map(({ edge: e }) => [layout.byId.get(e.from)!, layout.byId.get(e.to)!] as const);
  let count = 0;
  spans.forEach(([a1, a2], i) =>
    spans.slice(i + 1).forEach(([b1, b2]) => {
      if (a1.column === b1.column && a2.column === b2.column && (a1.y - b1.y) * (a2.y - b2.y) < 0) count++;
    }),
  );
  return count;
}

describe('lineage layout', () => {
  it('puts every upstream resource in a column left of what was made from it', () => {
    const graph = churnProdLineage();
    const layout = layoutLineage(graph);
    for (const { edge: e } of layout.edges)
      expect(layout.byId.get(e.from)!.column).toBeLessThan(layout.byId.get(e.to)!.column);
    expect(layout.byId.get(graph.focus)!.column).toBe(layout.columns - 1);
    // The image sits next to the training job it feeds, not with the raw data.
    const image = layout.nodes.find((placed) => placed.node.kind === 'image')!;
    expect(image.column).toBe(layout.byId.get(graph.edges.find((e) => e.from === image.node.id)!.to)!.column - 1);
  });

  it('orders rows so parallel chains do not cross', () => {
    // Two chains whose names sort against each other: a→y, b→x would cross if rows followed names.
    const graph = {
      nodes: [
        node('a', 's3'),
        node('b', 's3'),
        node('x', 'training-job'),
        node('y', 'training-job'),
        node('m', 'model'),
        node('n', 'model'),
      ],
      edges: [edge('a', 'y'), edge('b', 'x'), edge('y', 'm'), edge('x', 'n')],
    };
    expect(crossings(layoutLineage(graph))).toBe(0);
  });

  it('lays out a cycle among associations without looping, drawing the closing edge under the cards', () => {
    const graph = {
      nodes: [node('p', 'processing-job'), node('t', 'training-job')],
      edges: [edge('p', 't'), edge('t', 'p')],
    };
    const layout = layoutLineage(graph);
    expect(layout.byId.get('p')!.column).toBe(0);
    expect(layout.byId.get('t')!.column).toBe(1);
    expect(layout.edges.filter((e) => e.backward)).toHaveLength(1);
  });

  it('ignores edges to resources the graph does not hold', () => {
    const layout = layoutLineage({ nodes: [node('a', 's3')], edges: [edge('a', 'gone')] });
    expect(layout.nodes).toHaveLength(1);
    expect(layout.edges).toHaveLength(0);
  });

  it('traces upstream from the focus through every input it had', () => {
    const graph = churnProdLineage();
    const traced = tracePath(graph);
    expect(traced.direction).toBe('upstream');
    expect(traced.nodes.size).toBe(graph.nodes.length - 1);
    expect([...traced.edges].map((index) => graph.edges[index]!.to)).not.toContain(
      graph.nodes.find((n) => n.name === 'churn-explore')!.id,
    );
  });
});
