import { scanInBothThemes } from './support/axe';
import { expect } from './support/fixtures';
import { testOnManualClock } from './support/manual-clock-sandbox';
import { recordNotifications, shownNotifications } from './support/notifications';

/**
 * The on-call journey on the manual clock: a latency spike on churn-prod, driven through the
 * sandbox's traffic generator, reaches CloudWatch as minutes of ModelLatency; the demo's p99 alarm
 * goes into ALARM by its own evaluation (not SetAlarmState), and every place that should say so does:
 * the board, the navigation count, the window title, a desktop notification, the Overview and the
 * chart; then the spike ends and it all returns to OK.
 */
// The journey advances up to ~30 simulated minutes, then reads charts over ranges ending now.
const test = testOnManualClock({ startMinutesAgo: 40 });

const ENDPOINT = 'churn-prod';
const ALARM = 'churn-prod-model-latency-p99';
/** The app's alarm watcher polls on real timers (5 s while something moves, 30 s otherwise). */
const APP_SEES_IT = { timeout: 45_000 };

test('a latency spike on churn-prod puts its p99 alarm into ALARM on the board, the navigation, the title, a notification, the Overview and the chart; it returns to OK when the spike ends (manual clock)', async ({
  shell,
  sandbox,
  page,
}) => {
  test.setTimeout(240_000);
  await recordNotifications(page.context(), new URL(shell.host.url).origin);
  // A steady rate instead of the time-of-day pattern, between the scaling policy's scale-in line and
  // its target, so Auto Scaling leaves churn-prod alone whatever the hour.
  await sandbox.control('traffic/rate', { endpointName: ENDPOINT, ratePerMinute: 1400 });
  // Nothing in ALARM to start with (the demo's scale-in alarm can be, after a quiet hour of backfill).
  await sandbox.advanceUntil(
    async () => (await sandbox.alarmState(ALARM)) === 'OK' && (await sandbox.alarmsInAlarm()).length === 0,
    'every alarm out of ALARM',
    10,
  );
  await shell.open();

  await shell.navigate('alarms');
  const board = page.getByTestId('alarm-board');
  await expect(board).toBeVisible();
  await expect(page.getByTestId(`alarm-state-${ALARM}`)).toHaveText(/OK/, APP_SEES_IT);
  await expect(page.getByTestId('nav-alarms-count')).toHaveCount(0);
  await scanInBothThemes(page, 'alarm board');

  // 400 ms on every request: p99 over the alarm's 100 ms for 3 of 5 minutes.
  await sandbox.control('traffic/fault', { endpointName: ENDPOINT, variantName: 'AllTraffic', latencyMs: 400 });
  await sandbox.advanceUntil(async () => (await sandbox.alarmState(ALARM)) === 'ALARM', 'the p99 alarm to go into ALARM', 10);
  expect(await sandbox.alarmsInAlarm(), 'only the p99 alarm fires').toEqual([ALARM]);

  await expect(page.getByTestId(`alarm-state-${ALARM}`)).toHaveText(/ALARM/, APP_SEES_IT);
  // ALARM first on the board.
  await expect(board.locator('[data-testid^="alarm-row-"]').first()).toHaveAttribute('data-testid', `alarm-row-${ALARM}`);
  await expect(page.getByTestId('nav-alarms-count')).toHaveText('1');
  await expect(page).toHaveTitle(/1/);
  await expect.poll(async () => (await shownNotifications(page)).map((n) => n.title).join('\n'), APP_SEES_IT).toContain(ALARM);

  // The alarm's page: the threshold on the chart, with the latest value above it.
  await page.getByTestId(`alarm-row-${ALARM}`).getByRole('link', { name: ALARM }).click();
  await expect(page.getByTestId('alarm-detail')).toBeVisible();
  const chart = page.getByTestId('alarm-metric-chart');
  const threshold = chart.getByTestId(`chart-threshold-${ALARM}`);
  await expect(threshold).toHaveAttribute('data-state', 'ALARM', APP_SEES_IT);
  await expect(threshold).toHaveAttribute('data-crossed', 'true');
  await expect(threshold).toContainText(/100 ms .* crossed: peak 4\d\d ms/);
  await expect(page.getByTestId('alarm-history')).toContainText(/OK to ALARM/);
  await scanInBothThemes(page, 'alarm detail in ALARM');

  // The Overview says it too.
  await shell.navigate('overview');
  await expect(page.getByTestId('overview-alarms-in-alarm')).toContainText(ALARM, APP_SEES_IT);
  await scanInBothThemes(page, 'overview with an alarm in ALARM');

  // The spike ends: the alarm returns to OK everywhere.
  await sandbox.control('traffic/fault', { endpointName: ENDPOINT, variantName: 'AllTraffic', latencyMs: 0 });
  await sandbox.advanceUntil(async () => (await sandbox.alarmState(ALARM)) === 'OK', 'the p99 alarm to return to OK', 10);
  await shell.navigate('alarms');
  await expect(page.getByTestId(`alarm-state-${ALARM}`)).toHaveText(/OK/, APP_SEES_IT);
  await expect(page.getByTestId('nav-alarms-count')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/\(1\)/);
  await expect.poll(async () => (await shownNotifications(page)).filter((n) => n.title.includes(ALARM)).length, APP_SEES_IT).toBe(2);
});
