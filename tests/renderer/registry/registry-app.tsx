import { render } from '@testing-library/react';
import { App } from '../../../renderer/src/app/App';
import { createServices } from '../../../renderer/src/app/create-services';
import type { ModelGroupSummary, ModelVersionDetail } from '../../../shared/domain/registry';
import { appReady } from '../support/app-ready';
import { FakeCore, type FakeCoreOptions } from '../support/fake-core';
import { modelGroup, modelVersion } from '../support/fake-areas/registry';
import { profile } from '../support/fixtures';
import { fakeConnection } from '../jobs/jobs-app';

export interface RegistryAppOptions extends FakeCoreOptions {
  groups?: ModelGroupSummary[];
  versions?: ModelVersionDetail[];
  /** Runs on the host before the first render: queue a failure, set a notice. */
  before?: (host: FakeCore) => void;
}

/** Group `churn-prediction` with versions 1–4; version 4 pending, 3 approved, 2 rejected, 1 approved. */
export function demoRegistry(): { groups: ModelGroupSummary[]; versions: ModelVersionDetail[] } {
  return {
    groups: [modelGroup('churn-prediction', { description: 'Customer churn classifier' }), modelGroup('fraud-detect')],
    versions: [
      modelVersion('churn-prediction', 1, { approvalStatus: 'Approved' }),
      modelVersion('churn-prediction', 2, { approvalStatus: 'Rejected' }),
      modelVersion('churn-prediction', 3, { approvalStatus: 'Approved' }),
      modelVersion('churn-prediction', 4),
    ],
  };
}

/** The real app over the real dispatcher and gate with the fake registry, opened at `hash`. */
export async function renderRegistry(hash: string, { groups, versions, before, ...options }: RegistryAppOptions = {}) {
  const host = new FakeCore({ profiles: [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' })], ...options });
  const demo = demoRegistry();
  host.registry.groups = groups ?? demo.groups;
  host.registry.versions = versions ?? demo.versions;
  before?.(host);
  window.location.hash = hash;
  const view = render(<App services={{ ...createServices(host), connection: fakeConnection() }} />);
  await appReady();
  return { host, ...view };
}

/** The registry's chunks (Cloudscape tables, modals) before the tests: the first import is slow on a busy machine. */
export async function preloadRegistryChunks(): Promise<void> {
  await Promise.all([
    import('../../../renderer/src/features/registry/RegistryArea'),
    import('../../../renderer/src/features/registry/VersionList'),
    import('../../../renderer/src/features/registry/detail/VersionDetail'),
    import('../../../renderer/src/features/registry/CompareView'),
    import('../../../renderer/src/components/ConfirmModal'),
  ]);
}
