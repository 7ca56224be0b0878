import type { HistoryVariant } from '../../../../../shared/domain/endpoints';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { VersionLink } from '../VersionLink';
import { diffVariants } from './plan-diff';

function VariantCell({ variant }: { variant: HistoryVariant | undefined }) {
  if (!variant) return <>none</>;
  return (
    <>
      <VersionLink version={variant.modelVersion} modelName={variant.modelName} />
      <br />
      {variant.instanceType ? `${variant.instanceType} × ${variant.instanceCount ?? '?'}` : 'serverless'}, weight{' '}
      {variant.weight ?? '-'}
    </>
  );
}

/** Exactly what a change does to each variant: now, after, and the differences in words. */
export function PlanTable({
  before,
  after,
  testId,
}: {
  before: HistoryVariant[];
  after: HistoryVariant[];
  testId: string;
}) {
  const rows = diffVariants(before, after);
  return (
    <PlainTable
      caption="Variants before and after"
      columns={['Variant', 'Now', 'After', 'What changes']}
      testId={testId}
    >
      {rows.map((row) => (
        <tr key={row.variantName} data-testid={`${testId}-${row.variantName}`}>
          <th scope="row">{row.variantName}</th>
          <td>
            <VariantCell variant={row.before} />
          </td>
          <td>
            <VariantCell variant={row.after} />
          </td>
          <td className={row.changes.length > 0 ? 'endpoint-diff-changed' : undefined}>
            {row.changes.length > 0 ? row.changes.join('; ') : 'Nothing'}
          </td>
        </tr>
      ))}
    </PlainTable>
  );
}
