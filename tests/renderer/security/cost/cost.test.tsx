import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALB_ARN, PROCESSING_ARN } from '../../support/fake-areas/cost';
import { FakeNotification, useFakeNotifications } from '../../support/fake-notification';
import { COST, preloadCostChunks, renderCost } from './cost-app';

const ready = async (testId: string) => waitFor(() => expect(screen.getByTestId(testId).dataset.state).toBe('ready'));
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const inputIn = (testId: string) => document.querySelector(`[data-testid="${testId}"] input`) as HTMLInputElement;
const type = (testId: string, value: string) => fireEvent.change(inputIn(testId), { target: { value } });
const selectRow = (name: string) => {
  const row = screen.getByTestId(`cost-untagged-row-${name}`).closest('tr') as HTMLElement;
  fireEvent.click(within(row).getByRole('checkbox'));
};

describe('cost section', { timeout: 20_000 }, () => {
  beforeAll(preloadCostChunks, 60_000);
  useFakeNotifications();
  beforeEach(() => window.localStorage.clear());

  it('shows what runs now with its price per hour and the total', async () => {
    await renderCost();
    await ready('cost-running');
    expect(text('cost-running-total')).toContain('$0.46 an hour');
    expect(text('cost-running-total')).toContain('$335.80 a month at this rate');
    const row = screen.getByTestId('cost-running-row-endpoint-churn-prod-AllTraffic').closest('tr') as HTMLElement;
    expect(row.textContent).toContain('2 × ml.m5.large');
    expect(row.textContent).toContain('$0.23');
    expect(screen.getByTestId('cost-running-row-training-job-churn-xgb-live').getAttribute('href')).toBe('#/training/jobs/churn-xgb-live');
  });

  it('charts month to date by service with every day in a table for screen readers, and the forecast within budget', async () => {
    await renderCost();
    await ready('cost-summary');
    expect(text('cost-summary-mtd')).toBe('$29.50');
    expect(text('cost-summary-forecast')).toBe('$180.40');
    expect(screen.getByTestId('cost-service-row-Amazon SageMaker')).toBeTruthy();
    expect(screen.getByTestId('cost-service-chart').dataset.state).toBe('ready');
    const data = screen.getByTestId('cost-service-chart-data');
    expect(data.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(data.textContent).toContain('2026-12-05');
    expect(text('cost-budget')).toContain('Within the monthly budget of $500.00');
    expect(FakeNotification.shown).toEqual([]);
  });

  it('charts cost by the tag key chosen, project by default, with the untagged share', async () => {
    const { host } = await renderCost();
    await ready('cost-by-tag');
    expect(text('cost-tag-amount-churn')).toBe('$27.60');
    expect(text('cost-tag-amount-(untagged)')).toBe('$1.50');
    expect(screen.getByTestId('cost-by-tag-chart').dataset.state).toBe('ready');

    type('cost-tag-key', 'team');
    fireEvent.click(screen.getByTestId('cost-tag-key-apply'));
    await waitFor(() => expect(window.location.hash).toBe(`${COST}?tag=team`));
    await waitFor(() => expect(screen.getByTestId('cost-by-tag').dataset.tagKey).toBe('team'));
    await ready('cost-by-tag');
    expect(text('cost-tag-amount-mlops')).toBe('$0.00');
    expect(host.callsTo('cost.byTag').map((c) => c.input)).toContainEqual({ tagKey: 'team' });

    // AWS's rules for a key, before anything is asked.
    type('cost-tag-key', 'aws:reserved');
    fireEvent.click(screen.getByTestId('cost-tag-key-apply'));
    expect(await screen.findByText('Keys starting with aws: are reserved for AWS.')).toBeTruthy();
    expect(host.callsTo('cost.byTag').map((c) => c.input)).not.toContainEqual({ tagKey: 'aws:reserved' });
  });

  it('tags the selected untagged resources after confirmation, reports what AWS refused, and refreshes the list and cost by tag', async () => {
    const { host } = await renderCost(COST, (h) => h.cost.refuse.add(ALB_ARN));
    await ready('cost-untagged');
    expect((screen.getByTestId('cost-tag-these').closest('button') ?? screen.getByTestId('cost-tag-these')).hasAttribute('disabled')).toBe(true);
    selectRow('churn-preprocess-20261204');
    selectRow('churn-internal-alb');
    fireEvent.click(screen.getByTestId('cost-tag-these'));
    const form = await screen.findByTestId('cost-tag-form');
    expect(inputIn('cost-tag-form-key').value).toBe('project');

    // A value is required and must follow AWS's rules: nothing is sent.
    fireEvent.click(within(form).getByTestId('cost-tag-form-submit'));
    expect(await screen.findByText('Enter the value, such as churn.')).toBeTruthy();
    type('cost-tag-form-value', 'churn#1');
    fireEvent.click(within(form).getByTestId('cost-tag-form-submit'));
    expect(await screen.findByText('Use letters, digits, spaces and _ . : / = + - @ only.')).toBeTruthy();
    expect(host.callsTo('cost.tagResources')).toHaveLength(0);

    type('cost-tag-form-value', 'churn');
    fireEvent.click(within(form).getByTestId('cost-tag-form-submit'));
    const modal = await screen.findByTestId('confirm-modal');
    expect(modal.textContent).toContain('Tag resources');
    expect(modal.textContent).toContain('project=churn on 2 resources');
    fireEvent.click(within(modal).getByTestId('confirm-submit'));

    await waitFor(() => expect(text('cost-tag-result')).toContain('Tagged 1 resource; AWS refused 1'));
    expect(text('cost-tag-failures')).toContain(ALB_ARN);
    expect(host.callsTo('cost.tagResources')[0]?.input).toEqual({ arns: [PROCESSING_ARN, ALB_ARN], tags: { project: 'churn' } });
    await waitFor(() => expect(screen.queryByTestId('cost-untagged-row-churn-preprocess-20261204')).toBeNull());
    expect(screen.getByTestId('cost-untagged-row-churn-internal-alb')).toBeTruthy();
    // The processing job's cost moved to churn.
    await waitFor(() => expect(text('cost-tag-amount-churn')).toBe('$29.10'));
    expect(screen.queryByTestId('cost-tag-amount-(untagged)')?.textContent ?? '$0.00').toBe('$0.00');
  });

  it('says when the forecast exceeds the budget, with one desktop notification a month per profile that opens the section', async () => {
    const first = await renderCost('#/security', (h) => {
      h.cost.forecastUsd = 612.35;
    });
    act(() => {
      window.location.hash = COST;
    });
    await ready('cost-summary');
    expect(screen.getByTestId('cost-budget').dataset.over).toBe('true');
    expect(text('cost-budget')).toContain('Forecast $612.35 exceeds the monthly budget $500.00');
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
    expect(FakeNotification.shown[0]?.title).toBe('Cost forecast over budget');
    expect(FakeNotification.shown[0]?.options.body).toBe('sandbox: Forecast $612.35 exceeds the monthly budget $500.00.');
    act(() => {
      window.location.hash = '#/security';
    });
    act(() => FakeNotification.shown[0]?.onclick?.());
    await waitFor(() => expect(window.location.hash).toBe('#/security/cost'));
    first.unmount();

    // Opened again the same month: the line, no second notification.
    await renderCost(COST, (h) => {
      h.cost.forecastUsd = 640;
    });
    await ready('cost-summary');
    expect(text('cost-budget')).toContain('Forecast $640.00 exceeds');
    expect(FakeNotification.shown).toHaveLength(1);
  });

  it('says plainly where Cost Explorer is not available, and still shows what runs now', async () => {
    await renderCost(COST, (h) => {
      h.cost.costExplorer = false;
    });
    await ready('cost-summary');
    expect(text('cost-unavailable')).toContain('Cost Explorer is not available');
    await ready('cost-by-tag');
    expect(text('cost-by-tag-unavailable')).toContain('Cost Explorer is not available');
    await ready('cost-running');
    expect(text('cost-running-total')).toContain('$0.46 an hour');
  });
});
