import { expectNoSeriousA11yViolations, switchTheme, THEMES } from './support/axe';
import { expect, test } from './support/fixtures';
import { RegistryPage } from './support/registry-page';

async function scanInBothThemes(registry: RegistryPage, screen: string): Promise<void> {
  for (const theme of THEMES) {
    await switchTheme(registry.page, theme);
    await expectNoSeriousA11yViolations(registry.page, { theme, screen });
  }
  await switchTheme(registry.page, 'light');
}

test('review the pending churn model: compare it, approve it with a comment, see who approved it (demo seed)', async ({ shell, page }) => {
  // Eight axe scans dominate; on a loaded 2-core runner each takes several seconds.
  test.setTimeout(240_000);
  const registry = new RegistryPage(shell);
  await shell.open();

  await registry.openGroups();
  await registry.search('churn');
  await expect(registry.group('churn-prediction')).toBeVisible();
  await scanInBothThemes(registry, 'model groups');

  await registry.openGroup('churn-prediction');
  for (const [version, status] of [[4, 'PendingManualApproval'], [3, 'Approved'], [2, 'Rejected'], [1, 'Approved']] as const)
    await expect(registry.status(version)).toHaveAttribute('data-status', status);
  await scanInBothThemes(registry, 'versions of churn-prediction');

  // The pending version against the one serving production.
  await registry.select(3);
  await registry.select(4);
  await shell.testId('registry-compare').click();
  await expect(page).toHaveURL(/#\/registry\/churn-prediction\/compare\?a=3&b=4$/);
  await expect(shell.testId('registry-compare-validation:auc').locator('td')).toHaveCount(3);
  await scanInBothThemes(registry, 'comparison of versions 3 and 4');

  await page.goBack();
  await registry.openVersion(4);
  await expect(shell.testId('registry-source-job')).toHaveAttribute('href', /^#\/training\/jobs\/.+/);
  await registry.approve('validation:auc above version 3 on the holdout set');
  await expect(registry.detail()).toHaveAttribute('data-status', 'Approved');
  const approved = registry.history().locator('tr[data-status="Approved"]');
  await expect(approved).toContainText('validation:auc above version 3 on the holdout set');
  // The sandbox's default caller: the IAM user whose keys the built-in profile signs with.
  await expect(approved).toContainText(/arn:aws:iam::\d{12}:user\//);
  await scanInBothThemes(registry, 'approved version 4 with its history');

  // The list shows the decision too.
  await shell.testId('nav-registry').click();
  await registry.openGroup('churn-prediction');
  await expect(registry.status(4)).toHaveAttribute('data-status', 'Approved');
});
