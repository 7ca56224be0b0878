import { render } from '@testing-library/react';
import { App } from '../../../renderer/src/app/App';
import { createServices } from '../../../renderer/src/app/create-services';
import { appReady } from './app-ready';
import { FakeCore, type FakeCoreOptions } from './fake-core';
import { profile } from './fixtures';

export interface SandboxAppOptions extends FakeCoreOptions {
  /** Runs on the host before the app starts (state, failures, holds). */
  setup?: (host: FakeCore) => void;
}

/** The real app over the real dispatcher and gate, on the built-in sandbox profile, opened at `hash`. */
export async function renderOnSandbox(hash: string, { setup, ...options }: SandboxAppOptions = {}) {
  const host = new FakeCore({ profiles: [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' })], ...options });
  setup?.(host);
  window.location.hash = hash;
  const view = render(<App services={createServices(host)} />);
  await appReady();
  return { host, ...view };
}
