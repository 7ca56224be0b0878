import { readFile } from 'node:fs/promises';
import { expectNoSeriousA11yViolations, switchTheme, THEMES } from './support/axe';
import { expect, test as base } from './support/fixtures';
import { JobsPage } from './support/jobs-page';
import { LogsPage } from './support/logs-page';

/**
 * The sandbox runs at real speed here: the demo's running training job (two instances) prints one
 * evaluation line per instance every round (2 s), so its tail keeps flowing for the whole test.
 */
const test = base.extend<{ jobs: JobsPage; logs: LogsPage }>({
  jobs: async ({ shell }, use) => use(new JobsPage(shell)),
  logs: async ({ shell }, use) => use(new LogsPage(shell)),
});

test("tail the running training job from its detail: both instances live, filter, pause, resume, export; the endpoint's tail from its page; accessible in both themes", async ({
  shell,
  jobs,
  logs,
  page,
}) => {
  test.setTimeout(180_000);
  await shell.open();

  // The running job of the demo seed, from the Training area.
  await jobs.openList('training');
  await jobs.filterByStatus('InProgress');
  const running = jobs.rowsStartingWith('churn-xgb-').first();
  const name = (await running.getAttribute('data-testid'))!.replace(/^job-row-/, '');
  await jobs.openJob(name);
  // The job's log streams (one per instance), then its tail from the same detail.
  // The modal covers the theme control: switch first, then open it.
  const streams = page.getByTestId('job-log-streams');
  for (const theme of THEMES) {
    await switchTheme(page, theme);
    await page.getByTestId('job-action-logs').click();
    await expect(streams.locator('[data-testid^="job-log-stream-"]')).toHaveCount(2);
    await expectNoSeriousA11yViolations(page, { theme, screen: 'log streams of a training job' });
    await streams.getByRole('button', { name: 'Close' }).click();
    await expect(streams).toBeHidden();
  }
  await switchTheme(page, 'light');
  await page.getByTestId('job-action-tail').click();
  expect(new URL(page.url()).hash).toBe(`#/logs/tail/job/training/${name}`);
  await logs.waitStarted();

  // Lines arrive live from every instance, each stream with its own toggle.
  await logs.expectMoreEventsThan(0);
  const seen = await logs.eventsSeen();
  await logs.expectMoreEventsThan(seen);
  await expect(logs.streamToggles()).toHaveCount(2);
  await expect(logs.streamToggles().nth(0)).toContainText('algo-1');
  await expect(logs.streamToggles().nth(1)).toContainText('algo-2');
  await expect(logs.rows().filter({ hasText: 'algo-1' }).first()).toBeVisible();
  await expect(logs.rows().filter({ hasText: 'algo-2' }).first()).toBeVisible();

  // Filter: keep only one instance's lines, by its toggle; then a regex keeps only rounds lines.
  await logs.streamToggles().nth(1).click();
  await expect(logs.streamToggles().nth(1)).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => logs.rows().filter({ hasText: 'algo-2' }).count()).toBe(0);
  await logs.highlight('train-logloss:0\\.\\d+');
  await logs.onlyMatching();
  await expect(logs.rows().first()).toBeVisible();
  for (const row of await logs.rows().all()) await expect(row).toContainText('algo-1');
  await expect(logs.lines().locator('mark').first()).toBeVisible();
  await logs.streamToggles().nth(1).click();

  // Pause: scrolling up stops following while lines keep arriving; End resumes.
  await logs.lines().hover();
  await page.mouse.wheel(0, -400);
  await logs.expectFollowing(false);
  const whilePaused = await logs.eventsSeen();
  await logs.expectMoreEventsThan(whilePaused);
  await logs.expectFollowing(false);
  await logs.lines().focus();
  await page.keyboard.press('End');
  await logs.expectFollowing(true);

  // Export: the file is named after the job and the time, one line per buffered event.
  const download = await logs.exportAs('log');
  expect(download.suggestedFilename()).toMatch(new RegExp(`^training-${name}_\\d{4}-\\d{2}-\\d{2}T\\d{4}Z\\.log$`));
  const exported = (await readFile((await download.path())!, 'utf8')).trim().split('\n');
  expect(exported.length).toBeGreaterThan(0);
  expect(exported.some((line) => line.includes(`${name}/algo-1`))).toBe(true);
  expect(exported.some((line) => line.includes(`${name}/algo-2`))).toBe(true);
  for (const line of exported) expect(line).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z \S+ /);

  for (const theme of THEMES) {
    await switchTheme(page, theme);
    await expectNoSeriousA11yViolations(page, { theme, screen: 'live tail of a training job' });
  }
  await switchTheme(page, 'light');

  // An endpoint's tail, from the endpoint's own page, opens a second tab beside the job's.
  await page.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/endpoints/churn-prod';
  });
  await page.getByTestId('endpoint-action-tail').click();
  await logs.waitStarted();
  await expect(logs.view()).toHaveAttribute('data-target', '#/logs/tail/endpoint/churn-prod');
  await expect(page.getByRole('link', { name: `training job ${name}` })).toBeVisible();
  await expect(logs.status()).toHaveAttribute('data-source', /live|polling/);
});
