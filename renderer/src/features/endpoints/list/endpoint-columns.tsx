import Button from '@cloudscape-design/components/button';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import type { EndpointSummary } from '../../../../../shared/domain/endpoints';
import { EndpointStatus } from '../EndpointStatus';
import { formatTime } from '../endpoint-format';
import { deployHref, endpointHref } from '../endpoint-routes';
import { EndpointSparks, type RowMetrics } from './EndpointSparks';
import { VariantLines } from './VariantLines';

/** The row's actions: rollback is one click here (then the plan, then the confirmation). */
function RowActions({ endpoint, onRollback }: { endpoint: EndpointSummary; onRollback: (name: string) => void }) {
  return (
    <SpaceBetween direction="horizontal" size="xs">
      {[
        <Button
          key="rollback"
          variant="inline-link"
          data-testid={`endpoint-rollback-${endpoint.name}`}
          ariaLabel={`Roll back ${endpoint.name}…`}
          onClick={() => onRollback(endpoint.name)}
        >
          Roll back…
        </Button>,
        <Button
          key="deploy"
          variant="inline-link"
          href={deployHref(endpoint.name)}
          ariaLabel={`Deploy to ${endpoint.name}`}
        >
          Deploy
        </Button>,
      ]}
    </SpaceBetween>
  );
}

export function endpointColumns(
  onRollback: (name: string) => void,
  metrics: RowMetrics,
): TableProps.ColumnDefinition<EndpointSummary>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      // The table has no per-row attributes: the name cell carries the row's test id.
      cell: (endpoint) => (
        <span data-testid={`endpoint-row-${endpoint.name}`}>
          <Link href={endpointHref(endpoint.name)}>{endpoint.name}</Link>
        </span>
      ),
      sortingField: 'name',
      isRowHeader: true,
    },
    {
      id: 'status',
      header: 'Status',
      cell: (endpoint) => <EndpointStatus endpoint={endpoint} />,
      sortingField: 'status',
    },
    {
      id: 'variants',
      header: 'Variants (version · instances · weight)',
      cell: (endpoint) => <VariantLines endpointName={endpoint.name} variants={endpoint.variants} />,
    },
    {
      id: 'invocations',
      header: 'Invocations (1 h)',
      cell: (endpoint) => <EndpointSparks name={endpoint.name} which="invocations" metrics={metrics} />,
    },
    {
      id: 'latency',
      header: 'Model latency (1 h)',
      cell: (endpoint) => <EndpointSparks name={endpoint.name} which="latency" metrics={metrics} />,
    },
    {
      id: 'modified',
      header: 'Last modified',
      cell: (endpoint) => <time dateTime={endpoint.lastModifiedAt}>{formatTime(endpoint.lastModifiedAt)}</time>,
      sortingField: 'lastModifiedAt',
    },
    {
      id: 'actions',
      header: 'Actions',
      cell: (endpoint) => <RowActions endpoint={endpoint} onRollback={onRollback} />,
    },
  ];
}
