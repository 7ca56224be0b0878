import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDiagnostics } from '../../../electron/core/diagnostics/build-diagnostics';
import { scrubText, withoutCredentials } from '../../../electron/core/diagnostics/scrub';
import { openJournal } from '../../../electron/core/journal/journal';
import { serializeToken, tokenPath } from '../../../electron/core/sso/token-cache';
import type { DiagnosticsFile } from '../../../shared/domain/app';
import { leaks } from '../../e2e/support/leak-search';
import { BASE_KEYS, BASE_PROFILE, startCredentialWorld } from '../../support/credentials-harness';

const START_URL = 'https://sandbox-corp.awsapps.com/start';
// Shaped like the real thing (mixed case, digits, 40+ characters) and unique per run.
const canary = (label: string) => `${label}Canary${randomBytes(24).toString('base64').replace(/[^A-Za-z0-9]/g, 'x')}9Z`;

const CONFIG = `${BASE_PROFILE}
[profile role-admin]
role_arn = arn:aws:iam::444455556666:role/Admin
source_profile = base
endpoint_url = {endpoint}

[profile sso-dev]
sso_session = corp
sso_account_id = 444455556666
sso_role_name = MLOpsAdmin
region = eu-west-1
endpoint_url = {endpoint}

[sso-session corp]
sso_start_url = ${START_URL}
sso_region = us-east-1
`;

describe('Export diagnostics', () => {
  it('holds versions, profiles, journal, counters and errors, and not one secret or token', async () => {
    const issuedDir = mkdtempSync(join(tmpdir(), 'sagedeck-issued-'));
    const proxyPassword = canary('proxyPw');
    const ssoAccessToken = canary('ssoToken');
    const ssoRefreshToken = canary('ssoRefresh');
    const unusedManagedSecret = canary('managedSecret');
    const world = await startCredentialWorld({
      config: CONFIG,
      credentials: BASE_KEYS,
      sandboxDataDir: issuedDir,
      env: { HTTPS_PROXY: `http://alice:${proxyPassword}@127.0.0.1:9`, NO_PROXY: '127.0.0.1,localhost' },
    });
    try {
      // An SSO token in the shared cache, as `aws sso login` leaves it.
      const token = tokenPath(world.env, { sessionName: 'corp', startUrl: START_URL });
      mkdirSync(dirname(token), { recursive: true });
      writeFileSync(
        token,
        serializeToken({
          startUrl: START_URL,
          region: 'us-east-1',
          accessToken: ssoAccessToken,
          refreshToken: ssoRefreshToken,
          expiresAt: world.clock.now() + 3_600_000,
        }),
      );
      // Static keys, an assumed role (issued session tokens), two app-managed profiles, the SSO profile.
      await world.ok('session.select', { profile: 'base' });
      await world.ok('session.identity');
      await world.ok('session.select', { profile: 'role-admin' });
      await world.ok('session.identity');
      await world.ok('profiles.addManaged', {
        name: 'typed-in',
        region: 'ap-south-1',
        accessKeyId: world.keys.accessKeyId,
        secretAccessKey: world.keys.secretAccessKey,
        endpointUrl: world.sandbox.endpoint,
      });
      await world.ok('profiles.addManaged', { name: 'spare-keys', accessKeyId: 'AKIASPAREKEY0000001', secretAccessKey: unusedManagedSecret });
      await world.ok('session.select', { profile: 'typed-in' });
      await world.ok('session.identity');
      await world.request('session.select', { profile: 'sso-dev' });
      await world.request('session.identity');
      // Errors a user would run into.
      await world.fail('session.select', { profile: 'no-such-profile' });
      await world.fail('settings.update', { theme: 'neon' });

      const file = await world.ok<DiagnosticsFile>('app.exportDiagnostics');
      await world.stop();

      expect(file.fileName).toMatch(/^sagedeck-diagnostics_.*\.json$/);
      const body = JSON.parse(file.content) as Record<string, unknown> & {
        app: { version: string };
        runtime: { node: string; platform: string; arch: string };
        profiles: { name: string; kind: string; region: string | null }[];
        network: { httpsProxy: string | null };
        counters: { requests: Record<string, number> };
        recentErrors: { channel: string; code: string }[];
        journal: { channel: string; target: string }[];
      };
      expect(body.app.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(body.runtime).toMatchObject({ node: process.versions.node, platform: process.platform, arch: process.arch });
      expect(body.profiles).toEqual(
        expect.arrayContaining([
          { name: 'base', kind: 'static', region: null, production: false },
          { name: 'sso-dev', kind: 'sso', region: 'eu-west-1', production: false },
          { name: 'typed-in', kind: 'app-managed', region: 'ap-south-1', production: false },
        ]),
      );
      expect(body.network.httpsProxy).toBe('http://127.0.0.1:9/');
      expect(Object.values(body.counters.requests).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      expect(body.recentErrors.map((error) => error.channel)).toEqual(expect.arrayContaining(['session.select', 'settings.update']));
      expect(body.journal.map((entry) => `${entry.channel} ${entry.target}`)).toEqual(
        expect.arrayContaining(['profiles.addManaged typed-in', 'profiles.addManaged spare-keys']),
      );

      const issued = JSON.parse(readFileSync(join(issuedDir, 'sandbox-credentials.json'), 'utf8')) as {
        secretAccessKey: string;
        sessionToken: string;
      }[];
      expect(issued.length).toBeGreaterThan(0);
      const needles: Record<string, string> = {
        'static secret access key': world.keys.secretAccessKey,
        'unused app-managed secret access key': unusedManagedSecret,
        'SSO access token': ssoAccessToken,
        'SSO refresh token': ssoRefreshToken,
        'proxy password': proxyPassword,
      };
      issued.forEach((credentials, index) => {
        needles[`issued secret access key #${index}`] = credentials.secretAccessKey;
        needles[`issued session token #${index}`] = credentials.sessionToken;
      });
      expect(leaks({ 'diagnostics file': file.content }, needles)).toEqual([]);
    } finally {
      await world.close();
      rmSync(issuedDir, { recursive: true, force: true });
    }
  });

  it('carries the last 500 journal lines, oldest first', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sagedeck-journal-'));
    try {
      const journal = openJournal(dataDir);
      for (let i = 0; i < 505; i++) {
        await journal.record({
          time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
          profile: 'sandbox',
          region: 'us-east-1',
          channel: 'settings.update',
          target: `entry-${i}`,
          input: {},
          outcome: 'success',
          durationMs: 1,
        });
      }
      const file = await buildDiagnostics({
        host: 'cli',
        env: {},
        settings: () => ({ theme: 'dark', recentProfiles: [], recentRegions: [], productionProfiles: [] }),
        profiles: async () => [],
        journal,
        counters: () => ({ requests: {}, watchers: [] }),
        errors: () => [],
      });
      const targets = (JSON.parse(file.content) as { journal: { target: string }[] }).journal.map((entry) => entry.target);
      expect(targets).toHaveLength(500);
      expect([targets[0], targets.at(-1)]).toEqual(['entry-5', 'entry-504']);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('drops proxy credentials and token-shaped strings, and keeps paths and names readable', () => {
    expect(withoutCredentials('http://alice:s3cr%40t@proxy.corp:3128')).toBe('http://proxy.corp:3128/');
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(scrubText(`key ${secret} at s3://churn-data/models/xgboost/training/output/model.tar.gz`)).toBe(
      'key [redacted] at s3://churn-data/models/xgboost/training/output/model.tar.gz',
    );
  });
});
