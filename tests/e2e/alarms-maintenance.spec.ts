import { scanInBothThemes } from './support/axe';
import { EndpointsPage } from './support/endpoints-page';
import { expect, test } from './support/fixtures';

const ENDPOINT = 'churn-prod';
const LATENCY = 'churn-prod-AllTraffic-model-latency-p99';

test('from churn-prod\'s page: its metrics dashboard with the demo alarms\' thresholds, then its recommended alarms created in one action; one is edited, its actions disabled, then deleted, each confirmed where it must be', async ({
  shell,
  page,
}) => {
  test.setTimeout(180_000);
  await shell.open();
  const endpoints = new EndpointsPage(shell);
  await endpoints.openList();
  await endpoints.openDetail(ENDPOINT);

  // The dashboard: six charts from one request, the p99 alarm's threshold drawn on the latency chart.
  const dashboard = page.getByTestId('endpoint-dashboard');
  await expect(dashboard).toHaveAttribute('data-state', 'ready');
  for (const chart of ['invocations', 'model-latency', 'overhead-latency', 'errors', 'cpu', 'memory']) {
    await expect(page.getByTestId(`metric-chart-${chart}`)).toHaveAttribute('data-state', 'ready');
  }
  await expect(page.getByTestId('metric-chart-model-latency').getByTestId('chart-threshold-churn-prod-model-latency-p99')).toContainText('100 ms');
  await scanInBothThemes(page, 'endpoint page with its metrics dashboard');

  // Recommended alarms: all four preselected for the variant; the latency threshold changed to 250 ms.
  await page.getByTestId('endpoint-action-alarms').click();
  const form = page.getByTestId('recommend-form');
  await expect(form).toBeVisible();
  for (const kind of ['latencyP99', 'errors5xx', 'zeroInvocations', 'cpu']) {
    await expect(page.getByTestId(`recommend-row-${kind}-AllTraffic`)).toHaveAttribute('data-selected', 'true');
  }
  await scanInBothThemes(page, 'recommended alarms form');
  const threshold = page.getByTestId('recommend-threshold-latencyP99-AllTraffic').locator('input');
  await threshold.fill('250');
  await page.getByTestId('recommend-create').click();
  const created = page.getByTestId('recommend-created');
  await expect(created).toContainText('Created 4 alarms for churn-prod');
  await created.getByRole('link', { name: LATENCY }).click();

  // The new alarm as AWS stored it: p99 of ModelLatency above 250 ms (in microseconds, as published).
  const detail = page.getByTestId('alarm-detail');
  await expect(detail).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('alarm-def-condition')).toHaveText('p99 > 250 ms (250,000 µs)');
  await scanInBothThemes(page, 'alarm detail');

  // Edit: a new threshold, typed in the metric's unit.
  await page.getByTestId('alarm-edit').click();
  await page.getByTestId('alarm-edit-threshold').locator('input').fill('400000');
  await page.getByTestId('alarm-edit-save').click();
  await expect(page.getByTestId('alarm-def-condition')).toHaveText('p99 > 400 ms (400,000 µs)');

  // Disabling actions silences the alarm: confirmed first, then shown on the alarm.
  await page.getByTestId('alarm-actions-toggle').click();
  await expect(shell.testId('confirm-modal')).toContainText(LATENCY);
  await shell.testId('confirm-submit').click();
  await expect(page.getByTestId('alarm-def-actions-enabled')).toContainText('Disabled');
  await expect(page.getByTestId('alarm-actions-toggle')).toHaveText('Enable actions');

  // Every change is in the journal.
  await shell.navigate('activity');
  for (const channel of ['alarms.createRecommended', 'alarms.update', 'alarms.disableActions']) {
    await expect(page.getByRole('cell', { name: channel, exact: true }).first()).toBeVisible();
  }

  // Delete, confirmed: gone from the board.
  await shell.navigate('alarms');
  await page.getByTestId(`alarm-row-${LATENCY}`).getByRole('link', { name: LATENCY }).click();
  await page.getByTestId('alarm-delete').click();
  await expect(shell.testId('confirm-modal')).toContainText(LATENCY);
  await shell.testId('confirm-submit').click();
  await shell.navigate('alarms');
  await expect(page.getByTestId('alarm-board')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('alarm-row-churn-prod-AllTraffic-5xx-errors')).toBeVisible();
  await expect(page.getByTestId(`alarm-row-${LATENCY}`)).toHaveCount(0);
});
