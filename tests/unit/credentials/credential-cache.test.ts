import type { AwsCredentialIdentity } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import { CredentialCache, type CachedSource } from '../../../electron/core/credentials/credential-cache';

const MINUTE = 60_000;

function source(key: string, expiresIn: number | undefined, options: { interactive?: boolean; now: () => number }) {
  let fetches = 0;
  let fail = false;
  const spec: CachedSource = {
    key,
    interactive: options.interactive ?? false,
    fetch: async () => {
      fetches += 1;
      if (fail) throw new Error('source down');
      const identity: AwsCredentialIdentity = { accessKeyId: `ASIA${fetches}`, secretAccessKey: 's' };
      return expiresIn === undefined ? identity : { ...identity, expiration: new Date(options.now() + expiresIn) };
    },
  };
  return { spec, fetches: () => fetches, failNext: (value: boolean) => (fail = value) };
}

describe('CredentialCache', () => {
  const signal = new AbortController().signal;

  it('shares one fetch between concurrent callers and reuses the result while it is fresh', async () => {
    let now = 0;
    const cache = new CredentialCache(() => now);
    const s = source('role', 60 * MINUTE, { now: () => now });
    const results = await Promise.all([1, 2, 3, 4].map(() => cache.get(s.spec, signal)));
    expect(new Set(results.map((r) => r.accessKeyId))).toEqual(new Set(['ASIA1']));
    now += 50 * MINUTE;
    expect((await cache.get(s.spec, signal)).accessKeyId).toBe('ASIA1');
    expect(s.fetches()).toBe(1);
  });

  it('refreshes inside the five-minute margin, before the credentials expire', async () => {
    let now = 0;
    const cache = new CredentialCache(() => now);
    const s = source('role', 60 * MINUTE, { now: () => now });
    await cache.get(s.spec, signal);
    now += 56 * MINUTE;
    const renewed = await cache.get(s.spec, signal);
    expect(renewed.accessKeyId).toBe('ASIA2');
    expect(renewed.expiration?.getTime()).toBe(now + 60 * MINUTE);
  });

  it('uses credentials that needed an MFA code until just before they expire', async () => {
    let now = 0;
    const cache = new CredentialCache(() => now);
    const s = source('mfa', 60 * MINUTE, { now: () => now, interactive: true });
    await cache.get(s.spec, signal);
    now += 58 * MINUTE;
    expect((await cache.get(s.spec, signal)).accessKeyId).toBe('ASIA1');
    now += 1.6 * MINUTE;
    expect((await cache.get(s.spec, signal)).accessKeyId).toBe('ASIA2');
  });

  it('keeps still-valid credentials when an early refresh fails, and never caches a failure', async () => {
    let now = 0;
    const cache = new CredentialCache(() => now);
    const s = source('proc', 60 * MINUTE, { now: () => now });
    await cache.get(s.spec, signal);
    now += 57 * MINUTE;
    s.failNext(true);
    expect((await cache.get(s.spec, signal)).accessKeyId).toBe('ASIA1');
    now += 4 * MINUTE;
    await expect(cache.get(s.spec, signal)).rejects.toThrow('source down');
    s.failNext(false);
    expect((await cache.get(s.spec, signal)).accessKeyId).toBe('ASIA4');
  });

  it('long-term keys never expire; invalidate forces a new fetch', async () => {
    const cache = new CredentialCache(() => 0);
    const s = source('static', undefined, { now: () => 0 });
    await cache.get(s.spec, signal);
    await cache.get(s.spec, signal);
    expect(s.fetches()).toBe(1);
    cache.invalidate(['static']);
    await cache.get(s.spec, signal);
    expect(s.fetches()).toBe(2);
  });
});
