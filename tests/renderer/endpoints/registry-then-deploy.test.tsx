import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadRegistryChunks } from '../registry/registry-app';
import { modelGroup, modelVersion } from '../support/fake-areas/registry';
import { churnProd, churnProdDetail } from './fixtures';
import { preloadEndpointChunks, renderEndpoints } from './endpoints-app';
import { choose, openOption } from './select-helpers';

/** churn-prod serving churn-prediction version 3 (approved); version 4 pending approval. */
const seeded = () => ({
  endpoints: [churnProd()],
  details: { 'churn-prod': churnProdDetail() },
  groups: [modelGroup('churn-prediction')],
  versions: [modelVersion('churn-prediction', 3, { approvalStatus: 'Approved' }), modelVersion('churn-prediction', 4)],
});
const go = (hash: string) => act(() => void (window.location.hash = hash));

describe('the deploy form after the registry, in one app', { timeout: 20_000 }, () => {
  beforeAll(() => Promise.all([preloadEndpointChunks(), preloadRegistryChunks()]), 60_000);

  // The registry pages its groups and versions (an infinite query's `{ pages }` in the cache); the
  // deploy form's picker reads their first page. On one cache key the picker read `{ pages }` as a
  // page and crashed on `.items.find` once the registry had been opened (1942f15).
  it('picks the version just approved in the registry, after its group and versions lists were open', async () => {
    const { host } = await renderEndpoints('#/registry', seeded());
    await screen.findByTestId('registry-group-churn-prediction');
    go('#/registry/churn-prediction');
    await within(await screen.findByTestId('registry-versions')).findByTestId('registry-version-4');

    go('#/registry/churn-prediction/4');
    await screen.findByTestId('registry-history');
    fireEvent.change(screen.getByTestId('registry-comment').querySelector('textarea')!, {
      target: { value: 'AUC 0.84 beats version 3' },
    });
    fireEvent.click(screen.getByTestId('registry-approve'));
    fireEvent.click(within(await screen.findByTestId('confirm-modal')).getByTestId('confirm-submit'));
    await waitFor(() => expect(screen.getByTestId('registry-version').dataset.status).toBe('Approved'));

    go('#/endpoints/churn-prod/deploy');
    await screen.findByTestId('deploy-form');
    const v4 = host.registry.versions[1]!.arn;
    // The group's list and the versions' list answer in the picker, version 4 approved now.
    await openOption('deploy-field-group', 'churn-prediction');
    const approved = await openOption('deploy-field-version', v4);
    expect(approved.getElement().textContent).toContain('Version 4 · approved');
    expect(approved.isDisabled()).toBe(false);
    fireEvent.mouseUp(approved.getElement());
    fireEvent.click(screen.getByTestId('deploy-submit'));
    await waitFor(() => expect(host.callsTo('endpoints.deploy')).toHaveLength(1));
    expect(host.callsTo('endpoints.deploy')[0]?.input).toMatchObject({
      endpointName: 'churn-prod',
      modelPackageArn: v4,
    });
    expect(screen.queryByText(/Cannot read properties/)).toBeNull();
  });

  it('keeps the picker working when the registry opens after the deploy form', async () => {
    const { host } = await renderEndpoints('#/endpoints/churn-prod/deploy', seeded());
    const [v3] = host.registry.versions.map((version) => version.arn) as [string];
    await screen.findByTestId('deploy-form');
    await openOption('deploy-field-version', v3);
    go('#/registry/churn-prediction');
    const table = await screen.findByTestId('registry-versions');
    await within(table).findByTestId('registry-version-4');
    expect(
      within(table)
        .getAllByRole('link', { name: /^Version \d$/ })
        .map((link) => link.textContent),
    ).toEqual(['Version 4', 'Version 3']);

    go('#/endpoints/churn-prod/deploy');
    await screen.findByTestId('deploy-form');
    await choose('deploy-field-version', v3);
    fireEvent.click(screen.getByTestId('deploy-submit'));
    await waitFor(() => expect(host.callsTo('endpoints.deploy')[0]?.input).toMatchObject({ modelPackageArn: v3 }));
  });
});
