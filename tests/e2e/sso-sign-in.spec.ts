import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordFrames } from './support/frame-recorder';
import { expect, test } from './support/session-fixtures';

test('signs in with IAM Identity Center from the GUI and refreshes the session', async ({
  home,
  sandbox,
  shell,
  session,
  page,
}) => {
  home.writeAwsConfig(
    [
      '[profile corp-sso]',
      'sso_session = corp',
      'sso_account_id = 444455556666',
      'sso_role_name = MLOpsAdmin',
      'region = us-west-2',
      `endpoint_url = ${sandbox.endpoint}`,
      '',
      '[sso-session corp]',
      'sso_start_url = https://sandbox-corp.awsapps.com/start',
      'sso_region = us-east-1',
      'sso_registration_scopes = sso:account:access',
      '',
    ].join('\n'),
  );
  const frames = recordFrames(page);
  await shell.open();
  await session.chooseProfile('corp-sso');
  await expect(shell.testId('current-profile')).toHaveText('corp-sso');

  // Never signed in: the console offers the sign-in instead of an error.
  await expect(shell.testId('sso-banner')).toBeVisible();
  await expect(shell.testId('overview-identity')).not.toContainText(/at \w+ \(|\.ts:\d+/);
  const userCode = await session.startSsoSignIn();
  expect(userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);

  // The user opens the address in their browser, checks the code and approves.
  const url = await session.verificationUrl();
  expect(new URL(url).origin).toBe(sandbox.endpoint);
  const browserTab = await page.context().newPage();
  await browserTab.goto(url);
  await expect(browserTab.getByTestId('sso-user-code')).toHaveText(userCode);
  await browserTab.getByTestId('sso-approve').click();
  await expect(browserTab.getByTestId('sso-result')).toContainText('return to SageDeck');
  await browserTab.close();

  // Signed in: the dialog and banner go away and every view reads the session again.
  await expect(shell.testId('sso-modal')).toBeHidden();
  await expect(shell.testId('sso-banner')).toBeHidden();
  await expect(session.account()).toHaveText('444455556666');
  await expect(session.arn()).toHaveText(/^assumed-role\/[^/]*MLOpsAdmin[^/]*\//);
  await expect(shell.testId('overview-account')).toHaveText('444455556666');
  await expect(session.expiry()).toHaveText(/^Expires in /);

  // The token cache is where the AWS CLI keeps it; its tokens never reached the page.
  const cacheDir = join(home.dir, '.aws', 'sso', 'cache');
  const tokens = readdirSync(cacheDir).flatMap((file) => {
    const entry = JSON.parse(readFileSync(join(cacheDir, file), 'utf8')) as Record<string, unknown>;
    return ['accessToken', 'refreshToken', 'clientSecret']
      .map((key) => entry[key])
      .filter((value): value is string => typeof value === 'string');
  });
  expect(tokens.length).toBeGreaterThan(0);
  const dom = await page.content();
  for (const token of tokens) {
    expect(frames.received.some((frame) => frame.includes(token))).toBe(false);
    expect(frames.sent.some((frame) => frame.includes(token))).toBe(false);
    expect(dom.includes(token)).toBe(false);
  }
});
