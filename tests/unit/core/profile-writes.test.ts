import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { memorySecretStore } from '../../support/memory-secret-store';

/*
 * Issue 8, Part C.2 and C.3: a profile request that is refused (unknown profile, name that is a
 * path) writes nothing at all: not settings.json, not the journal, not a directory.
 */
let home: string;
let core: Core;
let secrets: ReturnType<typeof memorySecretStore>;

function everyPath(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => relative(dir, join(dir, entry)))
    .sort();
}

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'sagedeck-profile-writes-'));
  secrets = memorySecretStore();
  core = await createCore({ dataDir: join(home, 'data'), host: 'cli', env: { HOME: home }, secretStore: secrets });
  // A settings.json with content of its own, so "unchanged" is checked byte for byte.
  expect(await core.dispatcher.request('settings.update', { theme: 'dark', productionProfiles: ['sandbox'] })).toMatchObject({ ok: true });
});

afterEach(async () => {
  await core.close();
  rmSync(home, { recursive: true, force: true });
});

describe('refused profile requests write nothing', () => {
  it('profiles.setProduction with an unknown name answers ProfileNotFound and leaves settings.json byte-identical', async () => {
    const settings = join(home, 'data', 'settings.json');
    const before = readFileSync(settings);
    const modified = statSync(settings).mtimeMs;
    const envelope = await core.dispatcher.request('profiles.setProduction', { name: 'ghost', production: true });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'ProfileNotFound' } });
    expect(readFileSync(settings).equals(before)).toBe(true);
    expect(statSync(settings).mtimeMs).toBe(modified);
    expect(await core.dispatcher.request('settings.get', {})).toMatchObject({ ok: true, result: { productionProfiles: ['sandbox'] } });
  });

  it.each(['../../etc', '../.cache', 'a/b', '.hidden', 'has space'])('profiles.addManaged named %j is refused on the name field; nothing journalled, stored or created', async (name) => {
    const journal = await core.dispatcher.request('journal.list', {});
    const files = everyPath(home);
    const envelope = await core.dispatcher.request(
      'profiles.addManaged',
      { name, region: 'us-east-1', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
      { confirmed: true },
    );
    expect(envelope).toMatchObject({ ok: false, error: { code: 'InvalidInput', fields: { name: expect.stringMatching(/letters, digits/) } } });
    expect(await core.dispatcher.request('journal.list', {})).toEqual(journal);
    expect(everyPath(home)).toEqual(files);
    expect(existsSync(join(home, '.cache'))).toBe(false);
    expect(existsSync(join(home, 'etc'))).toBe(false);
    expect(secrets.items.size).toBe(0);
    expect(secrets.calls.filter((call) => call.startsWith('set:'))).toEqual([]);
  });
});
