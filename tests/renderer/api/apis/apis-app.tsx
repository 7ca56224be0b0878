import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../../renderer/src/app/App';
import { createServices } from '../../../../renderer/src/app/create-services';
import { appReady } from '../../support/app-ready';
import { endpointSummary } from '../../support/fake-areas/endpoints';
import { FakeCore, type FakeCoreOptions } from '../../support/fake-core';
import { profile } from '../../support/fixtures';
import { installColorScheme } from '../../support/media-query';

export interface ApisAppOptions extends FakeCoreOptions {
  /** Runs on the host before the app starts (state, failures, holds). */
  setup?: (host: FakeCore) => void;
}

/** The real app over the real dispatcher and gate, with the demo's churn-api and the churn-prod endpoint in the fakes. */
export async function renderApis(hash: string, { setup, ...options }: ApisAppOptions = {}) {
  const host = new FakeCore({ profiles: [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' })], ...options });
  host.endpoints.endpoints = [endpointSummary('churn-prod')];
  setup?.(host);
  window.location.hash = hash;
  const view = render(<App services={createServices(host)} />);
  await appReady();
  return { host, ...view };
}

/** The area's chunks (Cloudscape tables, tabs, forms, uPlot) imported before the tests: the first import is slow on a busy runner. */
export async function preloadApiChunks(): Promise<void> {
  // uPlot reads matchMedia when it loads; jsdom has none.
  if (typeof window.matchMedia !== 'function') installColorScheme(false);
  await Promise.all([
    import('../../../../renderer/src/features/api/ApiArea'),
    import('../../../../renderer/src/features/api/apis/ApiDetailView'),
    import('../../../../renderer/src/features/api/apis/expose/ExposeFlow'),
    import('../../../../renderer/src/features/api/apis/metrics/ApiMetrics'),
  ]);
}

/** The text box (input or textarea) inside a Cloudscape field found by its test id. */
export const fieldIn = (testId: string) => screen.getByTestId(testId).querySelector('input, textarea') as HTMLInputElement;
export const type = (testId: string, value: string) => fireEvent.change(fieldIn(testId), { target: { value } });
