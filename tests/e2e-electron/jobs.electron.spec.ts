/**
 * The core of the web jobs journey (tests/e2e/jobs.spec.ts) in the real Electron app through
 * Playwright's `_electron`: find the failed backfill, read why it failed, clone it with the right
 * input, watch the clone complete without a reload, and find it again at its address after one.
 *
 * Where the Electron binary was never downloaded (this machine: its host is unreachable) the test
 * reports itself skipped by name with the reason, as tests/e2e-electron/shell.electron.spec.ts does.
 */
import { rmSync } from 'node:fs';
import { ROOT, electronLaunchArgs, electronSkipReason, findElectronBinary } from './support/electron-binary';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { BACKFILL_INPUT } from '../../electron/sandbox/services/sagemaker/seed/demo-processing';
import { createTempHome, type TempHome } from '../support/web-host-process';
import { JOBS_TIME_SCALE } from '../e2e/support/jobs-fixtures';
import { JobsPage } from '../e2e/support/jobs-page';
import { ShellPage } from '../e2e/support/shell-page';

const electronBinary = findElectronBinary();
const skipReason = electronSkipReason(electronBinary);

test.describe('Electron jobs', () => {
  if (skipReason) console.log(`[electron e2e] skipping jobs journey: ${skipReason}`);
  test.skip(skipReason !== undefined, skipReason);

  let home: TempHome;
  let app: ElectronApplication;
  let page: Page;
  let jobs: JobsPage;

  test.beforeEach(async () => {
    if ('missing' in electronBinary) return;
    const launch = electronLaunchArgs();
    console.log(`[electron e2e] launching the ${launch.app}`);
    home = createTempHome();
    app = await _electron.launch({
      executablePath: electronBinary.path,
      args: launch.args,
      cwd: ROOT,
      env: {
        ...home.env,
        SAGEDECK_SANDBOX_TIME_SCALE: String(JOBS_TIME_SCALE),
        ...(process.env.DISPLAY ? { DISPLAY: process.env.DISPLAY } : {}),
      },
    });
    page = await app.firstWindow();
    const shell = new ShellPage(page, { url: page.url(), origin: 'app://sagedeck', port: 0, output: [], stop: async () => {} });
    jobs = new JobsPage(shell);
  });

  test.afterEach(async () => {
    await app?.close();
    if (home) rmSync(home.dir, { recursive: true, force: true });
  });

  test('fix the failed backfill: reason first, clone with the right input, completes live, deep link survives reload', async () => {
    test.setTimeout(120_000);
    await jobs.shell.waitReady();
    await jobs.openList('processing');
    await jobs.filterByStatus('Failed');
    const backfill = jobs.rowsStartingWith('churn-backfill-');
    await expect(backfill).toHaveCount(1);
    const failedName = (await backfill.getAttribute('data-testid'))!.replace(/^job-row-/, '');

    await jobs.openJob(failedName);
    await expect(jobs.failureReason()).toContainText(BACKFILL_INPUT.wrong);

    await jobs.clone();
    await expect(jobs.field('inputs.1.s3Uri')).toHaveValue(BACKFILL_INPUT.wrong);
    await jobs.fill('inputs.1.s3Uri', BACKFILL_INPUT.corrected);
    const cloneName = await jobs.submitForm();
    await jobs.expectStatus(cloneName, 'Completed');

    await page.reload();
    await jobs.shell.waitReady();
    expect(new URL(page.url()).hash).toBe(`#/processing/jobs/${cloneName}`);
    await jobs.waitDetail(cloneName);
    await jobs.expectStatus(cloneName, 'Completed');
  });
});
