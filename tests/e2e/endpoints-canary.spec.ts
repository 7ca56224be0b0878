import { scanInBothThemes } from './support/axe';
import { EndpointsPage } from './support/endpoints-page';
import { expect } from './support/fixtures';
import { MANUAL_SANDBOX_PROFILE, testOnManualClock } from './support/manual-clock-sandbox';

/**
 * These journeys run on the manual clock: the host's profile points at a demo-seeded sandbox the
 * test started, and simulated time (provisioning, bake, traffic minutes, alarm evaluations,
 * scaling) moves only when the test advances it through the control API. So the deployment holds
 * still in its bake while it is scanned, and nothing waits on real time but the app's own polling.
 */
const test = testOnManualClock().extend<{ endpoints: EndpointsPage }>({
  endpoints: async ({ shell }, use) => use(new EndpointsPage(shell)),
});

const ENDPOINT = 'churn-prod';
const ALARM = 'churn-prod-5xx-errors';
const COMMENT = 'AUC 0.91 on the holdout beats version 3; canary it on churn-prod first.';
const CALLER = 'arn:aws:iam::111122223333:user/sandbox-admin';

/** The app's watchers poll on real timers (5 s while something moves, 30 s otherwise). */
const APP_SEES_IT = { timeout: 45_000 };

test('approve version 4 with a comment, canary it to churn-prod guarded by the 5XX alarm; 5XX errors on the new fleet raise the alarm in the bake, AWS rolls back and version 3 still serves (manual clock)', async ({
  shell,
  endpoints,
  sandbox,
  page,
}) => {
  test.setTimeout(180_000);
  // A steady 1,400 requests a minute (700 per instance, between the scaling policy's scale-in line
  // of 675 and its target of 750) instead of the time-of-day pattern: Auto Scaling leaves the two
  // instances alone whatever the hour, so what changes on churn-prod is the deployment's doing.
  await sandbox.control('traffic/rate', { endpointName: ENDPOINT, ratePerMinute: 1400 });
  await shell.open();
  await expect(shell.testId('current-profile')).toHaveText(MANUAL_SANDBOX_PROFILE);

  // The registry: the pending version 4, approved with a comment that AWS keeps as its description.
  await shell.navigate('registry');
  await shell.testId('registry-group-churn-prediction').click();
  await shell.testId('registry-version-4').click();
  const version = shell.testId('registry-version');
  await expect(version).toHaveAttribute('data-status', 'PendingManualApproval');
  await endpoints.fill('registry-comment', COMMENT);
  await shell.testId('registry-approve').click();
  await expect(shell.testId('confirm-modal')).toContainText('churn-prediction/4');
  await shell.testId('confirm-submit').click();
  await expect(version).toHaveAttribute('data-status', 'Approved');
  const approval = shell.testId('registry-history').locator('tr[data-status="Approved"]').last();
  await expect(approval).toContainText(COMMENT);
  await expect(approval).toContainText(CALLER);

  // Deploy it to churn-prod: a canary of one instance, baking 600 s, rolled back on the 5XX alarm.
  await endpoints.openList();
  await expect(shell.testId(`endpoint-variants-${ENDPOINT}`)).toContainText('churn-prediction v3');
  await endpoints.openDetail(ENDPOINT);
  await page.getByTestId('endpoint-action-deploy').click();
  await expect(page.getByTestId('deploy-form')).toBeVisible();
  await endpoints.choose('deploy-field-version', /Version 4 · approved/);
  await expect(page.getByTestId('deploy-field-strategy').getByRole('radio', { name: /^Canary/ })).toBeChecked();
  await endpoints.fill('deploy-formfield-sizeValue', '1');
  await endpoints.fill('deploy-formfield-waitSeconds', '600');
  await endpoints.choose('deploy-field-alarms', new RegExp(ALARM));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('deploy-formfield-rollbackAlarms')).toContainText(ALARM);
  await page.getByTestId('deploy-submit').click();

  // The new fleet provisions (90 simulated seconds), then the canary bakes with half the traffic.
  const live = page.getByTestId('deployment-live');
  await expect(live).toHaveAttribute('data-phase', 'provisioning');
  await sandbox.advanceUntil(
    async () =>
      (await sandbox.describeEndpoint(ENDPOINT)).PendingDeploymentSummary?.ProductionVariants?.some((variant) =>
        variant.VariantStatus?.some((status) => status.Status === 'Baking'),
      ) ?? false,
    'the canary to bake',
    5,
  );
  await expect(live).toHaveAttribute('data-phase', 'baking', APP_SEES_IT);
  await expect(page.getByTestId('deployment-step')).toContainText('Baking for 600 seconds');
  await expect(page.getByTestId(`deployment-alarm-${ALARM}`)).toHaveAttribute('data-state', 'OK');
  await scanInBothThemes(page, 'deployment in progress (canary baking)');

  // Half the new fleet's answers are 5XX: the generator's minutes carry them into CloudWatch, the
  // alarm goes into ALARM on its own evaluation (not forced with SetAlarmState), and the blue/green
  // runner, which watches its rollback alarms during the bake, rolls back.
  await sandbox.control('traffic/fault', {
    endpointName: ENDPOINT,
    variantName: 'AllTraffic',
    errorRate: 0.5,
    newFleetOnly: true,
  });
  await sandbox.advanceUntil(
    async () => (await sandbox.describeEndpoint(ENDPOINT)).EndpointStatus === 'InService',
    'AWS to roll the canary back',
    5,
  );
  const after = await sandbox.describeEndpoint(ENDPOINT);
  expect(after.EndpointConfigName, 'the old config serves again').toBe('churn-prod-config-v3');
  expect(after.ProductionVariants?.[0]?.CurrentInstanceCount, 'on its two instances').toBe(2);
  expect(after.FailureReason).toMatch(new RegExp(`rolled back.*${ALARM}`));

  await expect(page.getByTestId('deployment-outcome')).toHaveAttribute('data-outcome', 'rolledBack', APP_SEES_IT);
  await expect(page.getByTestId('deployment-reason')).toHaveText(after.FailureReason!);
  await expect(page.getByTestId('deployment-outcome')).toContainText('churn-prod-config-v3 still serves');
  await expect(page.getByTestId(`deployment-alarm-${ALARM}`)).toHaveAttribute('data-state', 'ALARM');

  // The list and the detail: version 3 still serves, and the history says how version 4 ended.
  await endpoints.openList();
  await endpoints.expectStatus(ENDPOINT, 'InService');
  await expect(shell.testId(`endpoint-variants-${ENDPOINT}`)).toContainText('churn-prediction v3');
  await expect(shell.testId(`endpoint-variants-${ENDPOINT}`)).not.toContainText('churn-prediction v4');
  await endpoints.openDetail(ENDPOINT);
  await expect(page.getByTestId('endpoint-variants')).toContainText('churn-prediction v3');
  const history = page.getByTestId('endpoint-history');
  const rolledBack = history.locator('[data-outcome="rolledBack"]');
  await expect(rolledBack).toContainText('churn-prediction v4');
  await expect(rolledBack).toContainText(ALARM);
  await expect(history.locator('[data-outcome="serving"]')).toContainText('churn-prediction v3');
});

