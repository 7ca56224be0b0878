import { scanInBothThemes } from './support/axe';
import { expect, test } from './support/fixtures';

const STAGES = ['data', 'processing', 'training', 'registry', 'endpoints', 'serving', 'alarms'];

test('the Overview shows each stage of the demo pipeline with its state and a way into its area', async ({ shell, page }) => {
  // Two axe scans on a loaded 2-core runner take several seconds each.
  test.setTimeout(120_000);
  await shell.open();
  await expect(shell.testId('area-title')).toHaveText('Overview');

  const pipeline = shell.testId('overview-pipeline');
  for (const stage of STAGES) await expect(shell.testId(`overview-stage-${stage}`)).toBeVisible();
  await expect(pipeline.locator('[data-testid^="overview-stage-"][data-testid$="-health"]')).toHaveCount(STAGES.length);

  // The demo's figures: the access-log bucket keeps no versions, version 4 waits for approval, churn-prod scales 1–4.
  await expect(shell.testId('overview-stage-data-health')).toContainText('Needs attention');
  await expect(shell.testId('overview-stage-data')).toContainText('Without versioning');
  await expect(shell.testId('overview-stage-training')).toContainText(/churn-xgb-.*-021/);
  await expect(shell.testId('overview-stage-registry-health')).toContainText('1 version awaiting approval');
  await expect(shell.testId('overview-endpoint-churn-prod')).toContainText('InService · 2 of max 4 instances');
  await expect(shell.testId('overview-stage-processing')).toContainText('churn-nightly-preprocess');
  // churn-internal-alb's third target fails its health checks on the demo.
  await expect(shell.testId('overview-stage-serving-health')).toContainText('1 target unhealthy');
  await expect(shell.testId('overview-load-balancer-churn-internal-alb')).toContainText('2 healthy, 1 unhealthy');
  await scanInBothThemes(page, 'overview of the demo pipeline');

  // Each card opens its area.
  await shell.testId('overview-endpoint-churn-prod').getByRole('link', { name: 'churn-prod' }).click();
  await expect(page).toHaveURL(/#\/endpoints\/churn-prod$/);
  await page.goBack();
  await shell.testId('overview-stage-registry').getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/#\/registry$/);
  await expect(shell.testId('area-title')).toHaveText('Model registry');
});
