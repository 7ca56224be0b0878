import { describe, expect, it } from 'vitest';
import type { ApiPage, InvokeUrlResult } from '../../../shared/domain/apis';
import { BASE_KEYS, startCredentialWorld, type CredentialWorld } from '../../support/credentials-harness';
import { startConnectProxy } from './connect-proxy';
import { useTeardown } from './teardown';
import { useTlsSandbox } from './tls-sandbox';

const PAYLOAD = JSON.stringify({ instances: [[0.2, 12, 3], [0.9, 1, 40]] });

describe('corporate networks: apis.invoke calls the invoke URL through the proxy and CA bundle', () => {
  const tls = useTlsSandbox();
  const started = useTeardown();

  /** A core on the demo seed (churn-api, its prod stage, IAM auth) through profile `base` at `endpoint`. */
  async function start(endpoint: string, env: NodeJS.ProcessEnv): Promise<{ w: CredentialWorld; apiId: string }> {
    const config = `[profile base]\nregion = us-east-1\nendpoint_url = ${endpoint.replace('{tls}', tls.endpoint)}\n`;
    const w = started(await startCredentialWorld({ config, credentials: BASE_KEYS, env }));
    tls.forwardTo(w.sandbox.endpoint);
    await w.sandbox.control.seed('demo');
    await w.ok('session.select', { profile: 'base' });
    const api = (await w.ok<ApiPage>('apis.list', {})).items.find((item) => item.name === 'churn-api');
    if (!api) throw new Error('the demo seed has no churn-api');
    return { w, apiId: api.id };
  }

  const invoke = (w: CredentialWorld, apiId: string) => w.ok<InvokeUrlResult>('apis.invoke', { apiId, stageName: 'prod', path: '/predict', httpMethod: 'POST', body: PAYLOAD });

  it('reaches a TLS invoke URL in a CONNECT tunnel, trusting AWS_CA_BUNDLE, signed as the session', async () => {
    const proxy = started(await startConnectProxy());
    const { w, apiId } = await start('{tls}', { HTTPS_PROXY: proxy.url, AWS_CA_BUNDLE: tls.ca.caFile });
    const result = await invoke(w, apiId);
    expect(result).toMatchObject({ url: `${tls.endpoint}/restapis/${apiId}/prod/_user_request_/predict`, status: 200, signed: true });
    expect((JSON.parse(result.body) as { predictions: unknown[] }).predictions).toHaveLength(2);
    expect(proxy.tunnels).toContain(tls.host);
  });

  it('sends a plain-HTTP invoke URL to HTTP_PROXY in absolute-form', async () => {
    const proxy = started(await startConnectProxy());
    const { w, apiId } = await start('{endpoint}', { HTTP_PROXY: proxy.url });
    const result = await invoke(w, apiId);
    expect(result.status).toBe(200);
    expect(proxy.forwarded).toContain(`${w.sandbox.endpoint}/restapis/${apiId}/prod/_user_request_/predict`);
  });
});
