import { render } from '@testing-library/react';
import { App } from '../../../../renderer/src/app/App';
import { createServices } from '../../../../renderer/src/app/create-services';
import { appReady } from '../../support/app-ready';
import { FakeCore, type FakeCoreOptions } from '../../support/fake-core';
import { profile } from '../../support/fixtures';

/** The real app over the real dispatcher and gate, on the built-in sandbox profile, opened at `hash`. */
export async function renderSecurity(hash: string, { setup, ...options }: FakeCoreOptions & { setup?: (host: FakeCore) => void } = {}) {
  const host = new FakeCore({ profiles: [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' })], ...options });
  setup?.(host);
  window.location.hash = hash;
  const view = render(<App services={createServices(host)} />);
  await appReady();
  return { host, ...view };
}

/** The sections' chunks imported before the tests: the first import is slow on a busy runner. */
export async function preloadSecurityChunks(): Promise<void> {
  await Promise.all([
    import('../../../../renderer/src/features/security/SecurityArea'),
    import('../../../../renderer/src/features/security/posture/PostureSection'),
    import('../../../../renderer/src/features/security/compliance/ComplianceSection'),
  ]);
}
