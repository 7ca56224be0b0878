import { render } from '@testing-library/react';
import { App } from '../../../renderer/src/app/App';
import { createServices } from '../../../renderer/src/app/create-services';
import { FakeHost, type FakeHostOptions } from './fake-bridge';

/** Renders the real app (client, store, shell) against an in-memory host. */
export function renderApp(options: FakeHostOptions & { host?: FakeHost; hash?: string } = {}) {
  const host = options.host ?? new FakeHost(options);
  window.location.hash = options.hash ?? '';
  const services = createServices(host);
  const view = render(<App services={services} />);
  return { host, services, ...view };
}
