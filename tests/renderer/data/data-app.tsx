import { render } from '@testing-library/react';
import { App } from '../../../renderer/src/app/App';
import { createServices } from '../../../renderer/src/app/create-services';
import { appReady } from '../support/app-ready';
import { FakeCore, type FakeCoreOptions } from '../support/fake-core';
import type { FakeData } from '../support/fake-areas/data';

/** The real app over the real dispatcher and gate, with the fake data area seeded first. */
export async function renderData(
  hash: string,
  seed: (data: FakeData) => void = () => {},
  options: FakeCoreOptions = {},
) {
  const host = new FakeCore(options);
  seed(host.data);
  window.location.hash = hash;
  const services = createServices(host);
  const view = render(<App services={services} />);
  await appReady();
  return { host, services, ...view };
}

/** The area's chunks imported before the tests: the first import of Cloudscape is slow on a busy runner. */
export async function preloadDataChunks(): Promise<void> {
  await Promise.all([
    import('../../../renderer/src/features/data/DataArea'),
    import('../../../renderer/src/features/data/buckets/BucketPosture'),
    import('../../../renderer/src/features/data/create/CreateBucketForm'),
    import('../../../renderer/src/features/data/browse/ObjectBrowser'),
    import('../../../renderer/src/features/data/browse/ObjectDetail'),
    import('../../../renderer/src/features/data/restore/RestorePanel'),
    import('../../../renderer/src/features/data/upload/UploadPanel'),
    import('../../../renderer/src/features/data/transfers/TransfersPanel'),
    import('../../../renderer/src/components/ConfirmModal'),
  ]);
}
