import { memo } from 'react';
import type { LineageNode } from '../../../../shared/domain/lineage';
import { NODE_HEIGHT, NODE_WIDTH, type LineageLayout, type PlacedNode } from './layout';
import { lineageHref } from './lineage-routes';
import { KIND_LABELS, KIND_MARKS, shorten, statusTone, TONE_MARKS } from './node-words';
import type { TracedPath } from './traced-path';

const NAME_CHARACTERS = 27;

/** Where a card leads: its own area, or (for what has none) the lineage traced from it. */
export const nodeHref = (node: LineageNode) => node.href ?? lineageHref(node.arn ?? node.uri ?? node.name);

/**
 * What the card shows, in the order it shows it (marks aside): its accessible name must contain
 * it. Each line's text ends in a space, as a checker reads the lines run together.
 */
function cardWords(node: LineageNode, focus: boolean) {
  return {
    kind: `${KIND_LABELS[node.kind]}${focus ? ' · looked up' : ''}`,
    name: shorten(node.name, NAME_CHARACTERS),
    status: node.status ?? 'No status (data)',
  };
}

function describeNode(node: LineageNode, focus: boolean, traced: boolean): string {
  const words = cardWords(node, focus);
  return [
    `${words.kind} ${words.name} ${words.status}`,
    words.name === node.name ? undefined : node.name,
    traced ? 'on the traced path' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

function NodeCard({ placed, focus, traced }: { placed: PlacedNode; focus: boolean; traced: boolean }) {
  const { node, x, y } = placed;
  const tone = statusTone(node.status);
  const words = cardWords(node, focus);
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
          {words.kind}{' '}
        </text>
        <text className="lineage-node-name" x={16} y={40}>
          {words.name}{' '}
        </text>
        <text className={`lineage-node-status lineage-tone-${tone}`} x={16} y={58}>
          {node.status && <tspan aria-hidden="true">{TONE_MARKS[tone]} </tspan>}
          {words.status}
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
