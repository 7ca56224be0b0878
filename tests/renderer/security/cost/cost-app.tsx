import type { FakeCore } from '../../support/fake-core';
import { installColorScheme } from '../../support/media-query';
import { renderOnSandbox } from '../../support/render-on-sandbox';

export const COST = '#/security/cost';

/** The real app on the cost section, the fake cost area seeded. */
export const renderCost = (hash = COST, setup?: (host: FakeCore) => void) => renderOnSandbox(hash, setup ? { setup } : {});

/** The section's chunks (Cloudscape tables and forms, uPlot) before the tests: the first import is slow on a busy runner. */
export async function preloadCostChunks(): Promise<void> {
  if (typeof window.matchMedia !== 'function') installColorScheme(false);
  await Promise.all([
    import('../../../../renderer/src/features/security/SecurityArea'),
    import('../../../../renderer/src/features/security/cost/CostSection'),
    import('../../../../renderer/src/components/ConfirmModal'),
  ]);
}
