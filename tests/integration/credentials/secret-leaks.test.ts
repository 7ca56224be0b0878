import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PendingPrompt } from '../../../shared/domain/credentials';
import type { SessionIdentity } from '../../../shared/domain/session';
import { BASE_KEYS, BASE_PROFILE, GUARDED_ROLE_PROFILE, startCredentialWorld } from '../../support/credentials-harness';
import { filesUnder } from '../../support/files';

const CONFIG = BASE_PROFILE + GUARDED_ROLE_PROFILE;
const CREDENTIALS = BASE_KEYS;

describe('a full session leaves no secret behind', () => {
  it('no secret key or session token in the data dir or in anything that crossed the dispatcher', async () => {
    // The sandbox keeps what it issued in its own data dir, outside SageDeck's: the test reads the
    // issued secrets and session tokens from there afterwards.
    const issuedDir = mkdtempSync(join(tmpdir(), 'sagedeck-issued-'));
    const world = await startCredentialWorld({ config: CONFIG, credentials: CREDENTIALS, sandboxDataDir: issuedDir });
    try {
      const sharedFiles = [join(world.home, 'config'), join(world.home, 'credentials')];
      const before = sharedFiles.map((file) => ({ text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs }));
      const prompts = world.watchPrompts();
      // An app-managed profile typed into the app, used, then removed.
      await world.ok('profiles.addManaged', {
        name: 'typed-in',
        accessKeyId: world.keys.accessKeyId,
        secretAccessKey: world.keys.secretAccessKey,
        endpointUrl: world.sandbox.endpoint,
      });
      await world.ok('session.select', { profile: 'typed-in' });
      await world.ok<SessionIdentity>('session.identity');
      // A role behind MFA, answered.
      await world.ok('session.select', { profile: 'guarded' });
      const identity = world.ok<SessionIdentity>('session.identity');
      const prompt = (await prompts.next()) as PendingPrompt;
      await world.ok('prompts.answer', { id: prompt.id, code: '123456' });
      await identity;
      await world.ok('settings.update', { theme: 'dark' });
      await world.ok('journal.list', { limit: 100 });
      await world.ok('profiles.list');
      await world.ok('profiles.removeManaged', { name: 'typed-in' });
      prompts.stop();

      await world.stop();
      const issued = JSON.parse(readFileSync(join(issuedDir, 'sandbox-credentials.json'), 'utf8')) as {
        secretAccessKey: string;
        sessionToken: string;
      }[];
      expect(issued.length).toBeGreaterThanOrEqual(1);
      const secrets = [
        world.keys.secretAccessKey,
        ...issued.flatMap((item) => [item.secretAccessKey, item.sessionToken]),
      ];

      const files = filesUnder(world.dataDir);
      expect(files.map((file) => file.slice(world.dataDir.length))).toEqual(
        expect.arrayContaining(['/journal.jsonl', '/settings.json']),
      );
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        for (const secret of secrets) expect(text.includes(secret), `${file} holds a secret`).toBe(false);
      }
      // SageDeck never writes the user's shared AWS files.
      expect(sharedFiles.map((file) => ({ text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs }))).toEqual(
        before,
      );
      const traffic = world.traffic.join('\n');
      expect(traffic).toContain('assumed-role/Admin');
      for (const secret of secrets) expect(traffic.includes(secret)).toBe(false);
    } finally {
      await world.close();
      rmSync(issuedDir, { recursive: true, force: true });
    }
  });
});
