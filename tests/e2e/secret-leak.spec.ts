import { randomBytes } from 'node:crypto';
import { keyringAvailable, startWebHostProcess } from '../support/web-host-process';
import { assumeRoleProfile } from './support/aws-files';
import { recordFrames } from './support/frame-recorder';
import { filesAsText, leaks } from './support/leak-search';
import { test as base, expect } from './support/session-fixtures';
import { startStandaloneSandbox } from './support/standalone-sandbox';

const CANARY_KEY_ID = 'SDLEAKCANARYKEY00001';
const CANARY_SECRET = `leak-canary/${randomBytes(12).toString('hex')}/SECRET`;
const EMBEDDED_SANDBOX_SECRET = 'sdsandbox/secret/key/NOT-A-REAL-SECRET/0';

const hasKeyring = keyringAvailable();
if (!hasKeyring)
  console.warn('secret-leak: no dbus-run-session/gnome-keyring here; the keychain part checks the refusal instead.');

const test = base.extend({
  // The sandbox accepts the canary keys, so the app-managed profile made from them really works.
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  sandbox: async ({}, use) => {
    const sandbox = await startStandaloneSandbox({ accessKeyId: CANARY_KEY_ID, secretAccessKey: CANARY_SECRET });
    await use(sandbox);
    await sandbox.stop();
  },
  // The host runs with a real (temporary) keychain when this machine has one.
  host: async ({ home }, use) => {
    const host = await startWebHostProcess(home.env, [], { keyring: hasKeyring });
    await use(host);
    await host.stop();
  },
});

test('no secret key or session token reaches the page, the bridge or any file SageDeck wrote', async ({
  home,
  host,
  sandbox,
  shell,
  session,
  page,
}) => {
  home.writeAwsConfig(
    [
      '[profile sandbox-keys]',
      `endpoint_url = ${sandbox.endpoint}`,
      '',
      assumeRoleProfile(sandbox, {
        name: 'ops-mfa',
        region: 'eu-west-1',
        roleArn: 'arn:aws:iam::444455556666:role/Ops',
        mfaSerial: 'arn:aws:iam::111122223333:mfa/alice',
      }),
    ].join('\n'),
  );
  home.writeAwsCredentials(
    ['[sandbox-keys]', `aws_access_key_id = ${CANARY_KEY_ID}`, `aws_secret_access_key = ${CANARY_SECRET}`, ''].join(
      '\n',
    ),
  );
  const frames = recordFrames(page);
  await shell.open();
  await expect(session.account()).toHaveText('111122223333');

  // 1. An app-managed profile with the canary secret, typed into the Profiles page.
  await session.openProfilesPage();
  // With gnome-keyring running for the host, the keychain must be usable; without it, refused.
  expect(await session.keychainAvailable()).toBe(hasKeyring);
  if (hasKeyring) {
    await expect(session.keychainStatus()).toContainText('Secret Service');
    await session.addManagedProfile({
      name: 'leak-keys',
      region: 'ap-south-1',
      accessKeyId: CANARY_KEY_ID,
      secretAccessKey: CANARY_SECRET,
      endpointUrl: sandbox.endpoint,
    });
    await expect(shell.testId('managed-secretAccessKey')).toHaveValue('');
    await session.chooseProfile('leak-keys');
    await expect(shell.testId('current-profile')).toHaveText('leak-keys');
    await expect(session.account()).toHaveText('111122223333');
    await expect(session.region()).toHaveText('ap-south-1');
  } else {
    // No keychain: a clear refusal, and the form cannot send a secret anywhere.
    await expect(session.keychainStatus()).toContainText('No keychain available');
    await expect(shell.testId('managed-secretAccessKey')).toBeDisabled();
    await expect(shell.testId('managed-profile-submit')).toBeDisabled();
  }

  // 2. A role that needs MFA: a wrong code is refused and shown, the right one gets in.
  await shell.navigate('overview');
  await session.chooseProfile('ops-mfa');
  await expect(shell.testId('mfa-serial')).toHaveText('arn:aws:iam::111122223333:mfa/alice');
  await session.answerMfa('000000');
  await expect(shell.testId('overview-identity')).toContainText('MFA');
  await shell.testId('overview-identity-retry').click();
  await session.answerMfa('123456');
  await expect(session.account()).toHaveText('444455556666');
  await expect(shell.testId('overview-account')).toHaveText('444455556666');
  await expect(session.expiry()).toHaveText(/^Expires in /);

  // 3. Back to the embedded sandbox, then search everything.
  await session.chooseProfile('sandbox');
  await expect(session.account()).toHaveText('111122223333');

  expect(sandbox.issued.length).toBeGreaterThan(0);
  const needles: Record<string, string> = {
    'canary secret access key': CANARY_SECRET,
    'embedded sandbox secret access key': EMBEDDED_SANDBOX_SECRET,
  };
  sandbox.issued.forEach((credentials, index) => {
    needles[`issued secret access key #${index}`] = credentials.secretAccessKey;
    needles[`issued session token #${index}`] = credentials.sessionToken;
  });

  const dom = await page.content();
  const received = frames.received.join('\n');
  expect(frames.received.length).toBeGreaterThan(10);
  await host.stop();
  const written = filesAsText(home.dataDir);
  expect(Object.keys(written).length).toBeGreaterThan(0);
  expect(
    leaks(
      { DOM: dom, 'frames received from the host': received, 'host output': host.output.join('\n'), ...written },
      needles,
    ),
  ).toEqual([]);

  // The renderer sends the canary exactly once, in profiles.addManaged, and no other secret at all.
  const sentWithCanary = frames.sent.filter((frame) => frame.includes(CANARY_SECRET));
  if (hasKeyring) {
    expect(sentWithCanary).toHaveLength(1);
    expect(JSON.parse(sentWithCanary[0]!)).toMatchObject({ t: 'req', channel: 'profiles.addManaged' });
  } else {
    expect(sentWithCanary).toEqual([]);
  }
  const { 'canary secret access key': _sentOnce, ...otherNeedles } = needles;
  expect(leaks({ 'frames sent by the page': frames.sent.join('\n') }, otherNeedles)).toEqual([]);
});
