import { assumeRoleProfile, sandboxKeysProfile } from './support/aws-files';
import { expectNoSeriousA11yViolations, switchTheme, THEMES } from './support/axe';
import { expect, test } from './support/session-fixtures';

test('switching to a profile in another account and region refreshes the top bar and every open view', async ({
  home,
  sandbox,
  shell,
  session,
}) => {
  const keys = sandboxKeysProfile(sandbox);
  home.writeAwsConfig(
    [
      keys.config,
      assumeRoleProfile(sandbox, { name: 'ops', region: 'eu-west-2', roleArn: 'arn:aws:iam::444455556666:role/Ops' }),
    ].join('\n'),
  );
  home.writeAwsCredentials(keys.credentials);

  await shell.open();
  await expect(shell.testId('current-profile')).toHaveText('sandbox');
  await expect(session.account()).toHaveText('111122223333');
  await expect(session.arn()).toHaveText('user/sandbox-admin');
  await expect(shell.testId('overview-account')).toHaveText('111122223333');
  await expect(shell.testId('overview-region')).toHaveText('us-east-1');

  await session.chooseProfile('ops');
  await expect(shell.testId('current-profile')).toHaveText('ops');
  await expect(session.region()).toHaveText('eu-west-2');
  await expect(session.account()).toHaveText('444455556666');
  await expect(session.arn()).toHaveText(/^assumed-role\/Ops\//);
  await expect(session.arn()).toHaveAttribute('title', /^arn:aws:sts::444455556666:assumed-role\/Ops\//);
  // Role credentials are temporary: the top bar counts down to their expiry.
  await expect(session.expiry()).toHaveText(/^Expires in (\d+h \d+m|\d\d:\d\d)$/);

  // The Overview was open during the switch and shows the new session without a reload.
  await expect(shell.testId('overview-profile')).toContainText('ops');
  await expect(shell.testId('overview-region')).toHaveText('eu-west-2');
  await expect(shell.testId('overview-kind')).toHaveText('Assume role');
  await expect(shell.testId('overview-account')).toHaveText('444455556666');
  await expect(shell.testId('overview-identity')).toHaveText(/^arn:aws:sts::444455556666:assumed-role\/Ops\//);

  // And back: the sandbox's own identity again, not a cached one.
  await session.chooseProfile('sandbox');
  await expect(session.account()).toHaveText('111122223333');
  await expect(shell.testId('overview-account')).toHaveText('111122223333');
  await expect(session.expiry()).toHaveCount(0);
});

test('a role that needs MFA: cancelling leaves the console working, the right code gets in', async ({
  home,
  sandbox,
  shell,
  session,
}) => {
  const keys = sandboxKeysProfile(sandbox);
  home.writeAwsConfig(
    [
      keys.config,
      assumeRoleProfile(sandbox, {
        name: 'ops-mfa',
        region: 'eu-west-1',
        roleArn: 'arn:aws:iam::444455556666:role/Ops',
        mfaSerial: 'arn:aws:iam::111122223333:mfa/alice',
      }),
    ].join('\n'),
  );
  home.writeAwsCredentials(keys.credentials);
  await shell.open();
  await session.chooseProfile('ops-mfa');

  const prompt = shell.testId('mfa-prompt');
  await expect(prompt).toBeVisible();
  await expect(shell.testId('mfa-profile')).toHaveText('ops-mfa');
  // Not six digits: refused in place, nothing sent.
  await shell.testId('mfa-code').fill('12345');
  await shell.testId('mfa-submit').click();
  await expect(prompt).toContainText('Enter the 6-digit code from your MFA device.');
  await shell.testId('mfa-cancel').click();
  await expect(prompt).toBeHidden();
  await expect(shell.testId('overview-identity')).toContainText('Could not read the caller identity');
  await expect(session.account()).toHaveText('Identity unavailable');

  await shell.testId('overview-identity-retry').click();
  await session.answerMfa('123456');
  await expect(session.account()).toHaveText('444455556666');
  await expect(shell.testId('overview-account')).toHaveText('444455556666');
});

/** A profile whose name looks like production, so the menu suggests marking it. */
const PROD_LIKE_CONFIG = [
  '[profile prod-ml]',
  'region = us-west-2',
  'role_arn = arn:aws:iam::444455556666:role/Ops',
  'credential_source = Environment',
  '',
].join('\n');

test('marking a profile as production from the menu shows it unmistakably and survives a reload', async ({
  home,
  shell,
  page,
}) => {
  home.writeAwsConfig(PROD_LIKE_CONFIG);
  await shell.open();
  await shell.testId('profile-switcher').click();
  await expect(shell.testId('profile-production-prod-ml')).toHaveText('Looks like production: mark it');
  await shell.testId('profile-production-prod-ml').click();
  await expect(shell.testId('profile-production-prod-ml')).toHaveText('Unmark production');
  await expect(shell.testId('profile-option-prod-ml')).toContainText('PRODUCTION');
  await shell.testId('profile-option-prod-ml').click();
  await expect(shell.testId('production-badge')).toHaveText('PRODUCTION');

  await page.reload();
  await shell.waitReady();
  await expect(shell.testId('current-profile')).toHaveText('prod-ml');
  await expect(shell.testId('production-badge')).toHaveText('PRODUCTION');
});

test('the profile picker with a production suggestion, and a production session, are accessible in both themes; marking works from the keyboard', async ({
  home,
  shell,
  page,
}) => {
  // Four full-page axe scans: slow on a loaded machine, so three times the usual time.
  test.slow();
  home.writeAwsConfig(PROD_LIKE_CONFIG);
  await shell.open();
  const chip = shell.testId('profile-production-prod-ml');
  for (const theme of THEMES) {
    await switchTheme(page, theme);
    await shell.testId('profile-switcher').click();
    await expect(chip).toHaveText('Looks like production: mark it');
    await expectNoSeriousA11yViolations(page, { theme, screen: 'profile picker suggesting production' });
    await page.keyboard.press('Escape');
    await expect(chip).toBeHidden();
  }

  // Keyboard only: open, filter, mark with Shift+Enter (the hint says so), then choose with Enter.
  await shell.testId('profile-switcher').focus();
  await page.keyboard.press('ArrowDown');
  await expect(shell.testId('profile-switcher-filter')).toBeFocused();
  await page.keyboard.type('prod-ml');
  await expect(shell.testId('profile-switcher-hint')).toHaveText('Shift+Enter: Looks like production: mark it');
  await page.keyboard.press('Shift+Enter');
  await expect(chip).toHaveText('Unmark production');
  await expect(shell.testId('profile-switcher-hint')).toHaveText('Shift+Enter: Unmark production');
  await expect(shell.testId('current-profile')).toHaveText('sandbox');
  await page.keyboard.press('Enter');
  await expect(shell.testId('current-profile')).toHaveText('prod-ml');
  await expect(shell.testId('profile-switcher')).toBeFocused();

  for (const theme of THEMES) {
    await switchTheme(page, theme);
    await expect(shell.testId('production-badge')).toHaveText('PRODUCTION');
    await expectNoSeriousA11yViolations(page, { theme, screen: 'production session' });
  }
});
