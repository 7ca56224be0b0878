// Run by keytar-store.test.ts in a child process with no D-Bus session: what does the core say?
import { createCore } from '../../electron/core';

async function main(): Promise<void> {
  const [dataDir, secret] = process.argv.slice(2) as [string, string];
  const core = await createCore({ dataDir, host: 'cli', env: process.env });
  try {
    const status = await core.dispatcher.request('keychain.status', {});
    const added = await core.dispatcher.request('profiles.addManaged', {
      name: 'typed-in',
      accessKeyId: 'SDCHILDACCESSKEY0001',
      secretAccessKey: secret,
    });
    const listed = await core.dispatcher.request('profiles.list', {});
    process.stdout.write(JSON.stringify({ status, added, listed }));
  } finally {
    await core.close();
  }
}

void main();
