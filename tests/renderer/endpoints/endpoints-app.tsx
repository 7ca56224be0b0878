import { render } from '@testing-library/react';
import { App } from '../../../renderer/src/app/App';
import { createServices } from '../../../renderer/src/app/create-services';
import type { EndpointDetail, EndpointSummary } from '../../../shared/domain/endpoints';
import type { ModelGroupSummary, ModelVersionDetail } from '../../../shared/domain/registry';
import { appReady } from '../support/app-ready';
import { FakeCore, type FakeCoreOptions } from '../support/fake-core';
import { profile } from '../support/fixtures';
import { installColorScheme } from '../support/media-query';

export interface EndpointsAppOptions extends FakeCoreOptions {
  endpoints?: EndpointSummary[];
  details?: Record<string, Partial<EndpointDetail>>;
  groups?: ModelGroupSummary[];
  versions?: ModelVersionDetail[];
}

/** The real app over the real dispatcher and gate, with the fake endpoints and registry areas seeded first. */
export async function renderEndpoints(
  hash: string,
  { endpoints = [], details = {}, groups = [], versions = [], ...options }: EndpointsAppOptions = {},
) {
  const host = new FakeCore({
    profiles: [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' })],
    ...options,
  });
  host.endpoints.endpoints = endpoints;
  for (const [name, detail] of Object.entries(details)) host.endpoints.details.set(name, detail);
  host.registry.groups = groups;
  host.registry.versions = versions;
  window.location.hash = hash;
  const view = render(<App services={createServices(host)} />);
  await appReady();
  return { host, ...view };
}

/** The area's chunks (Cloudscape tables, forms, uPlot) imported before the tests: the first import is slow on a busy runner. */
export async function preloadEndpointChunks(): Promise<void> {
  // uPlot reads matchMedia when it loads; jsdom has none.
  if (typeof window.matchMedia !== 'function') installColorScheme(false);
  await Promise.all([
    import('../../../renderer/src/features/endpoints/EndpointsArea'),
    import('../../../renderer/src/features/endpoints/detail/EndpointDetail'),
    import('../../../renderer/src/features/endpoints/rollback/RollbackDialog'),
    import('../../../renderer/src/features/endpoints/deploy/DeployForm'),
    import('../../../renderer/src/features/endpoints/deploy/DeploymentLive'),
    import('../../../renderer/src/features/endpoints/scaling/ScalingPanel'),
    import('../../../renderer/src/features/endpoints/invoke/InvokePanel'),
    import('../../../renderer/src/components/ConfirmModal'),
  ]);
}
