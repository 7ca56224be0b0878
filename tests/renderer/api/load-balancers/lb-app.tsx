import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { installColorScheme } from '../../support/media-query';
import { renderOnSandbox, type SandboxAppOptions } from '../../support/render-on-sandbox';

export type LoadBalancersAppOptions = SandboxAppOptions;

/** The real app over the real dispatcher and gate, with the fake load balancers seeded (the demo ALB). */
export const renderLoadBalancers = (hash: string, options: LoadBalancersAppOptions = {}) => renderOnSandbox(hash, options);

/** The area's chunks (Cloudscape tables, tabs, forms, uPlot) imported before the tests: the first import is slow on a busy runner. */
export async function preloadLoadBalancerChunks(): Promise<void> {
  // uPlot reads matchMedia when it loads; jsdom has none.
  if (typeof window.matchMedia !== 'function') installColorScheme(false);
  await Promise.all([
    import('../../../../renderer/src/features/api/ApiArea'),
    import('../../../../renderer/src/features/api/load-balancers/LoadBalancerDetailView'),
    import('../../../../renderer/src/features/api/load-balancers/TargetHealthBoard'),
    import('../../../../renderer/src/features/api/load-balancers/metrics/LoadBalancerMetrics'),
    import('../../../../renderer/src/components/ConfirmModal'),
  ]);
}


/** The text box inside a Cloudscape input found by its test id. */
export const inputIn = (testId: string) => document.querySelector(`[data-testid="${testId}"] input`) as HTMLInputElement;

/**
 * The error Cloudscape shows under the form field holding that input: the message next to the field.
 * Call it once the message is on screen, never inside waitFor: run on every DOM change of a form
 * still settling, the wrapper search kept the test from ever finishing.
 */
export function fieldError(testId: string): string | undefined {
  const input = inputIn(testId);
  const field = createWrapper(document.body).findAllFormFields().find((candidate) => candidate.getElement().contains(input));
  return field?.findError()?.getElement().textContent ?? undefined;
}
