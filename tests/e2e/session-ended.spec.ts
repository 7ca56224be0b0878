import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';
import { expect, test } from './support/fixtures';
import { ShellPage } from './support/shell-page';

test('a page whose web host restarted says its session ended instead of reconnecting forever', async ({
  home,
  page,
}) => {
  // The hosts are started here rather than by the fixture: the second must take the first one's port,
  // as a user restarting `npm run web -- --port N` would. A prebuilt renderer elsewhere may be passed on.
  const env = {
    ...home.env,
    ...(process.env.SAGEDECK_RENDERER_DIR ? { SAGEDECK_RENDERER_DIR: process.env.SAGEDECK_RENDERER_DIR } : {}),
  };
  const hosts: RunningWebHost[] = [];
  try {
    const first = await startWebHostProcess(env);
    hosts.push(first);
    const shell = new ShellPage(page, first);
    await shell.open();

    // Host down: the page keeps trying.
    await first.stop();
    await expect(page.getByText('Connection to SageDeck lost. Reconnecting…')).toBeVisible();
    await expect(shell.testId('connection-ended')).toHaveCount(0);

    // Back on the same port with a new cookie secret: this page's cookie is no longer valid.
    hosts.push(await startWebHostProcess(env, ['--port', String(first.port)]));
    await expect(shell.testId('connection-ended')).toHaveText(
      'This SageDeck session has ended (the web host restarted). Open the new address printed on its SAGEDECK READY line.',
    );
    await expect(page.getByText(/Reconnecting/)).toHaveCount(0);
  } finally {
    for (const host of hosts) await host.stop();
  }
});
