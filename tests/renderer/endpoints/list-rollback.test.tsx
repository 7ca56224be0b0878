import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { endpointSummary } from '../support/fake-areas/endpoints';
import { churnProd, churnProdDetail } from './fixtures';
import { preloadEndpointChunks, renderEndpoints } from './endpoints-app';

describe('endpoints list and rollback', { timeout: 20_000 }, () => {
  beforeAll(preloadEndpointChunks, 60_000);

  it('lists endpoints with what each variant serves, linked to the registry, and follows the watcher', async () => {
    const { host } = await renderEndpoints('#/endpoints', {
      endpoints: [churnProd(), endpointSummary('churn-staging', 4)],
    });
    const variants = await screen.findByTestId('endpoint-variants-churn-prod');
    expect(variants.textContent).toContain('AllTraffic: churn-prediction v3 · ml.m5.large × 2 · weight 1');
    expect(within(variants).getByRole('link', { name: 'churn-prediction v3' }).getAttribute('href')).toBe(
      '#/registry/churn-prediction/3',
    );
    expect(screen.getByTestId('endpoint-status-churn-prod').dataset.status).toBe('InService');
    // One metrics call for the rows on screen, not one per row.
    await waitFor(() => expect(host.callsTo('endpoints.metrics')).toHaveLength(1));
    expect((host.callsTo('endpoints.metrics')[0]?.input as { endpointNames: string[] }).endpointNames).toEqual([
      'churn-prod',
      'churn-staging',
    ]);

    act(() =>
      host.endpoints.update(
        churnProd({
          status: 'Updating',
          deploymentInProgress: true,
          variants: [{ ...churnProd().variants[0]!, desiredInstanceCount: 3 }],
        }),
      ),
    );
    await waitFor(() =>
      expect(screen.getByTestId('endpoint-status-churn-prod').textContent).toContain(
        'Updating · deployment in progress',
      ),
    );
    expect(screen.getByTestId('endpoint-variants-churn-prod').textContent).toContain('ml.m5.large × 2 → 3');
  });

  it('rolls back from the list in three actions on production: Roll back…, the plan, the typed confirmation', async () => {
    const { host } = await renderEndpoints('#/endpoints', {
      endpoints: [churnProd()],
      details: { 'churn-prod': churnProdDetail() },
      session: { production: true },
    });
    let actions = 0;
    const act1 = (element: HTMLElement) => {
      actions += 1;
      fireEvent.click(element);
    };
    act1(await screen.findByTestId('endpoint-rollback-churn-prod'));
    const dialog = await screen.findByTestId('rollback-dialog');
    const plan = await within(dialog).findByTestId('rollback-plan-AllTraffic');
    expect(plan.textContent).toContain('model version: churn-prediction v3 → churn-prediction v1');
    expect(within(dialog).getByText('churn-prod-config-v1')).toBeTruthy();
    act1(within(dialog).getByRole('button', { name: 'Roll back to churn-prediction v1' }));

    const confirm = await screen.findByTestId('confirm-submit');
    fireEvent.change(within(screen.getByTestId('confirm-modal')).getByRole('textbox'), {
      target: { value: 'churn-prod' },
    });
    act1(confirm);
    await waitFor(() => expect(window.location.hash).toBe('#/endpoints/churn-prod'));
    expect(actions).toBe(3);
    const sent = host.callsTo('endpoints.rollback');
    expect(sent.at(-1)?.meta).toMatchObject({ confirmed: true, typedConfirmation: 'churn-prod' });
    expect(
      host.journal.entries.some(
        (entry) =>
          entry.channel === 'endpoints.rollback' && entry.target === 'churn-prod' && entry.outcome === 'success',
      ),
    ).toBe(true);
    await waitFor(() => expect(screen.getByTestId('endpoint-detail').dataset.status).toBe('Updating'));
  });

  it('says an update is in progress, waits for it on request, then lets the rollback through', async () => {
    const { host } = await renderEndpoints('#/endpoints/churn-prod', {
      endpoints: [churnProd({ status: 'Updating', deploymentInProgress: true })],
      details: { 'churn-prod': churnProdDetail() },
    });
    fireEvent.click(await screen.findByTestId('endpoint-action-rollback'));
    const blocked = await screen.findByTestId('rollback-blocked');
    expect(blocked.textContent).toContain('churn-prod is Updating');
    const submit = screen.getByTestId('rollback-submit');
    expect(submit.hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(blocked).getByTestId('rollback-wait'));
    await screen.findByText(/Waiting for the update to end/);

    act(() => host.endpoints.update(churnProd()));
    await waitFor(() => expect(screen.queryByTestId('rollback-blocked')).toBeNull());
    expect(screen.getByTestId('rollback-submit').hasAttribute('disabled')).toBe(false);
    expect(host.callsTo('endpoints.rollback')).toHaveLength(0);
  });

  it('shows the deployment history: versions, who, how and how each ended, and links to the live log tail', async () => {
    await renderEndpoints('#/endpoints/churn-prod', {
      endpoints: [churnProd()],
      details: { 'churn-prod': churnProdDetail() },
    });
    const current = await screen.findByTestId('history-churn-prod-config-v3');
    expect(current.dataset.outcome).toBe('serving');
    expect(current.textContent).toContain('Deployer/alice');
    expect(current.textContent).toContain('Canary 1 instance, bake 300 s; auto-rollback on churn-prod-5xx');
    const older = screen.getByTestId('history-churn-prod-config-v1');
    expect(older.textContent).toContain('created outside SageDeck');
    expect(older.textContent).toContain('Replaced by a later deployment');
    expect(screen.getByTestId('endpoint-action-tail').getAttribute('href')).toBe('#/logs/tail/endpoint/churn-prod');
    expect(screen.getByTestId('endpoint-action-rollback').textContent).toContain('Roll back to churn-prediction v1');
  });
});
