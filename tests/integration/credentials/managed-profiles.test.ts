import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import type { KeychainStatus } from '../../../shared/domain/credentials';
import type { ProfileSummary } from '../../../shared/domain/profiles';
import type { SessionInfo } from '../../../shared/domain/session';
import { memorySecretStore } from '../../support/memory-secret-store';
import { startCredentialWorld, type CredentialWorld } from '../../support/credentials-harness';

describe('app-managed profiles', () => {
  let world: CredentialWorld;
  beforeEach(async () => {
    world = await startCredentialWorld({ config: '[profile from-file]\nregion = eu-west-1\n' });
  });
  afterEach(async () => world.close());

  const input = (name: string) => ({ name, accessKeyId: 'SDMANAGEDKEY00000001', secretAccessKey: 'managed-secret-value-0001' });

  it('refuses names of file profiles and of the built-in sandbox, field by field', async () => {
    expect(await world.fail('profiles.addManaged', input('from-file'))).toMatchObject({ code: 'InvalidInput', fields: { name: expect.stringContaining('already exists') } });
    expect(await world.fail('profiles.addManaged', input('sandbox'))).toMatchObject({ code: 'InvalidInput', fields: { name: expect.stringContaining('built-in') } });
    expect(world.secrets.items.size).toBe(0);
  });

  it('survives a restart: metadata from the data dir, keys read once per session switch', async () => {
    await world.ok('profiles.addManaged', { ...input('lab'), endpointUrl: world.sandbox.endpoint });
    await world.ok('profiles.addManaged', { ...input('lab2'), endpointUrl: world.sandbox.endpoint });
    const restarted = await createCore({ dataDir: world.dataDir, host: 'cli', env: world.env, secretStore: world.secrets });
    try {
      const listed = await restarted.dispatcher.request('profiles.list', {});
      expect(listed.ok && (listed.result as ProfileSummary[]).filter((p) => p.source === 'app').map((p) => p.name)).toEqual(['lab', 'lab2']);
      world.secrets.calls.length = 0;
      await restarted.dispatcher.request('session.select', { profile: 'lab' });
      // The sandbox was started with other keys: the call fails, but the keychain was read once.
      await Promise.all([1, 2, 3].map(() => restarted.dispatcher.request('session.identity', {})));
      expect(world.secrets.calls).toEqual(['get:lab']);
    } finally {
      await restarted.close();
    }
  });

  it('removal is destructive: it needs confirmation, deletes the keychain item and leaves the session', async () => {
    await world.ok('profiles.addManaged', { ...input('lab'), region: 'eu-north-1' });
    expect(await world.ok<SessionInfo>('session.select', { profile: 'lab' })).toMatchObject({ profile: 'lab', region: 'eu-north-1' });
    expect(await world.request('profiles.removeManaged', { name: 'lab' })).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired' } });
    expect(world.secrets.items.has('lab')).toBe(true);
    expect(await world.ok('profiles.removeManaged', { name: 'lab' })).toEqual({ removed: true });
    expect(world.secrets.items.has('lab')).toBe(false);
    expect(existsSync(join(world.dataDir, 'managed-profiles.json'))).toBe(false);
    expect(await world.ok<SessionInfo>('session.current')).toMatchObject({ profile: 'sandbox' });
    expect(await world.fail('profiles.removeManaged', { name: 'lab' })).toMatchObject({ code: 'ProfileNotFound' });
    const journal = readFileSync(join(world.dataDir, 'journal.jsonl'), 'utf8');
    expect(journal).toContain('profiles.removeManaged');
    expect(journal).not.toContain('managed-secret-value-0001');
  });

  it('with no keychain: status says so and nothing is stored anywhere', async () => {
    const dataDir = join(world.home, 'no-keychain');
    const secrets = memorySecretStore({ available: false });
    const core = await createCore({ dataDir, host: 'cli', env: world.env, secretStore: secrets });
    try {
      const status = await core.dispatcher.request('keychain.status', {});
      expect(status.ok && (status.result as KeychainStatus).available).toBe(false);
      expect(await core.dispatcher.request('profiles.addManaged', input('lab'))).toMatchObject({ ok: false, error: { code: 'KeychainUnavailable' } });
      expect(existsSync(join(dataDir, 'managed-profiles.json'))).toBe(false);
    } finally {
      await core.close();
    }
  });

  it('a keychain item that went missing says how to recover', async () => {
    await world.ok('profiles.addManaged', { ...input('lab'), endpointUrl: world.sandbox.endpoint });
    world.secrets.items.delete('lab');
    await world.ok('session.select', { profile: 'lab' });
    expect(await world.fail('session.identity')).toMatchObject({ code: 'CredentialsUnavailable', message: expect.stringContaining('add it again') });
  });
});
