import { render } from '@testing-library/react';
import { App } from '../../../renderer/src/app/App';
import { createServices } from '../../../renderer/src/app/create-services';
import { FakeCore, type FakeCoreOptions } from './fake-core';

/** Renders the real app (client, store, shell) against the real dispatcher over fake areas. */
export function renderApp(options: FakeCoreOptions & { host?: FakeCore; hash?: string } = {}) {
  const host = options.host ?? new FakeCore(options);
  window.location.hash = options.hash ?? '';
  const services = createServices(host);
  const view = render(<App services={services} />);
  return { host, services, ...view };
}
