import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { modelVersion } from '../support/fake-areas/registry';
import { typeInto } from '../jobs/form-helpers';
import { preloadRegistryChunks, renderRegistry } from './registry-app';

describe('model registry: groups, versions, comparison', { timeout: 20_000 }, () => {
  beforeAll(preloadRegistryChunks, 60_000);

  it('lists the groups and searches them through AWS by name', async () => {
    const { host } = await renderRegistry('#/registry');
    await screen.findByTestId('registry-group-churn-prediction');
    expect(screen.getByTestId('registry-group-fraud-detect')).toBeTruthy();
    typeInto('registry-group-search', 'fraud');
    await waitFor(() => expect(host.callsTo('registry.groups').at(-1)?.input).toEqual({ nameContains: 'fraud' }));
    await waitFor(() => expect(screen.queryByTestId('registry-group-churn-prediction')).toBeNull());
    expect(await screen.findByTestId('registry-group-fraud-detect')).toBeTruthy();
    typeInto('registry-group-search', 'nothing-here');
    expect(await screen.findByText('No model groups match "nothing-here"')).toBeTruthy();
  });

  it('shows why the groups could not be listed, and lists them on a retry', async () => {
    await renderRegistry('#/registry', {
      before: (host) => host.failNext('registry.groups', { code: 'AccessDeniedException', message: 'not authorized to perform: sagemaker:ListModelPackageGroups' }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The model groups could not be listed');
    expect(alert.textContent).toContain('sagemaker:ListModelPackageGroups');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('registry-group-churn-prediction')).toBeTruthy();
  });

  it('says what the list lacks where the endpoint has no Search', async () => {
    await renderRegistry('#/registry/churn-prediction', { before: (host) => (host.registry.notice = 'This endpoint does not answer SageMaker Search.') });
    expect((await screen.findByTestId('registry-notice')).textContent).toContain('does not answer SageMaker Search');
    const table = screen.getByTestId('registry-versions');
    await within(table).findByTestId('registry-version-4');
    expect(within(table).getAllByText('in the detail').length).toBeGreaterThan(0);
  });

  it("lists a group's versions newest first with their source job linked to the Jobs area", async () => {
    await renderRegistry('#/registry/churn-prediction');
    const table = await screen.findByTestId('registry-versions');
    await within(table).findByTestId('registry-version-4');
    const links = within(table).getAllByRole('link', { name: /^Version \d$/ }).map((link) => link.textContent);
    expect(links).toEqual(['Version 4', 'Version 3', 'Version 2', 'Version 1']);
    expect(within(table).getByRole('link', { name: 'train-4' }).getAttribute('href')).toBe('#/training/jobs/train-4');
    expect(screen.getByTestId('registry-status-4').dataset.status).toBe('PendingManualApproval');
    expect(within(table).getByText('train:logloss 0.26, validation:auc 0.84')).toBeTruthy();
  });

  it('shows an unknown group as AWS refuses it, and its versions once it exists', async () => {
    const { host } = await renderRegistry('#/registry/no-such-group');
    expect((await screen.findByRole('alert')).textContent).toContain('ModelPackageGroup no-such-group does not exist.');
    host.registry.groups.push({ ...host.registry.groups[0]!, name: 'no-such-group' });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('registry-versions-empty')).toBeTruthy();
  });

  it('compares two selected versions side by side with the difference', async () => {
    await renderRegistry('#/registry/churn-prediction');
    const table = createWrapper(document.body).findTable('[data-testid="registry-versions"]')!;
    await screen.findByTestId('registry-version-4');
    const compare = screen.getByTestId('registry-compare');
    expect(compare.hasAttribute('disabled')).toBe(true);
    fireEvent.click(table.findRowSelectionArea(1)!.find('input')!.getElement());
    fireEvent.click(table.findRowSelectionArea(3)!.find('input')!.getElement());
    await waitFor(() => expect(screen.getByTestId('registry-compare').hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByTestId('registry-compare'));
    await waitFor(() => expect(window.location.hash).toBe('#/registry/churn-prediction/compare?a=2&b=4'));
    const auc = await screen.findByTestId('registry-compare-validation:auc');
    expect([...auc.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['0.82', '0.84', '+0.02']);
  });

  it('compares a metric only one version has without inventing a difference', async () => {
    await renderRegistry('#/registry/churn-prediction/compare?a=1&b=2', {
      versions: [
        modelVersion('churn-prediction', 1, { metrics: [{ name: 'auc', value: 0.9, source: 'model-metrics' }] }),
        modelVersion('churn-prediction', 2, { metrics: [] }),
      ],
    });
    const auc = await screen.findByTestId('registry-compare-auc');
    expect([...auc.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['0.9', '—', '—']);
  });
});
