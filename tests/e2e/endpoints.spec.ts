import { expectNoSeriousA11yViolations, switchTheme, THEMES } from './support/axe';
import { EndpointsPage } from './support/endpoints-page';
import { expect, test as base } from './support/fixtures';

/** The sandbox clock runs this much faster: a blue/green update's 90 s provisioning takes 3 s. */
const TIME_SCALE = 30;

const test = base.extend<{ endpoints: EndpointsPage }>({
  home: async ({ home }, use) => {
    home.env.SAGEDECK_SANDBOX_TIME_SCALE = String(TIME_SCALE);
    await use(home);
  },
  endpoints: async ({ shell }, use) => use(new EndpointsPage(shell)),
});

async function scanInBothThemes(endpoints: EndpointsPage, screen: string): Promise<void> {
  for (const theme of THEMES) {
    await switchTheme(endpoints.page, theme);
    await expectNoSeriousA11yViolations(endpoints.page, { theme, screen });
  }
  await switchTheme(endpoints.page, 'light');
}

test(`deploy version 1 to churn-prod, roll back to version 3 in three actions from the list, see both in the history (sandbox ×${TIME_SCALE})`, async ({
  shell,
  endpoints,
  page,
}) => {
  test.setTimeout(300_000);
  await shell.open();
  await endpoints.openList();
  await expect(endpoints.shell.testId('endpoint-variants-churn-prod')).toContainText('churn-prediction v3');
  await endpoints.expectStatus('churn-prod', 'InService');
  await scanInBothThemes(endpoints, 'endpoints list');

  // Deploy the approved version 1, all at once, without an alarm.
  await endpoints.openDetail('churn-prod');
  await scanInBothThemes(endpoints, 'endpoint detail');
  await page.getByTestId('endpoint-action-deploy').click();
  await expect(page.getByTestId('deploy-form')).toBeVisible();
  await endpoints.choose('deploy-field-version', /Version 1 · approved/);
  await page.getByTestId('deploy-field-strategy').getByText('Blue/green, all at once').click();
  await endpoints.fill('deploy-formfield-waitSeconds', '0');
  await scanInBothThemes(endpoints, 'deploy form');
  await page.getByTestId('deploy-submit').click();
  await expect(page.getByTestId('deployment-live')).toBeVisible();
  await expect(page.getByTestId('deployment-outcome')).toHaveAttribute('data-outcome', 'inService', {
    timeout: 120_000,
  });

  // From the list: Roll back…, the plan's button, the confirmation. Three actions.
  await endpoints.openList();
  await expect(endpoints.shell.testId('endpoint-variants-churn-prod')).toContainText('churn-prediction v1', {
    timeout: 60_000,
  });
  await endpoints.expectStatus('churn-prod', 'InService');
  endpoints.countActions();
  await endpoints.act(page.getByTestId('endpoint-rollback-churn-prod'));
  const plan = page.getByTestId('rollback-plan-AllTraffic');
  await expect(plan).toContainText('model version: churn-prediction v1 → churn-prediction v3');
  await endpoints.act(page.getByRole('button', { name: 'Roll back to churn-prediction v3' }));
  await endpoints.act(page.getByTestId('confirm-submit'));
  await expect(endpoints.detail()).toHaveAttribute('data-state', 'ready');
  expect(endpoints.actions, 'user actions from the list to a confirmed rollback').toBeLessThanOrEqual(3);

  // The endpoint goes back to version 3 and the history shows the deployment and the rollback.
  await expect(endpoints.detail()).toHaveAttribute('data-status', 'InService', { timeout: 120_000 });
  await expect(page.getByTestId('endpoint-variants')).toContainText('churn-prediction v3', { timeout: 60_000 });
  const history = page.getByTestId('endpoint-history');
  await expect(history).toContainText('churn-prediction v1');
  await expect(history.locator('[data-outcome="serving"]')).toContainText('churn-prediction v3');
  await expect(history).toContainText('Rollback');
});

test('raise the scaling maximum: the monthly cost at the maximum is above the budget set there, and the change saves', async ({
  shell,
  endpoints,
  page,
}) => {
  test.setTimeout(180_000);
  await shell.open();
  await endpoints.openList();
  await endpoints.openDetail('churn-prod');
  await page.getByTestId('endpoint-action-scaling').click();
  await expect(page.getByTestId('scaling-form')).toBeVisible();
  await expect(page.getByTestId('scaling-max')).toHaveText('4');
  await expect(page.getByTestId('scaling-policies')).toContainText('750');

  await endpoints.fill('budget-input', '400');
  await page.getByTestId('budget-save').click();
  await endpoints.fill('scaling-formfield-maxCapacity', '8');
  await expect(page.getByTestId('scaling-cost-warning')).toContainText(/budget/i);
  await expect(page.getByTestId('scaling-cost')).toContainText('Monthly at maximum');
  await scanInBothThemes(endpoints, 'autoscaling with the budget warning');
  await page.getByTestId('scaling-save').click();
  await expect(page.getByTestId('scaling-max')).toHaveText('8', { timeout: 30_000 });
});
