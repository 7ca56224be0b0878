import { describe, expect, it } from 'vitest';
import type { SessionIdentity } from '../../../shared/domain/session';
import { startCredentialWorld, type CredentialWorld } from '../../support/credentials-harness';
import { startConnectProxy } from './connect-proxy';
import { useTeardown } from './teardown';
import { useTlsSandbox } from './tls-sandbox';

const CREDENTIALS = `
[base]
aws_access_key_id = {key}
aws_secret_access_key = {secret}
`;

/** `base` calls the endpoint given; `{tls}` is the TLS sandbox, `{endpoint}` the plain one. */
function profile(endpoint: string, extra = ''): string {
  return `
[profile base]
region = us-east-1
endpoint_url = ${endpoint}
${extra}
`;
}

describe('corporate networks: proxies and CA bundles for the core AWS calls', () => {
  const tls = useTlsSandbox();
  const started = useTeardown();

  async function start(config: string, env: NodeJS.ProcessEnv): Promise<CredentialWorld> {
    const world = started(await startCredentialWorld({ config: config.replaceAll('{tls}', tls.endpoint), credentials: CREDENTIALS, env }));
    tls.forwardTo(world.sandbox.endpoint);
    await world.ok('session.select', { profile: 'base' });
    return world;
  }

  it('reaches the TLS sandbox through HTTPS_PROXY in a CONNECT tunnel, trusting the private CA from AWS_CA_BUNDLE', async () => {
    const proxy = started(await startConnectProxy());
    const w = await start(profile('{tls}'), { HTTPS_PROXY: proxy.url, AWS_CA_BUNDLE: tls.ca.caFile });
    const identity = await w.ok<SessionIdentity>('session.identity');
    expect(identity.account).toMatch(/^\d{12}$/);
    expect(proxy.tunnels).toContain(tls.host);
  });

  it('assumes a role through the same proxy and CA bundle: STS is never reached directly', async () => {
    const proxy = started(await startConnectProxy());
    const role = '\n[profile deployer]\nrole_arn = arn:aws:iam::444455556666:role/Deployer\nsource_profile = base\nregion = us-east-1\nendpoint_url = {tls}\n';
    const w = await start(profile('{tls}') + role, { HTTPS_PROXY: proxy.url, AWS_CA_BUNDLE: tls.ca.caFile });
    const before = proxy.tunnels.length;
    await w.ok('session.select', { profile: 'deployer' });
    const identity = await w.ok<SessionIdentity>('session.identity');
    expect(identity.arn).toContain(':assumed-role/Deployer/');
    expect(identity.expiresAt).toBeDefined();
    expect(proxy.tunnels.length).toBeGreaterThan(before);
  });

  it('without the CA, the call fails saying which setting makes the certificate trusted', async () => {
    const proxy = started(await startConnectProxy());
    const w = await start(profile('{tls}'), { HTTPS_PROXY: proxy.url });
    const error = await w.fail('session.identity');
    expect(error.code).toBe('CertificateUntrusted');
    expect(error.message).toContain('127.0.0.1');
    expect(error.message).toContain('AWS_CA_BUNDLE');
    expect(error.message).toContain('ca_bundle');
  });

  it("NO_PROXY sends the call directly, and the profile's ca_bundle is trusted", async () => {
    const proxy = started(await startConnectProxy());
    const w = await start(profile('{tls}', `ca_bundle = ${tls.ca.caFile}`), { https_proxy: proxy.url, NO_PROXY: 'example.com,127.0.0.1' });
    const identity = await w.ok<SessionIdentity>('session.identity');
    expect(identity.account).toMatch(/^\d{12}$/);
    expect(proxy.tunnels).toEqual([]);
  });

  it('sends the credentials of the proxy URL as Proxy-Authorization and never shows them in an error', async () => {
    const password = 'pa:ss@word-7f3';
    const proxy = started(await startConnectProxy(`Basic ${Buffer.from(`alice:${password}`).toString('base64')}`));
    const good = await start(profile('{tls}'), { HTTPS_PROXY: `http://alice:${encodeURIComponent(password)}@127.0.0.1:${proxy.port}`, AWS_CA_BUNDLE: tls.ca.caFile });
    await good.ok('session.identity');
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    await good.close();

    const wrong = 'wrong-secret-91c';
    const bad = await start(profile('{tls}'), { HTTPS_PROXY: `http://alice:${wrong}@127.0.0.1:${proxy.port}`, AWS_CA_BUNDLE: tls.ca.caFile });
    const error = await bad.fail('session.identity');
    expect(error.code).toBe('ProxyRefused');
    expect(error.message).toContain(`127.0.0.1:${proxy.port}`);
    expect(error.message).toContain('407');
    const shown = JSON.stringify(bad.traffic);
    expect(shown).not.toContain(wrong);
    expect(shown).not.toContain('alice');
    expect(shown).not.toContain(Buffer.from(`alice:${wrong}`).toString('base64'));
  });

  it('sends plain-HTTP endpoints to HTTP_PROXY in absolute-form', async () => {
    const proxy = started(await startConnectProxy());
    const w = await start(profile('{endpoint}'), { HTTP_PROXY: proxy.url });
    await w.ok('session.identity');
    expect(proxy.forwarded.some((url) => url.startsWith(`${w.sandbox.endpoint}/`))).toBe(true);
  });

  it('names the proxy, without its password, when nobody answers there', async () => {
    const proxy = started(await startConnectProxy());
    const port = proxy.port;
    await proxy.stop();
    const w = await start(profile('{tls}'), { HTTPS_PROXY: `http://bob:hunter2@127.0.0.1:${port}`, AWS_CA_BUNDLE: tls.ca.caFile });
    const error = await w.fail('session.identity');
    expect(error.code).toBe('ProxyUnreachable');
    expect(error.message).toContain(`http://127.0.0.1:${port}`);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).toContain('HTTPS_PROXY');
    expect(JSON.stringify(w.traffic)).not.toContain('hunter2');
  });
});
