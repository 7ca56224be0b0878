import { render } from '@testing-library/react';
import { App } from '../../../../renderer/src/app/App';
import { createServices } from '../../../../renderer/src/app/create-services';
import { appReady } from '../../support/app-ready';
import { FakeCore } from '../../support/fake-core';
import { profile } from '../../support/fixtures';
import { installColorScheme } from '../../support/media-query';

export const COST = '#/security/cost';

/** The real app over the real dispatcher and gate on the cost section, the fake cost area seeded. */
export async function renderCost(hash = COST, setup?: (host: FakeCore) => void) {
  const host = new FakeCore({ profiles: [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' })] });
  setup?.(host);
  window.location.hash = hash;
  const view = render(<App services={createServices(host)} />);
  await appReady();
  return { host, ...view };
}

/** The section's chunks (Cloudscape tables and forms, uPlot) before the tests: the first import is slow on a busy runner. */
export async function preloadCostChunks(): Promise<void> {
  if (typeof window.matchMedia !== 'function') installColorScheme(false);
  await Promise.all([
    import('../../../../renderer/src/features/security/SecurityArea'),
    import('../../../../renderer/src/features/security/cost/CostSection'),
    import('../../../../renderer/src/components/ConfirmModal'),
  ]);
}
