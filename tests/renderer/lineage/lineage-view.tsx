import { render } from '@testing-library/react';
import LineageView from '../../../renderer/src/features/lineage/LineageView';
import { ServicesProvider } from '../../../renderer/src/app/services';
import { appReady } from '../support/app-ready';
import type { FakeCore } from '../support/fake-core';
import { renderApp } from '../support/render-app';

/** The lineage view alone, as the Experiments area routes it, on the services of a running app (a session is open). */
export async function renderLineage(resource: string, setup: (host: FakeCore) => void = () => {}) {
  const app = renderApp();
  await appReady();
  setup(app.host);
  const view = render(
    <ServicesProvider services={app.services}>
      <LineageView resource={resource} />
    </ServicesProvider>,
  );
  return { ...app, view };
}
