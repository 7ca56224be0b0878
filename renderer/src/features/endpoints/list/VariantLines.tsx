import type { EndpointVariant } from '../../../../../shared/domain/endpoints';
import { VersionLink } from '../VersionLink';

/** Counts as "2" when settled, "1 → 3" while AWS moves to a desired count. */
export function countText(current: number | undefined, desired: number | undefined): string {
  if (current === undefined && desired === undefined) return '?';
  if (desired === undefined || current === desired) return String(current ?? desired);
  return `${current ?? '?'} → ${desired}`;
}

/** Every variant of an endpoint on its own line: what serves, on what, how many, how much traffic. */
export function VariantLines({ endpointName, variants }: { endpointName: string; variants: EndpointVariant[] }) {
  if (variants.length === 0) return <span>No variants yet</span>;
  return (
    <ul className="endpoint-variant-lines" data-testid={`endpoint-variants-${endpointName}`}>
      {variants.map((variant) => (
        <li key={variant.variantName} data-testid={`endpoint-variant-${endpointName}-${variant.variantName}`}>
          <strong>{variant.variantName}</strong>:{' '}
          <VersionLink version={variant.modelVersion} modelName={variant.modelName} />
          {' · '}
          {variant.instanceType ?? 'serverless'} ×{' '}
          {countText(variant.currentInstanceCount, variant.desiredInstanceCount)}
          {' · weight '}
          {countText(variant.currentWeight, variant.desiredWeight)}
        </li>
      ))}
    </ul>
  );
}
