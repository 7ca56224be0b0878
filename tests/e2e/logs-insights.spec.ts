import { expectNoSeriousA11yViolations, switchTheme, THEMES } from './support/axe';
import { expect, test } from './support/fixtures';
import { LogsInsightsPage } from './support/logs-insights-page';

const TRAINING = '/aws/sagemaker/TrainingJobs';
const PROCESSING = '/aws/sagemaker/ProcessingJobs';

async function scanInBothThemes(logs: LogsInsightsPage, screen: string): Promise<void> {
  for (const theme of THEMES) {
    await switchTheme(logs.page, theme);
    await expectNoSeriousA11yViolations(logs.page, { theme, screen });
  }
  await switchTheme(logs.page, 'light');
}

test('log groups with their retention, then a Logs Insights query over the training logs of the demo seed', async ({
  shell,
}) => {
  // Six axe scans dominate; on a loaded 2-core runner each takes several seconds.
  test.setTimeout(240_000);
  const logs = new LogsInsightsPage(shell);
  await shell.open();

  // The demo's SageMaker groups with their retention: AWS creates them without one, so they are flagged.
  await logs.openGroups();
  await expect(logs.groupRow(TRAINING)).toBeVisible();
  await expect(logs.groupRow(PROCESSING)).toBeVisible();
  await expect(logs.retention(TRAINING)).toContainText(/Never expire|day|week|month|year/);
  if ((await logs.retention(TRAINING).textContent())?.includes('Never expire'))
    await expect(logs.foreverFlag(TRAINING)).toBeVisible();
  await scanInBothThemes(logs, 'log groups list');

  // The stream picker: the training job's streams, ready to tail a chosen few or a prefix. The theme
  // control is behind the dialog, so the picker is opened once in each theme.
  for (const theme of THEMES) {
    await switchTheme(logs.page, theme);
    const picker = await logs.openStreamPicker(TRAINING);
    await expect(picker.getByRole('checkbox').nth(1)).toBeVisible();
    await expectNoSeriousA11yViolations(logs.page, { theme, screen: 'stream picker' });
    await picker.getByRole('button', { name: 'Cancel' }).click();
    await expect(picker).toBeHidden();
  }
  await switchTheme(logs.page, 'light');

  // Insights from the group's Query link, over the last week of its lines.
  await logs.queryGroup(TRAINING);
  await logs.chooseRange('1 week');
  await logs.runQuery('fields @timestamp, @message | filter @message like /train/ | limit 20');
  await expect(logs.status()).toHaveAttribute('data-status', 'Complete');
  await expect(logs.resultRows().first()).toBeVisible();
  await expect(logs.results().getByRole('columnheader', { name: '@message' })).toBeVisible();
  await expect(logs.resultRows().first()).toContainText('train');

  // Buckets of five minutes: the bars appear beside their table.
  await logs.runQuery('stats count(*) by bin(5m)');
  await expect(logs.status()).toHaveAttribute('data-status', 'Complete');
  await expect(logs.chart()).toBeVisible();
  await expect(logs.results().getByRole('columnheader', { name: 'bin(5m)' })).toBeVisible();
  await scanInBothThemes(logs, 'Logs Insights with results and chart');
});
