import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanInBothThemes } from './support/axe';
import { expect, test } from './support/fixtures';

const POSTURE_CHECKS = ['versioning', 'encryption', 'publicAccessBlock', 'bucketPolicy', 'ownership', 'logging', 'lifecycle', 'replication', 'objectLock', 'tags'];
const FIRST = 'customer_id,churned\n1,0\n';
const SECOND = 'customer_id,churned\n1,0\n2,1\n3,0\n4,1\n';

/** A dataset folder on disk: two small CSVs and a 12 MB one, so the upload goes in several parts with progress. */
function datasetFolder(root: string): string {
  const folder = join(root, 'dataset');
  mkdirSync(join(folder, 'nested'), { recursive: true });
  writeFileSync(join(folder, 'customers.csv'), FIRST);
  writeFileSync(join(folder, 'nested', 'usage.csv'), 'day,calls\n2026-12-05,42\n');
  const big = Buffer.alloc(12 * 1024 * 1024);
  for (let i = 0; i < big.length; i += 1) big[i] = 97 + ((i * 7919) % 26);
  writeFileSync(join(folder, 'events.log'), big);
  return folder;
}

test('create a secure bucket, upload a dataset folder with progress, see its posture all green, overwrite a file and restore the previous version', async ({ shell, page }) => {
  test.setTimeout(240_000);
  const root = mkdtempSync(join(tmpdir(), 'sagedeck-e2e-data-'));
  try {
    const bucket = `e2e-secure-${Date.now().toString(36)}`;
    await shell.open();
    await shell.navigate('data');
    await expect(page.getByTestId('bucket-list')).toBeVisible();
    await expect(page.getByTestId('bucket-row-sagedeck-demo-churn-data')).toBeVisible();
    await scanInBothThemes(page, 'bucket list');

    // Create: the secure defaults are on; access logs go to the demo's log bucket.
    await page.getByTestId('bucket-create').click();
    const form = page.getByTestId('create-bucket-form');
    await expect(form).toBeVisible();
    await page.getByTestId('create-bucket-name').fill('Not_A_Bucket');
    await expect(form).toContainText('lowercase');
    await page.getByTestId('create-bucket-name').fill(bucket);
    await form.getByText('Access logging', { exact: true }).click();
    await page.getByTestId('create-bucket-log-bucket').fill('sagedeck-demo-access-logs');
    await page.getByTestId('create-bucket-log-prefix').fill(`${bucket}/`);
    await scanInBothThemes(page, 'create bucket form');
    await page.getByTestId('create-bucket-submit').click();
    const browser = page.getByTestId('object-browser');
    await expect(browser).toHaveAttribute('data-state', 'ready');

    // Upload a whole folder into incoming/: several parts, a progress bar, checksums verified.
    await page.getByTestId('upload-open').click();
    await page.getByTestId('upload-folder-input').setInputFiles(datasetFolder(root));
    await page.getByTestId('upload-prefix').fill('incoming/');
    await expect(page.getByTestId('upload-chosen')).toContainText('3');
    await page.getByTestId('upload-start').click();
    const panel = page.getByTestId('transfers-panel');
    await expect(panel.getByTestId('transfer-progress').first()).toBeVisible();
    await expect(panel.locator('[data-testid^="transfer-"][data-state]').first()).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await scanInBothThemes(page, 'upload panel and transfers');
    await page.getByTestId('upload-panel').getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('folder-row-incoming/')).toBeVisible();
    await page.getByTestId('folder-row-incoming/').getByRole('link').first().click();
    await page.getByTestId('folder-row-incoming/dataset/').getByRole('link').first().click();
    await expect(page.getByTestId('object-row-incoming/dataset/events.log')).toBeVisible();
    await expect(page.getByTestId('folder-row-incoming/dataset/nested/')).toBeVisible();
    await scanInBothThemes(page, 'object browser');

    // The posture, every check green.
    await shell.navigate('data');
    const row = page.getByTestId(`bucket-row-${bucket}`);
    await expect(row).toBeVisible();
    for (const check of POSTURE_CHECKS) await expect(page.getByTestId(`posture-${check}-${bucket}`)).toHaveAttribute('data-status', 'pass');

    // Overwrite customers.csv with a longer file: versioning keeps the first.
    await row.getByRole('link', { name: bucket }).click();
    await expect(browser).toHaveAttribute('data-state', 'ready');
    writeFileSync(join(root, 'customers.csv'), SECOND);
    await page.getByTestId('upload-open').click();
    await page.getByTestId('upload-files-input').setInputFiles(join(root, 'customers.csv'));
    await page.getByTestId('upload-prefix').fill('incoming/dataset/');
    await page.getByTestId('upload-start').click();
    await expect(panel.locator('[data-testid^="transfer-"][data-state]').first()).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await page.getByTestId('upload-panel').getByRole('button', { name: 'Close' }).click();

    // The object's versions: restore the first over the latest (confirmed).
    await page.getByTestId('folder-row-incoming/').getByRole('link').first().click();
    await page.getByTestId('folder-row-incoming/dataset/').getByRole('link').first().click();
    await page.getByTestId('object-row-incoming/dataset/customers.csv').getByRole('link').first().click();
    await expect(page.getByTestId('object-detail')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('object-fields')).toContainText(`${SECOND.length} B`);
    await page.getByRole('tab', { name: 'Versions' }).click();
    const versions = page.getByTestId('object-versions');
    await expect(versions.locator('[data-testid^="version-row-"]')).toHaveCount(2);
    await scanInBothThemes(page, 'object versions');
    const older = versions.locator('[data-testid^="version-row-"][data-latest="false"]');
    await older.getByRole('button', { name: /^Restore this version/ }).click();
    await expect(shell.testId('confirm-modal')).toContainText(`s3://${bucket}/incoming/dataset/customers.csv`);
    await shell.testId('confirm-submit').click();
    await expect(versions.locator('[data-testid^="version-row-"]')).toHaveCount(3);
    const latest = versions.locator('[data-testid^="version-row-"][data-latest="true"]');
    await expect(latest).toContainText(`${FIRST.length} B`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
