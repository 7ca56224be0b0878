import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { render } from '@testing-library/react';
import { App } from '../../../../renderer/src/app/App';
import { createServices } from '../../../../renderer/src/app/create-services';
import { appReady } from '../../support/app-ready';
import { FakeCore, type FakeCoreOptions } from '../../support/fake-core';
import { profile } from '../../support/fixtures';
import { installColorScheme } from '../../support/media-query';

export interface LoadBalancersAppOptions extends FakeCoreOptions {
  /** Runs on the host before the app starts (state, failures, holds). */
  setup?: (host: FakeCore) => void;
}

/** The real app over the real dispatcher and gate, with the fake load balancers seeded (the demo ALB). */
export async function renderLoadBalancers(hash: string, { setup, ...options }: LoadBalancersAppOptions = {}) {
  const host = new FakeCore({ profiles: [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' })], ...options });
  setup?.(host);
  window.location.hash = hash;
  const view = render(<App services={createServices(host)} />);
  await appReady();
  return { host, ...view };
}

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

export { FakeNotification } from '../../support/fake-notification';

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
