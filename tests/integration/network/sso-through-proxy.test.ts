import { describe, expect, it } from 'vitest';
import type { SsoAuthorization } from '../../../shared/domain/credentials';
import type { SessionIdentity } from '../../../shared/domain/session';
import { control } from '../sandbox/support';
import { ssoConfig, startSsoWorld, type SsoWorld } from '../sso/sso-world';
import { startConnectProxy } from './connect-proxy';
import { useTeardown } from './teardown';
import { useTlsSandbox } from './tls-sandbox';

describe('corporate networks: IAM Identity Center sign-in through the proxy and CA bundle', () => {
  const tls = useTlsSandbox();
  const started = useTeardown();

  /** The SSO profiles point at the TLS sandbox; `extra` goes into every profile section. */
  async function start(env: NodeJS.ProcessEnv, extra = ''): Promise<SsoWorld> {
    return started(await startSsoWorld({
      env,
      config: (endpoint) => {
        tls.forwardTo(endpoint);
        return ssoConfig(tls.endpoint).replace(/^(\[profile [^\]]+\])$/gm, `$1\n${extra}`);
      },
    }));
  }

  it("signs in with the device flow and gets role credentials through HTTPS_PROXY, trusting the profile's ca_bundle", async () => {
    const proxy = started(await startConnectProxy());
    const w = await start({ HTTPS_PROXY: proxy.url }, `ca_bundle = ${tls.ca.caFile}`);
    const authorization = await w.ok<SsoAuthorization>('sso.signIn', { profile: 'sso-dev' });
    expect(authorization.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    // RegisterClient and StartDeviceAuthorization went through a tunnel to the TLS sandbox.
    expect(proxy.tunnels).toContain(tls.host);

    await control(w.sandbox.endpoint, 'POST', 'sso/approve', { userCode: authorization.userCode, decision: 'approve' });
    await w.advance(1000);
    // The poll's CreateToken answered over TLS with the private CA: only the proxied, CA-aware route can.
    expect(await w.nextEvent((event) => event.state !== 'pending')).toMatchObject({ profile: 'sso-dev', state: 'signed-in' });
    expect(w.createTokenCalls()).toBe(1);

    const tunnelsBeforeSession = proxy.tunnels.length;
    await w.ok('session.select', { profile: 'sso-dev' });
    const identity = await w.ok<SessionIdentity>('session.identity');
    expect(identity.arn).toBe('arn:aws:sts::444455556666:assumed-role/MLOpsAdmin/sandbox-user');
    // GetRoleCredentials (a client of its own) opened its own tunnel.
    expect(proxy.tunnels.length).toBeGreaterThan(tunnelsBeforeSession);
    expect(w.sandbox.control.counters()['awsssoportal:GetRoleCredentials']).toBe(1);

    await w.ok('sso.signOut', { profile: 'sso-dev' });
    expect(w.sandbox.control.counters()['awsssoportal:Logout']).toBe(1);
  });

  it('without the CA, sign-in stops at once saying which setting makes the certificate trusted', async () => {
    const proxy = started(await startConnectProxy());
    const w = await start({ HTTPS_PROXY: proxy.url });
    const error = await w.fail('sso.signIn', { profile: 'sso-dev' });
    expect(error.code).toBe('CertificateUntrusted');
    expect(error.message).toContain('AWS_CA_BUNDLE');
    expect(proxy.tunnels).toContain(tls.host);
    expect(w.sandbox.control.counters()['sso-oauth:RegisterClient']).toBeUndefined();
  });

  it('names the proxy, without its password, when the sign-in cannot reach it', async () => {
    const proxy = started(await startConnectProxy());
    const port = proxy.port;
    await proxy.stop();
    const w = await start({ HTTPS_PROXY: `http://carol:s3cret-proxy@127.0.0.1:${port}`, AWS_CA_BUNDLE: tls.ca.caFile });
    const error = await w.fail('sso.signIn', { profile: 'sso-dev' });
    expect(error.code).toBe('ProxyUnreachable');
    expect(error.message).toContain(`http://127.0.0.1:${port}`);
    expect(JSON.stringify(w.crossed)).not.toContain('s3cret-proxy');
  });
});
