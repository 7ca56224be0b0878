import { expectNoSeriousA11yViolations, switchTheme, THEMES } from './support/axe';
import { EndpointsPage } from './support/endpoints-page';
import { ExperimentsPage } from './support/experiments-page';
import { expect, test } from './support/fixtures';

async function scanInBothThemes(experiments: ExperimentsPage, screen: string): Promise<void> {
  for (const theme of THEMES) {
    await switchTheme(experiments.page, theme);
    await expectNoSeriousA11yViolations(experiments.page, { theme, screen });
  }
  await switchTheme(experiments.page, 'light');
}

test('compare the three best churn runs, register the best model, then trace churn-prod back to its data (demo seed)', async ({ shell, page }) => {
  // Ten axe scans dominate; on a loaded 2-core runner each takes several seconds.
  test.setTimeout(300_000);
  const experiments = new ExperimentsPage(shell);
  await shell.open();

  await experiments.openList();
  await expect(shell.testId('experiment-row-churn-feature-set-v2')).toBeVisible();
  await scanInBothThemes(experiments, 'experiments list');

  await experiments.openExperiment('churn-feature-set-v2');
  await expect(page.locator('[data-testid^="run-row-"]').first()).toBeVisible();
  await scanInBothThemes(experiments, 'runs of churn-feature-set-v2');

  // The three best by validation:auc, side by side.
  await experiments.compareBest(3);
  await expect(page).toHaveURL(/#\/experiments\/churn-feature-set-v2\/compare\?runs=/);
  await expect(experiments.comparedRuns()).toHaveCount(3);
  const best = await experiments.bestRunBy('validation:auc');
  await expect(shell.testId('compare-parameters')).toBeVisible();
  await scanInBothThemes(experiments, 'comparison of the three best runs');

  // Register the best run's model: the registry's own dialog, prefilled with its training job.
  await shell.testId(`run-register-${best}`).click();
  const dialog = shell.testId('registry-register-modal');
  await expect(dialog).toBeVisible();
  const job = best.replace(/-aws-training-job$/, '');
  await expect(shell.testId('registry-register-job')).toContainText(job);
  await shell.testId('registry-register-group').click();
  await page.getByRole('option', { name: /churn-prediction/ }).click();
  await shell.testId('registry-register-submit').click();
  await expect(dialog).toBeHidden();
  await shell.testId('nav-registry').click();
  await shell.testId('registry-group-churn-prediction').click();
  await expect(shell.testId('registry-status-5')).toHaveAttribute('data-status', 'PendingManualApproval');

  // From the endpoint serving production, its lineage, walked to the data it was trained on.
  const endpoints = new EndpointsPage(shell);
  await endpoints.openList();
  await endpoints.openDetail('churn-prod');
  await shell.testId('lineage-link').click();
  await expect(page).toHaveURL(/#\/experiments\/lineage\?resource=/);
  const endpointNode = experiments.lineageNode('endpoint', 'churn-prod');
  await expect(endpointNode).toHaveAttribute('data-highlighted', 'true');
  const trainingJob = experiments.lineageNode('training-job').and(page.locator('[data-highlighted="true"]'));
  await expect(trainingJob).toHaveCount(1);
  const raw = experiments.lineageNode('s3').and(page.locator('[data-highlighted="true"][data-name*="/raw/"]'));
  await expect(raw.first()).toBeVisible();
  await scanInBothThemes(experiments, 'lineage of churn-prod');

  // Walk: the training job's node opens its page; back, and the raw data opens in the Data area.
  const trainingName = (await trainingJob.getAttribute('data-name')) ?? '';
  await trainingJob.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/training/jobs/${trainingName}$`));
  await page.goBack();
  await raw.first().click();
  await expect(page).toHaveURL(/#\/data\?uri=s3%3A%2F%2Fsagedeck-demo-churn-data%2Fraw%2F|#\/data\?uri=s3:\/\/sagedeck-demo-churn-data\/raw\//);
});
