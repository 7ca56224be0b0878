import {
  APIGatewayClient,
  CreateApiKeyCommand,
  CreateDeploymentCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from './support';

let env: TestSandbox;
let apigw: APIGatewayClient;
let backend: Server;
let apiId: string;
const seen: { method: string; url: string; body: string; contentType: string }[] = [];

function url(stage: string, path: string): string {
  return `${env.sandbox.endpoint}/restapis/${apiId}/${stage}/_user_request_/${path}`;
}

async function send(target: string, init: RequestInit = {}): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(target, init);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

/** A backend for the HTTP integration: echoes what API Gateway sent it; paths with 'boom' fail. */
function startBackend(): Promise<number> {
  backend = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', body, contentType: req.headers['content-type'] ?? '' });
      const failing = (req.url ?? '').includes('boom');
      res.writeHead(failing ? 503 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(failing ? { error: 'backend down' } : { echoed: req.url, body }));
    });
  });
  return new Promise((resolve) => backend.listen(0, '127.0.0.1', () => resolve((backend.address() as AddressInfo).port)));
}

beforeAll(async () => {
  env = await startTestSandbox();
  apigw = new APIGatewayClient({ ...env.config, maxAttempts: 1 });
  const backendPort = await startBackend();
  apiId = (await apigw.send(new CreateRestApiCommand({ name: 'paths-api' }))).id ?? '';
  const rootId = (await apigw.send(new GetResourcesCommand({ restApiId: apiId }))).items?.[0]?.id ?? '';
  const items = await apigw.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: 'items' }));
  const item = await apigw.send(new CreateResourceCommand({ restApiId: apiId, parentId: items.id, pathPart: '{id}' }));
  const proxy = await apigw.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: '{proxy+}' }));
  const validator = await apigw.send(new CreateRequestValidatorCommand({ restApiId: apiId, name: 'params-only', validateRequestBody: false, validateRequestParameters: true }));

  const itemMethod = { restApiId: apiId, resourceId: item.id, httpMethod: 'GET' };
  await apigw.send(new PutMethodCommand({ ...itemMethod, authorizationType: 'NONE', requestValidatorId: validator.id, requestParameters: { 'method.request.querystring.q': true, 'method.request.path.id': true } }));
  await apigw.send(new PutIntegrationCommand({ ...itemMethod, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": #if($input.params(\'id\') == "404")404#{else}200#end}' } }));
  for (const statusCode of ['200', '404']) await apigw.send(new PutMethodResponseCommand({ ...itemMethod, statusCode }));
  await apigw.send(
    new PutIntegrationResponseCommand({ ...itemMethod, statusCode: '200', responseTemplates: { 'application/json': '{"id": "$input.params(\'id\')", "q": "$util.escapeJavaScript($input.params(\'q\'))", "resource": "$context.resourcePath"}' } }),
  );
  await apigw.send(new PutIntegrationResponseCommand({ ...itemMethod, statusCode: '404', selectionPattern: '404', responseTemplates: { 'application/json': '{"message": "no item $input.params(\'id\')"}' } }));

  const proxyMethod = { restApiId: apiId, resourceId: proxy.id, httpMethod: 'ANY' };
  await apigw.send(new PutMethodCommand({ ...proxyMethod, authorizationType: 'NONE', requestParameters: { 'method.request.path.proxy': true } }));
  await apigw.send(
    new PutIntegrationCommand({
      ...proxyMethod,
      type: 'HTTP',
      integrationHttpMethod: 'POST',
      uri: `http://127.0.0.1:${backendPort}/echo/{proxy}`,
      requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
      requestTemplates: { 'application/json': '{"wrapped": $input.json(\'$\'), "stage": "$context.stage"}' },
    }),
  );
  for (const statusCode of ['200', '502']) await apigw.send(new PutMethodResponseCommand({ ...proxyMethod, statusCode }));
  await apigw.send(new PutIntegrationResponseCommand({ ...proxyMethod, statusCode: '200' }));
  await apigw.send(new PutIntegrationResponseCommand({ ...proxyMethod, statusCode: '502', selectionPattern: '5\\d{2}', responseTemplates: { 'application/json': '{"message": "backend said $input.path(\'$.error\')"}' } }));
  await apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'v1' }));
}, 60_000);

afterAll(async () => {
  apigw?.destroy();
  backend?.close();
  await env?.stop();
});

describe('API Gateway data plane: paths, parameters, MOCK and HTTP integrations', () => {
  it('matches {id} and reads path and query parameters in the templates', async () => {
    const reply = await send(url('v1', 'items/7?q=a%22b'));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ id: '7', q: 'a"b', resource: '/items/{id}' });
  });

  it('refuses a missing required query parameter when the validator checks parameters', async () => {
    const reply = await send(url('v1', 'items/7'));
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text)).toEqual({ message: 'Missing required request parameters: [q]' });
    expect(reply.headers.get('x-amzn-errortype')).toBe('BadRequestException');
  });

  it('selects the integration response by the MOCK status', async () => {
    const reply = await send(url('v1', 'items/404?q=1'));
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.text)).toEqual({ message: 'no item 404' });
  });

  it('sends {proxy+} requests to the HTTP backend with the mapped body and maps its failures', async () => {
    const reply = await send(url('v1', 'a/b/c'), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"x":1}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ echoed: '/echo/a/b/c', body: '{"wrapped": {"x":1}, "stage": "v1"}' });
    expect(seen[seen.length - 1]).toMatchObject({ method: 'POST', contentType: 'application/json' });
    const failed = await send(url('v1', 'boom'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(failed.status).toBe(502);
    expect(JSON.parse(failed.text)).toEqual({ message: 'backend said backend down' });
  });

  it("answers 'Limit Exceeded' once a usage plan's quota is used up, until the next period", async () => {
    const rootId = (await apigw.send(new GetResourcesCommand({ restApiId: apiId }))).items?.find((resource) => resource.path === '/')?.id;
    const metered = await apigw.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: 'metered' }));
    const method = { restApiId: apiId, resourceId: metered.id, httpMethod: 'POST' };
    await apigw.send(new PutMethodCommand({ ...method, authorizationType: 'NONE', apiKeyRequired: true }));
    await apigw.send(new PutIntegrationCommand({ ...method, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await apigw.send(new PutMethodResponseCommand({ ...method, statusCode: '200' }));
    await apigw.send(new PutIntegrationResponseCommand({ ...method, statusCode: '200', responseTemplates: { 'application/json': '{"ok": true}' } }));
    await apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'metered' }));
    const key = await apigw.send(new CreateApiKeyCommand({ name: 'quota-key', enabled: true }));
    const plan = await apigw.send(new CreateUsagePlanCommand({ name: 'two-a-day', apiStages: [{ apiId, stage: 'metered' }], quota: { limit: 2, period: 'DAY' } }));
    await apigw.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: 'API_KEY' }));
    const meteredCall = () => send(url('metered', 'metered'), { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key.value ?? '' }, body: '{}' });
    expect([(await meteredCall()).status, (await meteredCall()).status]).toEqual([200, 200]);
    const over = await meteredCall();
    expect(over.status).toBe(429);
    expect(JSON.parse(over.text)).toEqual({ message: 'Limit Exceeded' });
    expect(over.headers.get('x-amzn-errortype')).toBe('LimitExceededException');
    env.clock.advance(24 * 3_600_000);
    expect((await meteredCall()).status).toBe(200);
  });
});
