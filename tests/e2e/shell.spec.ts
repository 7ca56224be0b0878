import { expect, test } from './support/fixtures';
import { expectNoSeriousA11yViolations, switchTheme, THEMES } from './support/axe';

const AREAS: Record<string, string> = {
  overview: 'Overview',
  data: 'Data',
  processing: 'Processing',
  training: 'Training',
  experiments: 'Experiments',
  registry: 'Model registry',
  endpoints: 'Endpoints',
  logs: 'Logs',
  alarms: 'Alarms & metrics',
  api: 'API & load balancing',
  security: 'Security & cost',
  activity: 'Activity',
};

test('the shell renders every area in the side navigation', async ({ shell }) => {
  await shell.open();
  for (const [id, label] of Object.entries(AREAS)) {
    // The Alarms link also shows the count in ALARM when the seed has any: the label comes first.
    await expect(shell.testId(`nav-${id}`)).toHaveText(id === 'alarms' ? new RegExp(`^${label}(\\d+)?$`) : label);
  }
  await shell.navigate('security');
  await expect(shell.areaTitle()).toHaveText('Security & cost');
  await expect(shell.testId('security-home')).toBeVisible();
});

test('the command palette navigates with the keyboard', async ({ shell, page }) => {
  await shell.open();
  await shell.paletteGo('endpoints');
  await expect(shell.areaTitle()).toHaveText('Endpoints');
  expect(new URL(page.url()).hash).toBe('#/endpoints');
  await page.keyboard.press('Control+k');
  await expect(shell.testId('command-palette')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shell.testId('command-palette')).toBeHidden();
});

test('profiles from ~/.aws appear, and a switch survives a restart', async ({ home, shell, restartHost }) => {
  home.writeAwsConfig(
    [
      '[profile ml-dev]',
      'region = eu-west-1',
      'role_arn = arn:aws:iam::123456789012:role/MlEngineer',
      'credential_source = Environment',
      '',
      '[profile prod-ml]',
      'region = us-west-2',
      'sso_session = corp',
      'sso_account_id = 210987654321',
      'sso_role_name = Operator',
      '',
      '[sso-session corp]',
      'sso_start_url = https://corp.awsapps.com/start',
      'sso_region = us-east-1',
      '',
    ].join('\n'),
  );
  await shell.open();
  await expect(shell.testId('current-profile')).toHaveText('sandbox');
  await shell.testId('profile-switcher').click();
  await expect(shell.testId('profile-option-ml-dev')).toBeVisible();
  await expect(shell.testId('profile-option-prod-ml')).toBeVisible();
  await shell.testId('profile-option-ml-dev').click();
  await expect(shell.testId('current-profile')).toHaveText('ml-dev');
  await expect(shell.testId('current-region')).toHaveText('eu-west-1');

  await restartHost();
  await shell.open();
  await expect(shell.testId('current-profile')).toHaveText('ml-dev');
  await expect(shell.testId('current-region')).toHaveText('eu-west-1');
});

test('switching the session is recorded on the Activity screen', async ({ shell }) => {
  await shell.open();
  await shell.testId('region-switcher').click();
  await shell.testId('region-option-eu-central-1').click();
  await expect(shell.testId('current-region')).toHaveText('eu-central-1');
  await shell.navigate('activity');
  await expect(shell.testId('activity-table')).toContainText('sandbox@eu-central-1');
});

for (const theme of THEMES) {
  test(`the shell has no serious accessibility violations in the ${theme} theme`, async ({ shell, page }) => {
    // Six full-page axe scans: slow on a loaded machine, so three times the usual time.
    test.slow();
    await shell.open();
    await switchTheme(page, theme);
    // Something in the journal, so the Activity table shows a row rather than its empty state.
    await shell.testId('region-switcher').click();
    await shell.testId('region-option-eu-central-1').click();
    await expect(shell.testId('current-region')).toHaveText('eu-central-1');

    await expect(shell.testId('overview-region')).toHaveText('eu-central-1');
    await expect(shell.testId('overview-identity')).not.toHaveText('Asking AWS…');
    await expectNoSeriousA11yViolations(page, { theme, screen: 'overview' });

    await shell.navigate('activity');
    await expect(shell.testId('activity-table')).toContainText('sandbox@eu-central-1');
    await expectNoSeriousA11yViolations(page, { theme, screen: 'activity' });

    await shell.navigate('profiles');
    await expect(shell.testId('managed-profile-form')).toBeVisible();
    await expect(shell.testId('keychain-status')).not.toHaveText(/Checking the OS keychain/);
    await expectNoSeriousA11yViolations(page, { theme, screen: 'profiles' });

    await page.keyboard.press('Control+k');
    await expect(shell.testId('palette-input')).toBeFocused();
    await expectNoSeriousA11yViolations(page, { theme, screen: 'command palette open' });
    await page.keyboard.press('Escape');
    await expect(shell.testId('command-palette')).toBeHidden();

    await shell.testId('profile-switcher').click();
    await expect(shell.testId('profile-option-sandbox')).toBeVisible();
    await expectNoSeriousA11yViolations(page, { theme, screen: 'profile picker open' });
    await page.keyboard.press('Escape');
    await expect(shell.testId('profile-option-sandbox')).toBeHidden();

    await shell.testId('region-switcher').click();
    await expect(shell.testId('region-option-eu-central-1')).toBeVisible();
    await expectNoSeriousA11yViolations(page, { theme, screen: 'region picker open' });
    await page.keyboard.press('Escape');
    await expect(shell.testId('region-option-eu-central-1')).toBeHidden();
  });
}
