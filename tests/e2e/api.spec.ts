import { scanInBothThemes } from './support/axe';
import { EndpointsPage } from './support/endpoints-page';
import { expect, test } from './support/fixtures';
import { testOnManualClock } from './support/manual-clock-sandbox';
import { recordNotifications, shownNotifications } from './support/notifications';

const ENDPOINT = 'churn-prod';
const VALID = '{"instances": [[0.5, 1.2, 3.4]]}';
const INVALID = '{"instances": "nope"}';

test('churn-prod exposed as a new REST API from its page, then tested: a valid payload answers predictions, an invalid one the validation error, and the signed invoke URL answers too', async ({
  shell,
  page,
}) => {
  test.setTimeout(180_000);
  await shell.open();
  const endpoints = new EndpointsPage(shell);
  await endpoints.openList();
  await endpoints.openDetail(ENDPOINT);
  await page.getByTestId('endpoint-action-expose').click();

  // The flow, prefilled for the endpoint; the invoke role taken from the API already serving it.
  const flow = page.getByTestId('expose-flow');
  await expect(flow).toBeVisible();
  await expect(page.getByTestId('expose-api-name').locator('input')).toHaveValue(`${ENDPOINT}-api`);
  await expect(page.getByTestId('expose-schema').locator('textarea')).toHaveValue(/"instances"/);
  await page.getByTestId('expose-role-suggested').click();
  await expect(page.getByTestId('expose-role').locator('input')).toHaveValue(/^arn:aws:iam::\d{12}:role\//);
  await scanInBothThemes(page, 'expose an endpoint as an API');
  await page.getByTestId('expose-submit').click();

  const result = page.getByTestId('expose-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('expose-invoke-url')).toContainText('/prod');
  await page.getByTestId('expose-test-it').click();

  // The new API's method, tested through API Gateway's TestInvokeMethod.
  await expect(page.getByTestId('api-detail')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('method-integration-target')).toContainText(ENDPOINT);
  const body = page.getByTestId('api-test-body').locator('textarea');
  await body.fill(VALID);
  await page.getByTestId('api-test-run').click();
  await expect(page.getByTestId('api-test-status')).toHaveAttribute('data-status', '200');
  await expect(page.getByTestId('api-test-response')).toContainText('predictions');
  await expect(page.getByTestId('api-test-log')).toContainText('Method completed with status: 200');

  await body.fill(INVALID);
  await page.getByTestId('api-test-run').click();
  await expect(page.getByTestId('api-test-status')).toHaveAttribute('data-status', '400');
  await expect(page.getByTestId('api-test-response')).toContainText('array');
  await expect(body).toHaveValue(INVALID);

  // A real SigV4-signed call to the stage's invoke URL.
  await body.fill(VALID);
  await page.getByTestId('api-invoke-run').click();
  await expect(page.getByTestId('api-invoke-status')).toHaveAttribute('data-status', '200');
  await expect(page.getByTestId('api-invoke-response')).toContainText('predictions');
  await expect(page.getByTestId('api-command-curl')).toContainText('--aws-sigv4');
  await scanInBothThemes(page, 'API page with a method tested');
});

const onManualClock = testOnManualClock();
const FAILING = 'i-0a1b2c3d4e5f60001';
/** The board's watcher polls on real timers: 30 s while every target is steady. */
const APP_SEES_IT = { timeout: 45_000 };

onManualClock('a target of the internal ALB made to fail through the sandbox turns unhealthy on the live board, with a notification, then recovers (manual clock)', async ({ shell, sandbox, page }) => {
  onManualClock.setTimeout(240_000);
  await recordNotifications(page.context(), new URL(shell.host.url).origin);
  await shell.open();
  await shell.navigate('api');
  await expect(page.getByTestId('load-balancer-list')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('load-balancer-health-churn-internal-alb')).toContainText('1 unhealthy');
  await scanInBothThemes(page, 'APIs and load balancers');
  await page.getByTestId('load-balancer-row-churn-internal-alb').click();
  await expect(page.getByTestId('load-balancer-detail')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('listener-HTTP-80')).toBeVisible();
  await scanInBothThemes(page, 'load balancer page');

  await page.getByRole('tab', { name: /Target groups/ }).click();
  await page.getByTestId('target-group-board-churn-inference-proxy').click();
  const board = page.getByTestId('target-health-board');
  await expect(board).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId(`target-row-${FAILING}`)).toHaveAttribute('data-state', 'healthy');
  await expect(page.getByTestId('target-row-i-0a1b2c3d4e5f60003')).toHaveAttribute('data-state', 'unhealthy');
  await scanInBothThemes(page, 'target health board');

  // Timeouts on every check: unhealthy after 2 failed checks 30 s apart.
  await sandbox.control('elb/target-fault', { targetGroup: 'churn-inference-proxy', targetId: FAILING, kind: 'timeout' });
  await sandbox.control('clock/advance', { ms: 90_000 });
  await expect(page.getByTestId(`target-row-${FAILING}`)).toHaveAttribute('data-state', 'unhealthy', APP_SEES_IT);
  await expect(page.getByTestId(`target-reason-${FAILING}`)).toContainText('Target.Timeout');
  await expect(page.getByTestId('target-health-summary')).toContainText('1 of 3 healthy');
  await expect.poll(async () => (await shownNotifications(page)).map((n) => `${n.title} ${n.body}`).join('\n'), APP_SEES_IT).toContain(FAILING);

  // Answering again: healthy after 5 good checks.
  await sandbox.control('elb/target-fault', { targetGroup: 'churn-inference-proxy', targetId: FAILING, kind: 'none' });
  await sandbox.control('clock/advance', { ms: 180_000 });
  await expect(page.getByTestId(`target-row-${FAILING}`)).toHaveAttribute('data-state', 'healthy', APP_SEES_IT);
  await expect(page.getByTestId('target-health-summary')).toContainText('2 of 3 healthy');
});
