import Link from '@cloudscape-design/components/link';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import { POSTURE_SEVERITIES, POSTURE_STATUSES, type PostureFindingRow } from '../../../../../shared/domain/posture';
import { fixHref, KIND_LABEL, SEVERITY_LABEL } from './fix-href';
import { StatusMark } from './StatusMark';

const rank = <T,>(list: readonly T[], value: T) => list.indexOf(value);

const COLUMNS: TableProps.ColumnDefinition<PostureFindingRow>[] = [
  { id: 'status', header: 'Status', cell: (f) => <StatusMark status={f.status} />, sortingComparator: (a, b) => rank(POSTURE_STATUSES, a.status) - rank(POSTURE_STATUSES, b.status) },
  { id: 'severity', header: 'Severity', cell: (f) => SEVERITY_LABEL[f.severity], sortingComparator: (a, b) => rank(POSTURE_SEVERITIES, a.severity) - rank(POSTURE_SEVERITIES, b.severity) },
  { id: 'kind', header: 'Resource', cell: (f) => KIND_LABEL[f.resourceKind], sortingField: 'resourceKind' },
  { id: 'name', header: 'Name', cell: (f) => <span title={f.arn}>{f.name}</span>, sortingField: 'name' },
  { id: 'check', header: 'Check', cell: (f) => f.title, sortingField: 'title' },
  { id: 'evidence', header: 'Evidence', cell: (f) => <span className="posture-evidence">{f.evidence}</span> },
  {
    id: 'fix',
    header: 'Fix',
    cell: (f) =>
      f.fix ? (
        <span data-testid={`posture-fix-${f.id}`}>
          {f.fix.link ? (
            <Link href={fixHref(f.fix.link)} ariaLabel={`Fix: ${f.fix.action} (${f.name})`}>
              {f.fix.action}
            </Link>
          ) : (
            <code>{f.fix.action}</code>
          )}
        </span>
      ) : (
        '—'
      ),
  },
];

/** The one table of findings, sortable by any column but the evidence and the fix. */
export function FindingsTable({ findings }: { findings: PostureFindingRow[] }) {
  const [sorting, setSorting] = useState<Partial<TableProps.SortingState<PostureFindingRow>>>({});
  const items = useMemo(() => {
    const column = sorting.sortingColumn;
    if (!column) return findings;
    const compare = column.sortingComparator ?? ((a: PostureFindingRow, b: PostureFindingRow) => String(a[column.sortingField as keyof PostureFindingRow] ?? '').localeCompare(String(b[column.sortingField as keyof PostureFindingRow] ?? '')));
    const sorted = [...findings].sort(compare);
    return sorting.isDescending ? sorted.reverse() : sorted;
  }, [findings, sorting]);
  return (
    <div data-testid="posture-table">
      <Table
        variant="embedded"
        columnDefinitions={COLUMNS}
        items={items}
        trackBy="id"
        wrapLines
        sortingColumn={sorting.sortingColumn}
        sortingDescending={sorting.isDescending}
        onSortingChange={({ detail }) => setSorting(detail)}
        ariaLabels={{ tableLabel: 'Posture findings' }}
        empty={<p data-testid="posture-empty">No finding matches these filters.</p>}
      />
    </div>
  );
}
