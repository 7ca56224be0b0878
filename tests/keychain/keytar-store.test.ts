import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core';
import { keytarSecretStore, type KeytarModule } from '../../electron/core/keychain/keytar-secret-store';
import { KEYCHAIN_SERVICE } from '../../electron/core/keychain/secret-store';
import { filesUnder } from '../support/files';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const hasSession = Boolean(process.env.DBUS_SESSION_BUS_ADDRESS);
if (!hasSession) console.warn('keychain tests skipped: no D-Bus session. Run them with scripts/test-keychain.sh.');

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the real native module, as the app loads it
const keytar = (): KeytarModule => require('keytar') as KeytarModule;


function dirContains(dir: string, needle: string): string[] {
  return filesUnder(dir).filter((file) => readFileSync(file).includes(needle));
}

describe.skipIf(!hasSession)('keytar SecretStore against gnome-keyring', () => {
  const store = keytarSecretStore();

  it('reports the Secret Service as available', async () => {
    expect(await store.status()).toEqual({ available: true, backend: 'Secret Service (libsecret)' });
  });

  it('stores, reads, updates and deletes one item per account', async () => {
    const account = `store-test-${randomBytes(4).toString('hex')}`;
    expect(await store.get(account)).toBeUndefined();
    await store.set(account, 'first');
    expect(await keytar().getPassword(KEYCHAIN_SERVICE, account)).toBe('first');
    expect(await store.get(account)).toBe('first');
    await store.set(account, 'second');
    expect(await store.get(account)).toBe('second');
    expect(await store.delete(account)).toBe(true);
    expect(await store.get(account)).toBeUndefined();
    expect(await store.delete(account)).toBe(false);
  });
});

describe.skipIf(!hasSession)('app-managed profiles in the real keychain', () => {
  let dataDir: string;
  let core: Core;
  const secret = `keychain-secret-${randomBytes(12).toString('hex')}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sagedeck-keychain-data-'));
    core = await createCore({ dataDir, host: 'cli', env: { HOME: dataDir, AWS_CONFIG_FILE: join(dataDir, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(dataDir, 'none') } });
  });
  afterAll(async () => {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the keys in one keychain item, only metadata on disk, and removal deletes both', async () => {
    const added = await core.dispatcher.request('profiles.addManaged', { name: 'lab', region: 'eu-west-1', accessKeyId: 'SDLABACCESSKEY000001', secretAccessKey: secret });
    expect(added).toMatchObject({ ok: true, result: { name: 'lab', kind: 'app-managed', source: 'app' } });
    expect(JSON.parse((await keytar().getPassword(KEYCHAIN_SERVICE, 'lab'))!)).toEqual({ accessKeyId: 'SDLABACCESSKEY000001', secretAccessKey: secret });
    expect(dirContains(dataDir, secret)).toEqual([]);
    expect(JSON.parse(readFileSync(join(dataDir, 'managed-profiles.json'), 'utf8'))).toEqual({ version: 1, profiles: [{ name: 'lab', region: 'eu-west-1' }] });

    // Key rotation: adding the same name again replaces the item.
    const rotated = `${secret}-rotated`;
    await core.dispatcher.request('profiles.addManaged', { name: 'lab', accessKeyId: 'SDLABACCESSKEY000002', secretAccessKey: rotated });
    expect(JSON.parse((await keytar().getPassword(KEYCHAIN_SERVICE, 'lab'))!)).toMatchObject({ accessKeyId: 'SDLABACCESSKEY000002' });

    const unconfirmed = await core.dispatcher.request('profiles.removeManaged', { name: 'lab' });
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired' } });
    expect(await keytar().getPassword(KEYCHAIN_SERVICE, 'lab')).not.toBeNull();
    expect(await core.dispatcher.request('profiles.removeManaged', { name: 'lab' }, { confirmed: true })).toEqual({ ok: true, result: { removed: true } });
    expect(await keytar().getPassword(KEYCHAIN_SERVICE, 'lab')).toBeNull();
    const listed = await core.dispatcher.request('profiles.list', {});
    expect(JSON.stringify(listed)).not.toContain('"lab"');
    expect(dirContains(dataDir, secret)).toEqual([]);
    expect(dirContains(dataDir, rotated)).toEqual([]);
  });
});

describe.skipIf(!hasSession)('no keychain (no D-Bus session)', () => {
  it('says what is missing, refuses to store, and writes no secret to disk', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sagedeck-nokeychain-'));
    const secret = `never-on-disk-${randomBytes(12).toString('hex')}`;
    try {
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: dataDir,
        AWS_CONFIG_FILE: join(dataDir, 'none'),
        AWS_SHARED_CREDENTIALS_FILE: join(dataDir, 'none'),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      };
      const { stdout } = await run(process.execPath, ['--import', 'tsx', join(__dirname, 'unavailable-child.ts'), join(dataDir, 'data'), secret], { cwd: ROOT, env, timeout: 60_000 });
      const answer = JSON.parse(stdout) as Record<string, { ok: boolean; result?: unknown; error?: { code: string; message: string } }>;
      expect(answer.status).toMatchObject({ ok: true, result: { available: false, message: expect.stringContaining('D-Bus') } });
      expect(answer.added).toMatchObject({ ok: false, error: { code: 'KeychainUnavailable', message: expect.stringContaining('never in a file') } });
      expect(JSON.stringify(answer.listed)).not.toContain('typed-in');
      expect(dirContains(dataDir, secret)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
