import { BACKFILL_INPUT } from '../../electron/sandbox/services/sagemaker/seed/demo-processing';
import { expectNoSeriousA11yViolations, switchTheme, THEMES } from './support/axe';
import { expect, JOBS_TIME_SCALE, test } from './support/jobs-fixtures';
import type { JobsPage } from './support/jobs-page';
import { clickNotification, markDocument, sameDocument, waitForNotification } from './support/notifications';

/** The usage input is the second of the demo preprocessing job's three inputs (raw, usage, code). */
const USAGE_INPUT = 'inputs.1';

async function scanInBothThemes(jobs: JobsPage, screen: string): Promise<void> {
  for (const theme of THEMES) {
    await switchTheme(jobs.page, theme);
    await expectNoSeriousA11yViolations(jobs.page, { theme, screen });
  }
  await switchTheme(jobs.page, 'light');
}

test(`fix a failed processing job: find it, read why, clone with the right input, watch it complete (sandbox ×${JOBS_TIME_SCALE})`, async ({
  shell,
  jobs,
  page,
}) => {
  // Six axe scans dominate; on a loaded 2-core runner each takes several seconds.
  test.setTimeout(240_000);
  await shell.open();

  // The list, narrowed to the failed jobs by AWS's own status filter.
  await jobs.openList('processing');
  await jobs.filterByStatus('Failed');
  const failedRows = jobs.page.locator('[data-testid^="job-status-"]');
  await expect(failedRows.first()).toBeVisible();
  for (const status of await failedRows.all()) await expect(status).toHaveAttribute('data-status', 'Failed');
  const backfill = jobs.rowsStartingWith('churn-backfill-');
  await expect(backfill).toHaveCount(1);
  const failedName = (await backfill.getAttribute('data-testid'))!.replace(/^job-row-/, '');
  await scanInBothThemes(jobs, 'processing jobs list, filtered to Failed');

  // Its detail says why it failed before anything else: the usage input points at a mistyped prefix.
  await jobs.openJob(failedName);
  await expect(jobs.failureReason()).toContainText('No S3 objects found under S3 URL');
  await expect(jobs.failureReason()).toContainText(BACKFILL_INPUT.wrong);
  const reasonBox = await jobs.failureReason().boundingBox();
  const headingBox = await jobs.detail().getByRole('heading', { level: 1 }).boundingBox();
  expect(reasonBox!.y, 'the failure reason is above the job header').toBeLessThan(headingBox!.y);
  await scanInBothThemes(jobs, 'failed processing job detail');

  // Clone: every field prefilled, a fresh name suggested; fix the one wrong URI.
  await jobs.clone();
  await expect(jobs.field('name')).toHaveValue(new RegExp(`^${failedName}-clone-\\d{12}$`));
  await expect(jobs.field(`${USAGE_INPUT}.name`)).toHaveValue('usage');
  await expect(jobs.field(`${USAGE_INPUT}.s3Uri`)).toHaveValue(BACKFILL_INPUT.wrong);
  await jobs.fill(`${USAGE_INPUT}.s3Uri`, BACKFILL_INPUT.corrected);
  await scanInBothThemes(jobs, 'clone form');

  // Start it; from here on the page is never reloaded: the watcher moves the detail and the list.
  await markDocument(page);
  const cloneName = await jobs.submitForm();
  await jobs.expectStatus(cloneName, 'Completed');
  await expect(jobs.failureReason()).toHaveCount(0);

  // The desktop notification came, and clicking it opens the job (from wherever the user is).
  const notification = await waitForNotification(page, new RegExp(`^Processing job ${cloneName} completed$`));
  expect(notification.body).toBe(`${cloneName} completed.`);
  await jobs.openList('processing');
  await expect(jobs.row(cloneName)).toBeVisible();
  await jobs.expectStatus(cloneName, 'Completed');
  await clickNotification(page, notification.tag);
  await jobs.waitDetail(cloneName);
  expect(new URL(page.url()).hash).toBe(`#/processing/jobs/${cloneName}`);
  expect(await sameDocument(page), 'no reload since the job was started').toBe(true);

  // The job's address survives a reload.
  await page.reload();
  await shell.waitReady();
  await jobs.waitDetail(cloneName);
  await jobs.expectStatus(cloneName, 'Completed');
  await expect(jobs.detail().getByTestId('job-inputs')).toContainText(BACKFILL_INPUT.corrected);
});

test('a training job with its metrics chart, and the schedules screen, are accessible in both themes', async ({ shell, jobs, page }) => {
  test.setTimeout(180_000);
  await shell.open();

  // A finished training run of the demo seed: its detail draws the metrics chart beside its table.
  await jobs.openList('training');
  await jobs.filterByStatus('Completed');
  const completed = jobs.rowsStartingWith('churn-xgb-').first();
  const name = (await completed.getAttribute('data-testid'))!.replace(/^job-row-/, '');
  await jobs.openJob(name);
  await expect(page.getByTestId('job-metrics')).toBeVisible();
  await expect(page.getByTestId('job-metrics-table')).toContainText('validation:logloss');
  await scanInBothThemes(jobs, 'training job detail with metrics');

  // The nightly schedule of the demo seed, with its next run and the jobs it started.
  await jobs.openList('processing');
  await page.getByTestId('jobs-schedules').click();
  await expect(page.getByTestId('schedules-table')).toBeVisible();
  await expect(page.locator('[data-testid^="schedule-row-"]').first()).toBeVisible();
  await scanInBothThemes(jobs, 'processing schedules');
});
