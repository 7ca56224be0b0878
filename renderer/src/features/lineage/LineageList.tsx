import type { LineageGraph } from '../../../../shared/domain/lineage';
import { PlainTable } from '../jobs/detail/PlainTable';
import type { LineageLayout } from './layout';
import { nodeHref } from './LineageDrawing';
import { KIND_LABELS, SOURCE_LABELS } from './node-words';
import type { TracedPath } from './traced-path';

/** The graph as two tables, for screen readers and for reading: resources by stage, then the links. */
export function LineageList({
  graph,
  layout,
  traced,
}: {
  graph: LineageGraph;
  layout: LineageLayout;
  traced: TracedPath;
}) {
  const nameOf = (id: string) => layout.byId.get(id)?.node.name ?? id;
  return (
    <div className="lineage-list" data-testid="lineage-list">
      <h2>Resources, from data to endpoint</h2>
      <PlainTable
        caption="Resources, from data to endpoint"
        columns={['Stage', 'Name', 'Status', 'On the traced path']}
      >
        {layout.nodes.map(({ node }) => (
          <tr key={node.id} data-testid="lineage-list-node" data-kind={node.kind}>
            <td>{KIND_LABELS[node.kind]}</td>
            <td>
              <a href={nodeHref(node)}>{node.name}</a>
              {node.id === graph.focus ? ' (looked up)' : ''}
            </td>
            <td>{node.status ?? '—'}</td>
            <td>{traced.nodes.has(node.id) ? 'Yes' : 'No'}</td>
          </tr>
        ))}
      </PlainTable>
      <h2>Links, upstream to downstream</h2>
      <PlainTable caption="Links, upstream to downstream" columns={['From', 'To', 'How SageDeck knows']}>
        {graph.edges.map((edge, index) => (
          <tr key={index} data-testid="lineage-list-edge" data-source={edge.source}>
            <td>{nameOf(edge.from)}</td>
            <td>{nameOf(edge.to)}</td>
            <td>
              {SOURCE_LABELS[edge.source]}
              {edge.label ? ` (${edge.label})` : ''}
            </td>
          </tr>
        ))}
      </PlainTable>
    </div>
  );
}
