import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { networkSettings } from '../../../electron/core/aws/network/network-settings';
import { bypassesProxy } from '../../../electron/core/aws/network/no-proxy';
import { proxyAuthorization, proxyEnv, proxyFor } from '../../../electron/core/aws/network/proxy-env';

describe('NO_PROXY (curl semantics)', () => {
  it.each([
    ['*', 'anything.example', '443', true],
    ['example.com', 'example.com', '443', true],
    ['example.com', 'sts.example.com', '443', true],
    ['.example.com', 'sts.example.com', '443', true],
    ['*.example.com', 'sts.example.com', '443', true],
    ['example.com', 'notexample.com', '443', false],
    ['example.com', 'example.com.org', '443', false],
    [' amazonaws.com , corp.local ', 'sts.us-east-1.amazonaws.com', '443', true],
    ['example.com:8443', 'example.com', '8443', true],
    ['example.com:8443', 'example.com', '443', false],
    ['10.0.0.0/8', '10.20.30.40', '443', true],
    ['10.0.0.0/8', '11.0.0.1', '443', false],
    ['192.168.1.7', '192.168.1.7', '80', true],
    ['0.0.1', '192.168.0.1', '80', false],
    ['::1', '[::1]', '80', true],
    ['[::1]:4566', '::1', '4566', true],
    ['', '127.0.0.1', '80', false],
    // Like curl, loopback is proxied unless listed.
    ['example.com', 'localhost', '4566', false],
  ])('%j against %s:%s → bypass %s', (noProxy, host, port, expected) => {
    expect(bypassesProxy(noProxy, host, port)).toBe(expected);
  });
});

describe('proxy variables', () => {
  it('reads lower case first, then upper case, then ALL_PROXY; by scheme of the AWS endpoint', () => {
    const env = { https_proxy: 'http://lower:3128', HTTPS_PROXY: 'http://upper:3128', HTTP_PROXY: 'plain:8080', NO_PROXY: 'internal' };
    const settings = proxyEnv(env);
    expect(proxyFor(settings, 'https:', 'sts.amazonaws.com', '443')?.host).toBe('lower:3128');
    expect(proxyFor(settings, 'http:', 'localhost', '4566')?.href).toBe('http://plain:8080/');
    expect(proxyFor(settings, 'https:', 'api.internal', '443')).toBeUndefined();
    expect(proxyFor(proxyEnv({ ALL_PROXY: 'http://all:1' }), 'https:', 'x', '443')?.host).toBe('all:1');
    expect(proxyFor(proxyEnv({}), 'https:', 'x', '443')).toBeUndefined();
  });

  it('turns URL credentials into Basic Proxy-Authorization, decoded, and a bad URL into a message without them', () => {
    expect(proxyAuthorization(new URL('http://a%40corp:p%3Ass@proxy:3128'))).toBe(`Basic ${Buffer.from('a@corp:p:ss').toString('base64')}`);
    expect(proxyAuthorization(new URL('http://proxy:3128'))).toBeUndefined();
    const broken = proxyEnv({ HTTPS_PROXY: 'socks5://user:secret@proxy:1080' });
    expect(() => proxyFor(broken, 'https:', 'x', '443')).toThrow(/^HTTPS_PROXY is not a valid http:\/\/ or https:\/\/ proxy URL\.$/);
  });
});

describe('CA bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sagedeck-ca-unit-'));
  const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
  writeFileSync(join(dir, 'env.pem'), `# env\n${pem}`);
  writeFileSync(join(dir, 'profile.pem'), `# profile\n${pem}`);
  writeFileSync(join(dir, 'empty.pem'), 'nothing here');

  it("adds AWS_CA_BUNDLE to Node's roots, winning over the profile's ca_bundle", async () => {
    const settings = await networkSettings({ AWS_CA_BUNDLE: join(dir, 'env.pem') }, join(dir, 'profile.pem'));
    expect(settings.ca?.length).toBe(rootCertificates.length + 1);
    expect(settings.ca?.at(-1)).toContain('# env');
    const fromProfile = await networkSettings({}, join(dir, 'profile.pem'));
    expect(fromProfile.ca?.at(-1)).toContain('# profile');
    expect((await networkSettings({}, undefined)).ca).toBeUndefined();
  });

  it('says which setting points at a missing or empty file', async () => {
    await expect(networkSettings({ AWS_CA_BUNDLE: join(dir, 'missing.pem') }, undefined)).rejects.toThrow(/AWS_CA_BUNDLE\) cannot be read \(ENOENT\)/);
    await expect(networkSettings({}, join(dir, 'empty.pem'))).rejects.toThrow(/\(ca_bundle\) holds no PEM certificate/);
    rmSync(dir, { recursive: true, force: true });
  });
});
