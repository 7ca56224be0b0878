import Link from '@cloudscape-design/components/link';
import type { EndpointVariant } from '../../../../../shared/domain/endpoints';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { scalingHref } from '../endpoint-routes';
import { countText } from '../list/VariantLines';
import { VersionLink } from '../VersionLink';

/** The variants serving now: model version, instances (current → desired), weight, and their scaling. */
export function VariantsTable({ endpointName, variants }: { endpointName: string; variants: EndpointVariant[] }) {
  return (
    <PlainTable
      caption={`Variants of ${endpointName}`}
      columns={['Variant', 'Model version', 'Instance type', 'Instances', 'Weight', 'Autoscaling']}
      testId="endpoint-variants"
    >
      {variants.map((variant) => (
        <tr key={variant.variantName} data-testid={`endpoint-variant-row-${variant.variantName}`}>
          <th scope="row">{variant.variantName}</th>
          <td>
            <VersionLink version={variant.modelVersion} modelName={variant.modelName} />
          </td>
          <td>{variant.instanceType ?? 'serverless'}</td>
          <td>{countText(variant.currentInstanceCount, variant.desiredInstanceCount)}</td>
          <td>{countText(variant.currentWeight, variant.desiredWeight)}</td>
          <td>
            <Link
              href={scalingHref(endpointName, variant.variantName)}
              ariaLabel={`Autoscaling of ${variant.variantName}`}
            >
              Autoscaling
            </Link>
          </td>
        </tr>
      ))}
    </PlainTable>
  );
}
