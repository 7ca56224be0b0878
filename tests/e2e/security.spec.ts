import { scanInBothThemes } from './support/axe';
import { expect, test } from './support/fixtures';
import { testOnManualClock } from './support/manual-clock-sandbox';
import type { ShellPage } from './support/shell-page';

const ROLE = 'SageDeckDemoSageMakerRole';
const DATA_BUCKET = 'sagedeck-demo-churn-data';

async function openSection(shell: ShellPage, section: 'roles' | 'posture' | 'cost' | 'backups' | 'compliance'): Promise<void> {
  await shell.testId(`security-nav-${section}`).click();
  await expect(shell.testId(`security-nav-${section}`)).toHaveAttribute('aria-current', 'page');
}

const dollars = (text: string | null) => Number((text ?? '').replace(/[^0-9.]/g, ''));

test('review the over-broad execution role: its findings, the least-privilege policy applied with confirmation, the findings cleared; then the encryption and network posture (demo seed)', async ({
  shell,
  page,
}) => {
  test.setTimeout(240_000);
  await shell.open();
  await shell.navigate('security');
  await expect(shell.testId('security-home')).toBeVisible();

  // Roles: the SageMaker execution role is too broad (s3:* and iam:PassRole on *).
  await openSection(shell, 'roles');
  await expect(shell.testId('roles-list')).toHaveAttribute('data-state', 'ready');
  await scanInBothThemes(page, 'roles');
  await shell.testId(`role-link-${ROLE}`).click();
  await expect(shell.testId('role-page')).toHaveAttribute('data-state', 'ready');
  await expect(shell.testId('role-finding-wildcard-action')).toBeVisible();
  await expect(shell.testId('role-finding-passrole-any')).toBeVisible();
  await scanInBothThemes(page, 'role page');

  // The suggestion as a diff, applied through the confirmation; the findings clear.
  await shell.testId('suggest-least-privilege').click();
  await expect(shell.testId('suggestion-diff')).toContainText('s3:*');
  await scanInBothThemes(page, 'least-privilege suggestion');
  await shell.testId('suggestion-apply').click();
  await expect(shell.testId('confirm-modal')).toContainText('SageDeckDemoSageMakerAccess');
  await shell.testId('confirm-submit').click();
  await expect(shell.testId('suggestion-applied')).toBeVisible();
  await expect(shell.testId('role-finding-wildcard-action')).toHaveCount(0);
  await expect(shell.testId('role-finding-passrole-any')).toHaveCount(0);

  // Posture: one table across the pipeline.
  await openSection(shell, 'posture');
  // The report reads every bucket, the newest 100 jobs, configs, log groups, stages, listeners and
  // keys (hundreds of calls): on a busy two-core runner it can take longer than the default wait.
  await expect(shell.testId('security-posture')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(shell.testId('posture-table')).toContainText('sagedeck-demo-access-logs');
  await scanInBothThemes(page, 'encryption and network posture');
});

test('tag the untagged resources and see their cost join the tag value, then export the compliance evidence report (demo seed)', async ({ shell, page }) => {
  test.setTimeout(240_000);
  await shell.open();
  await shell.navigate('security');

  // Cost: tag every untagged resource with project=churn; their cost joins churn.
  await openSection(shell, 'cost');
  const byTag = shell.testId('cost-by-tag');
  await expect(byTag).toHaveAttribute('data-state', 'ready');
  await expect(byTag).toHaveAttribute('data-tag-key', 'project');
  const churnBefore = dollars(await shell.testId('cost-tag-amount-churn').textContent());
  const untaggedBefore = dollars(await shell.testId('cost-tag-amount-(untagged)').textContent());
  expect(untaggedBefore).toBeGreaterThan(0);
  await expect(shell.testId('cost-untagged')).toHaveAttribute('data-state', 'ready');
  await expect(shell.testId('cost-untagged-row-churn-internal-alb')).toBeVisible();
  await scanInBothThemes(page, 'cost');
  await page.getByRole('checkbox', { name: 'Select every untagged resource' }).check();
  await shell.testId('cost-tag-these').click();
  await shell.testId('cost-tag-form-value').locator('input').fill('churn');
  await scanInBothThemes(page, 'tag these form');
  await shell.testId('cost-tag-form-submit').click();
  await expect(shell.testId('confirm-modal')).toContainText('project=churn');
  await shell.testId('confirm-submit').click();
  await expect(shell.testId('cost-tag-result')).toContainText('Tagged');
  await expect(shell.testId('cost-untagged-empty')).toBeVisible();
  await expect.poll(async () => dollars(await shell.testId('cost-tag-amount-churn').textContent())).toBeGreaterThan(churnBefore);

  // Compliance: every control evaluated live, exported with account, region and time.
  await openSection(shell, 'compliance');
  await expect(shell.testId('security-compliance')).toHaveAttribute('data-state', 'ready');
  await expect(shell.testId('compliance-statement')).toContainText('not a certification');
  await expect(shell.testId('compliance-control-mfaProductionRoles')).toHaveAttribute('data-status', 'fail');
  await scanInBothThemes(page, 'compliance evidence');
  const [html] = await Promise.all([page.waitForEvent('download'), shell.testId('compliance-export-html').click()]);
  expect(html.suggestedFilename()).toMatch(/\.html$/);
  const [csv] = await Promise.all([page.waitForEvent('download'), shell.testId('compliance-export-csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = await new Promise<string>((resolve, reject) => {
    void csv.createReadStream().then((stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      stream.on('error', reject);
    }, reject);
  });
  expect(csvText).toContain('Account,111122223333');
  expect(csvText).toContain('us-east-1');
});

const onManualClock = testOnManualClock();

onManualClock('run a restore test of the data bucket: restored, verified object by object, the plan no longer warns (manual clock)', async ({ shell, sandbox, page }) => {
  onManualClock.setTimeout(180_000);
  await shell.open();
  await shell.navigate('security');
  await openSection(shell, 'backups');
  const row = shell.testId(`backup-row-${DATA_BUCKET}`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId('backup-warning')).toContainText(/never/i);
  await expect(shell.testId('backup-row-sagedeck-demo-access-logs')).toContainText('Not covered');
  await scanInBothThemes(page, 'backup coverage');

  await row.getByRole('link', { name: DATA_BUCKET }).click();
  const newest = shell.testId('recovery-point-0');
  await expect(newest).toBeVisible();
  await newest.getByTestId('run-restore-test').click();
  await expect(shell.testId('confirm-modal')).toContainText('Run restore test');
  await shell.testId('confirm-submit').click();
  const live = shell.testId('restore-test-live');
  await expect(live).toHaveAttribute('data-phase', 'restoring');
  await scanInBothThemes(page, 'restore test in progress');

  // The restore job takes three minutes on the sandbox clock; the console sees it finish on its
  // next check (every 5 s) and verifies on its own.
  await sandbox.control('clock/advance', { ms: 5 * 60_000 });
  await expect(live).toHaveAttribute('data-done', 'true', { timeout: 30_000 });
  await expect(shell.testId('restore-test-result')).toHaveAttribute('data-passed', 'true');
  await expect(shell.testId('restore-test-verified')).toContainText('verified');
  await expect(shell.testId('restore-test-history')).toBeVisible();
  await scanInBothThemes(page, 'restore test result');

  await openSection(shell, 'backups');
  await expect(shell.testId(`backup-row-${DATA_BUCKET}`).getByTestId('backup-warning')).toHaveText('');
  await expect(shell.testId(`backup-row-${DATA_BUCKET}`).getByTestId('backup-last-test')).toContainText('Passed');
});
