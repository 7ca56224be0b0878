import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECK_INTERVAL_MS, openUpdateChecker, type UpdateCheckerOptions } from '../../../electron/core/updates/update-checker';
import { compareVersions } from '../../../electron/core/updates/version-compare';
import { startConnectProxy } from '../network/connect-proxy';

const HOUR = 3_600_000;
const RELEASE_URL = 'https://example.invalid/sagedeck/releases/9.9.9';

/** A release feed on localhost that counts how often it is read. */
async function startFeed(feed: unknown): Promise<{ url: string; hits: number; server: Server }> {
  const state = { url: '', hits: 0, server: createServer() };
  state.server.on('request', (_request, response) => {
    state.hits += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(feed));
  });
  state.server.listen(0, '127.0.0.1');
  await once(state.server, 'listening');
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}/feed.json`;
  return state;
}

let dataDir: string;
let time: number;
let logged: string[];
let feed: Awaited<ReturnType<typeof startFeed>>;
// Each call is one start of the app: a fresh checker over the same data dir.
const start = (options: Partial<UpdateCheckerOptions> = {}) =>
  openUpdateChecker({ dataDir, feedUrl: feed.url, current: '1.2.3', now: () => time, log: (line) => logged.push(line), env: {}, ...options });

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sagedeck-updates-'));
  time = Date.UTC(2026, 11, 6, 9, 0);
  logged = [];
  feed = await startFeed({ version: '9.9.9', url: RELEASE_URL });
});
afterEach(async () => {
  feed.server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the update check', () => {
  it('reads nothing before the user consents, nor after they decline', async () => {
    const status = await (await start()).status();
    expect(status).toEqual({ current: '1.2.3', consent: 'unasked', feedConfigured: true });
    const declined = await (await start()).setConsent(false);
    expect(declined.consent).toBe('declined');
    expect(await (await start()).status()).not.toHaveProperty('available');
    expect(feed.hits).toBe(0);
  });

  it('with consent: one read that reports the newer version, none more that day, one the next day', async () => {
    const granted = await (await start()).setConsent(true);
    expect(feed.hits).toBe(1);
    expect(granted.available).toEqual({ version: '9.9.9', url: RELEASE_URL });
    expect(granted.lastCheck).toBe(new Date(time).toISOString());

    time += 5 * HOUR;
    const sameDay = await (await start()).status();
    expect(feed.hits).toBe(1);
    expect(sameDay.available?.version).toBe('9.9.9');

    time += CHECK_INTERVAL_MS;
    await (await start()).status();
    expect(feed.hits).toBe(2);
    expect(logged).toEqual([]);
  });

  it('says nothing when the feed names this version or an older one', async () => {
    feed.server.close();
    feed = await startFeed({ version: '1.2.3', url: RELEASE_URL });
    const status = await (await start()).setConsent(true);
    expect(feed.hits).toBe(1);
    expect(status).not.toHaveProperty('available');
  });

  it('an unreachable feed is quiet: logged, no error, not tried again the same day', async () => {
    feed.server.close();
    await once(feed.server, 'close');
    const status = await (await start()).setConsent(true);
    expect(status).toEqual({ current: '1.2.3', consent: 'granted', feedConfigured: true, lastCheck: new Date(time).toISOString() });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^SageDeck update check: could not read the release feed/);
    time += HOUR;
    await (await start()).status();
    expect(logged).toHaveLength(1);
  });

  it('reads the feed through the proxy of HTTP_PROXY, as AWS calls go (not directly)', async () => {
    const proxy = await startConnectProxy();
    try {
      // NO_PROXY is empty: curl's rules proxy 127.0.0.1 too unless it is listed.
      const granted = await (await start({ env: { HTTP_PROXY: proxy.url } })).setConsent(true);
      expect(granted.available).toEqual({ version: '9.9.9', url: RELEASE_URL });
      expect(proxy.forwarded).toEqual([feed.url]);
      expect(feed.hits).toBe(1);
    } finally {
      await proxy.stop();
    }
  });

  it('a build without a feed never checks', async () => {
    const status = await (await start({ feedUrl: '' })).setConsent(true);
    expect(status.feedConfigured).toBe(false);
    expect(feed.hits).toBe(0);
  });

  it('orders versions as semver does: numbers, then a release above its pre-releases', () => {
    const newer = (a: string, b: string) => (compareVersions(a, b) ?? 0) > 0;
    expect([newer('1.10.0', '1.9.9'), newer('2.0.0', '2.0.0-rc.2'), newer('2.0.0-rc.10', '2.0.0-rc.2'), newer('1.2.3', '1.2.3')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(compareVersions('latest', '1.0.0')).toBeUndefined();
  });
});