test('raise the scaling maximum, drive traffic through the sandbox: Auto Scaling scales out past the old maximum and the activity shows (manual clock)', async ({
  shell,
  endpoints,
  sandbox,
  page,
}) => {
  test.setTimeout(120_000);
  await shell.open();
  await endpoints.openList();
  await endpoints.openDetail(ENDPOINT);
  await page.getByTestId('endpoint-action-scaling').click();
  await expect(page.getByTestId('scaling-form')).toBeVisible();
  await expect(page.getByTestId('scaling-max')).toHaveText('4');
  await expect(page.getByTestId('scaling-current')).toHaveText('2');
  await endpoints.fill('scaling-formfield-maxCapacity', '6');
  await page.getByTestId('scaling-save').click();
  await expect(page.getByTestId('scaling-max')).toHaveText('6');

  // 6,000 requests a minute on two instances is 3,000 each, four times the policy's target of 750:
  // after three minutes above it, target tracking asks for ceil(2 × 3000 / 750) = 8, held to 6.
  await sandbox.control('traffic/rate', { endpointName: ENDPOINT, ratePerMinute: 6000 });
  await sandbox.advanceUntil(
    async () => {
      const variant = (await sandbox.describeEndpoint(ENDPOINT)).ProductionVariants?.[0];
      return variant?.CurrentInstanceCount === 6;
    },
    'the scale-out to six instances',
    20,
    () => sandbox.explainScaling(ENDPOINT),
  );

  // The screen stays open: it re-reads when the endpoint watcher sees the capacity change.
  const activities = page.getByTestId('scaling-activities');
  await expect(activities).toContainText('Setting desired instance count to 6.', APP_SEES_IT);
  await expect(activities).toContainText(/monitor alarm TargetTracking-endpoint\/churn-prod\/variant\/AllTraffic-AlarmHigh-/);
  await expect(activities).toContainText('Successful');
  await expect(page.getByTestId('scaling-current')).toHaveText('6');
});
