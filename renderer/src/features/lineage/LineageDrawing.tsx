import { memo } from 'react';
import type { LineageNode } from '../../../../shared/domain/lineage';
import { NODE_HEIGHT, NODE_WIDTH, type LineageLayout, type PlacedNode } from './layout';
import { lineageHref } from './lineage-routes';
import { KIND_LABELS, KIND_MARKS, shorten, statusTone, TONE_MARKS } from './node-words';
import type { TracedPath } from './traced-path';

const NAME_CHARACTERS = 27;

/** Where a card leads: its own area, or (for what has none) the lineage traced from it. */
export const nodeHref = (node: LineageNode) => node.href ?? lineageHref(node.arn ?? node.uri ?? node.name);

function describeNode(node: LineageNode, focus: boolean, traced: boolean): string {
  return [
    `${KIND_LABELS[node.kind]} ${node.name}`,
    node.status ? `status ${node.status}` : undefined,
    focus ? 'the resource looked up' : undefined,
    traced ? 'on the traced path' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

function NodeCard({ placed, focus, traced }: { placed: PlacedNode; focus: boolean; traced: boolean }) {
  const { node, x, y } = placed;
  const tone = statusTone(node.status);
  // The translate sits on a group: TypeScript types <a> as HTML's, which has no transform.
  return (
    <g transform={`translate(${x} ${y})`}>
      <a
        href={nodeHref(node)}
        className={`lineage-node${focus ? ' lineage-node-focus' : ''}`}
        data-testid="lineage-node"
        data-kind={node.kind}
        data-name={node.name}
        data-id={node.id}
        data-highlighted={traced ? 'true' : 'false'}
        data-status={node.status}
        aria-label={describeNode(node, focus, traced)}
      >
        <title>{node.arn ?? node.uri ?? node.name}</title>
        <rect className="lineage-node-card" width={NODE_WIDTH} height={NODE_HEIGHT} rx={8} />
        {traced && (
          <rect
            data-testid="lineage-highlighted"
            className="lineage-node-ring"
            x={-3}
            y={-3}
            width={NODE_WIDTH + 6}
            height={NODE_HEIGHT + 6}
            rx={10}
          />
        )}
        <rect className={`lineage-node-stripe lineage-tone-${tone}`} width={6} height={NODE_HEIGHT} rx={3} />
        <text className="lineage-node-kind" x={16} y={20}>
          <tspan aria-hidden="true">{KIND_MARKS[node.kind]} </tspan>
          {KIND_LABELS[node.kind]}
          {focus ? ' · looked up' : ''}
        </text>
        <text className="lineage-node-name" x={16} y={40}>
          {shorten(node.name, NAME_CHARACTERS)}
        </text>
        <text className={`lineage-node-status lineage-tone-${tone}`} x={16} y={58}>
          {node.status ? `${TONE_MARKS[tone]} ${node.status}` : 'No status (data)'}
        </text>
      </a>
    </g>
  );
}

/**
 * Edges then cards, drawn once per graph: panning and zooming only move the group around this,
 * so a frame while panning re-renders nothing here.
 */
export const LineageDrawing = memo(function LineageDrawing({
  layout,
  traced,
  focus,
  arrowId,
}: {
  layout: LineageLayout;
  traced: TracedPath;
  focus: string;
  arrowId: string;
}) {
  return (
    <>
      <g className="lineage-edges" aria-hidden="true">
        {layout.edges.map(({ edge, index, d }) => (
          <path
            key={index}
            d={d}
            className={`lineage-edge lineage-edge-${edge.source}${traced.edges.has(index) ? ' lineage-edge-traced' : ''}`}
            markerEnd={`url(#${arrowId})`}
            data-source={edge.source}
          />
        ))}
      </g>
      <g className="lineage-nodes">
        {layout.nodes.map((placed) => (
          <NodeCard
            key={placed.node.id}
            placed={placed}
            focus={placed.node.id === focus}
            traced={traced.nodes.has(placed.node.id)}
          />
        ))}
      </g>
    </>
  );
});
