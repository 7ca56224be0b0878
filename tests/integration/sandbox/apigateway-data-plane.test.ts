import {
  APIGatewayClient,
  CreateApiKeyCommand,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from './support';

let env: TestSandbox;
let apigw: APIGatewayClient;
let churnApiId: string;

const VALID = JSON.stringify({ instances: [[0.2, 12, 3], [0.9, 1, 40]] });

interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

function invokeUrl(apiId: string, stage: string, path: string): string {
  return `${env.sandbox.endpoint}/restapis/${apiId}/${stage}/_user_request_/${path}`;
}

/** A request to the invoke URL, SigV4-signed for execute-api as the console and curl --aws-sigv4 sign it. */
async function call(url: string, options: { body?: string; sign?: { service?: string; secretAccessKey?: string }; headers?: Record<string, string> } = {}): Promise<Reply> {
  const target = new URL(url);
  let headers: Record<string, string> = { 'content-type': 'application/json', host: target.host, ...(options.headers ?? {}) };
  if (options.sign) {
    const signer = new SignatureV4({
      service: options.sign.service ?? 'execute-api',
      region: 'us-east-1',
      credentials: { ...env.sandbox.credentials, ...(options.sign.secretAccessKey ? { secretAccessKey: options.sign.secretAccessKey } : {}) },
      sha256: Sha256,
    });
    const signed = await signer.sign({ method: 'POST', protocol: 'http:', hostname: target.hostname, port: Number(target.port), path: target.pathname, headers, body: options.body ?? '' });
    headers = signed.headers as Record<string, string>;
  }
  const response = await fetch(url, { method: 'POST', headers, body: options.body ?? '' });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

beforeAll(async () => {
  env = await startTestSandbox({ seed: 'demo' });
  apigw = new APIGatewayClient({ ...env.config, maxAttempts: 1 });
  const apis = await apigw.send(new GetRestApisCommand({}));
  churnApiId = apis.items?.find((api) => api.name === 'churn-api')?.id ?? '';
  expect(churnApiId).not.toBe('');
}, 60_000);

afterAll(async () => {
  apigw?.destroy();
  await env?.stop();
});

describe('API Gateway data plane on the demo churn-api', () => {
  it('answers a signed valid payload with churn-prod predictions and AWS headers', async () => {
    const reply = await call(invokeUrl(churnApiId, 'prod', 'predict'), { body: VALID, sign: {} });
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.text) as { predictions: { score: number; predicted_label: number }[] };
    expect(body.predictions).toHaveLength(2);
    expect(body.predictions[0]?.score).toBeGreaterThanOrEqual(0);
    expect(reply.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.headers.get('x-amz-apigw-id')).toMatch(/^.{15}=$/);
    expect(reply.headers.get('content-type')).toBe('application/json');
    expect(env.sandbox.control.counters()['sagemaker:InvokeEndpoint']).toBeGreaterThanOrEqual(1);
    expect(env.sandbox.control.counters()['execute-api:Invoke']).toBeGreaterThanOrEqual(1);
  });

  it('refuses a body that does not match ChurnPayload with the validation error string', async () => {
    const reply = await call(invokeUrl(churnApiId, 'prod', 'predict'), { body: '{"rows":[[1,2]]}', sign: {} });
    expect(reply.status).toBe(400);
    expect(reply.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    // The seed's BAD_REQUEST_BODY template puts the string in quotes unescaped, exactly as AWS renders it.
    expect(reply.text).toBe('{"message": "[object has missing required properties (["instances"])]"}');
    const empty = await call(invokeUrl(churnApiId, 'prod', 'predict'), { body: '{"instances":[]}', sign: {} });
    expect(empty.text).toContain('array is too short: must have at least 1 elements but instance has 0 elements');
  });

  it('refuses unsigned and wrongly signed requests as AWS does', async () => {
    const unsigned = await call(invokeUrl(churnApiId, 'prod', 'predict'), { body: VALID });
    expect(unsigned.status).toBe(403);
    expect(JSON.parse(unsigned.text)).toEqual({ message: 'Missing Authentication Token' });
    expect(unsigned.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    const badSecret = await call(invokeUrl(churnApiId, 'prod', 'predict'), { body: VALID, sign: { secretAccessKey: 'not-the-secret' } });
    expect(badSecret.status).toBe(403);
    expect(JSON.parse(badSecret.text).message).toMatch(/^The request signature we calculated does not match/);
    const wrongService = await call(invokeUrl(churnApiId, 'prod', 'predict'), { body: VALID, sign: { service: 'sagemaker' } });
    expect(wrongService.status).toBe(403);
    const unknownPath = await call(invokeUrl(churnApiId, 'prod', 'nothing-here'), { body: VALID, sign: {} });
    expect(unknownPath.status).toBe(403);
    expect(JSON.parse(unknownPath.text)).toEqual({ message: 'Missing Authentication Token' });
    const unknownStage = await call(invokeUrl(churnApiId, 'staging', 'predict'), { body: VALID, sign: {} });
    expect(unknownStage.status).toBe(403);
  });

  it("maps the endpoint's errors through the integration responses", async () => {
    // A model that raises: SageMaker's ModelError (424) matches 4\d{2} and the 400 template picks its message.
    env.sandbox.control.traffic.setFault({ endpointName: 'churn-prod', variantName: 'AllTraffic', errorRate: 1 });
    const modelError = await call(invokeUrl(churnApiId, 'prod', 'predict'), { body: VALID, sign: {} });
    env.sandbox.control.traffic.setFault({ endpointName: 'churn-prod', variantName: 'AllTraffic', errorRate: 0 });
    expect(modelError.status).toBe(400);
    expect(JSON.parse(modelError.text).message).toMatch(/^Received server error \(500\) from primary with message "Internal server error/);
    // SageMaker Runtime failing itself (500) matches 5\d{2}: 502.
    env.sandbox.control.addFault({ operation: 'sagemaker:InvokeEndpoint', kind: 'error5xx', count: 1 });
    const serverError = await call(invokeUrl(churnApiId, 'prod', 'predict'), { body: VALID, sign: {} });
    expect(serverError.status).toBe(502);
    // No 502 template: the runtime's own error body passes through.
    expect(JSON.parse(serverError.text).message).toMatch(/^The request processing has failed/);
  });

  it('applies fault rules named execute-api:Invoke to invoke-URL requests', async () => {
    env.sandbox.control.addFault({ operation: 'execute-api:Invoke', kind: 'throttle', count: 1 });
    const throttled = await call(invokeUrl(churnApiId, 'prod', 'predict'), { body: VALID, sign: {} });
    expect(throttled.status).toBe(429);
    expect(JSON.parse(throttled.text)).toEqual({ message: 'Too Many Requests' });
    expect((await call(invokeUrl(churnApiId, 'prod', 'predict'), { body: VALID, sign: {} })).status).toBe(200);
  });

  it('publishes AWS/ApiGateway metrics and execution logs for the stage', async () => {
    await call(invokeUrl(churnApiId, 'prod', 'predict'), { body: VALID, sign: {} });
    const now = env.clock.now();
    const cloudwatch = new CloudWatchClient({ ...env.config, maxAttempts: 1 });
    const logs = new CloudWatchLogsClient({ ...env.config, maxAttempts: 1 });
    try {
      const stat = (id: string, metricName: string) => ({
        Id: id,
        MetricStat: { Metric: { Namespace: 'AWS/ApiGateway', MetricName: metricName, Dimensions: [{ Name: 'ApiName', Value: 'churn-api' }, { Name: 'Stage', Value: 'prod' }] }, Period: 60, Stat: 'Sum' },
      });
      const data = await cloudwatch.send(
        new GetMetricDataCommand({ StartTime: new Date(now - 3_600_000), EndTime: new Date(now + 60_000), MetricDataQueries: [stat('count', 'Count'), stat('client', '4XXError'), stat('server', '5XXError'), { ...stat('latency', 'Latency'), MetricStat: { ...stat('latency', 'Latency').MetricStat, Stat: 'SampleCount' } }] }),
      );
      const sum = (id: string) => (data.MetricDataResults?.find((result) => result.Id === id)?.Values ?? []).reduce((a, b) => a + b, 0);
      expect(sum('count')).toBeGreaterThanOrEqual(5);
      expect(sum('client')).toBeGreaterThanOrEqual(1);
      expect(sum('server')).toBeGreaterThanOrEqual(1);
      expect(sum('latency')).toBe(sum('count'));
      const events = await logs.send(new FilterLogEventsCommand({ logGroupName: `API-Gateway-Execution-Logs_${churnApiId}/prod`, filterPattern: '"Method completed with status"' }));
      const messages = (events.events ?? []).map((event) => event.message ?? '');
      expect(messages.some((message) => /^\([0-9a-f-]{36}\) Method completed with status: 200$/.test(message))).toBe(true);
      expect(messages.some((message) => message.endsWith('Method completed with status: 400'))).toBe(true);
      const validation = await logs.send(new FilterLogEventsCommand({ logGroupName: `API-Gateway-Execution-Logs_${churnApiId}/prod`, filterPattern: '"Request body does not match model schema"' }));
      expect(validation.events?.[0]?.message).toContain('Request body does not match model schema for content type application/json: [object has missing required properties (["instances"])]');
      const access = await logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/apigateway/churn-api-access' }));
      const line = JSON.parse(access.events?.[0]?.message ?? '{}') as Record<string, string>;
      expect(line).toMatchObject({ httpMethod: 'POST', resourcePath: '/predict', ip: '127.0.0.1' });
      expect(line.status).toMatch(/^\d{3}$/);
    } finally {
      cloudwatch.destroy();
      logs.destroy();
    }
  });
});

describe('API keys, usage plans and throttling', () => {
  let apiId: string;

  beforeAll(async () => {
    const api = await apigw.send(new CreateRestApiCommand({ name: 'keyed-api' }));
    apiId = api.id ?? '';
    const resources = await apigw.send(new GetResourcesCommand({ restApiId: apiId }));
    const rootId = resources.items?.[0]?.id ?? '';
    await apigw.send(new PutMethodCommand({ restApiId: apiId, resourceId: rootId, httpMethod: 'POST', authorizationType: 'NONE', apiKeyRequired: true }));
    await apigw.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: rootId, httpMethod: 'POST', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await apigw.send(new PutMethodResponseCommand({ restApiId: apiId, resourceId: rootId, httpMethod: 'POST', statusCode: '200' }));
    await apigw.send(
      new PutIntegrationResponseCommand({ restApiId: apiId, resourceId: rootId, httpMethod: 'POST', statusCode: '200', responseTemplates: { 'application/json': '{"key": "$context.identity.apiKeyId", "stage": "$context.stage"}' } }),
    );
    await apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'live' }));
  });

  it('needs an enabled key of a usage plan bound to the stage and applies its throttle', async () => {
    const key = await apigw.send(new CreateApiKeyCommand({ name: 'partner', enabled: true }));
    const url = invokeUrl(apiId, 'live', '');
    const withoutPlan = await call(url, { headers: { 'x-api-key': key.value ?? '' } });
    expect(withoutPlan.status).toBe(403);
    expect(JSON.parse(withoutPlan.text)).toEqual({ message: 'Forbidden' });

    const plan = await apigw.send(new CreateUsagePlanCommand({ name: 'partners', apiStages: [{ apiId, stage: 'live' }], throttle: { rateLimit: 1, burstLimit: 2 } }));
    await apigw.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: 'API_KEY' }));
    const noKey = await call(url);
    expect(noKey.status).toBe(403);
    expect(noKey.headers.get('x-amzn-errortype')).toBe('ForbiddenException');
    const wrongKey = await call(url, { headers: { 'x-api-key': 'not-a-key-value-of-this-sandbox' } });
    expect(wrongKey.status).toBe(403);

    const first = await call(url, { headers: { 'x-api-key': key.value ?? '' } });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text)).toEqual({ key: key.id, stage: 'live' });
    expect((await call(url, { headers: { 'x-api-key': key.value ?? '' } })).status).toBe(200);
    const throttled = await call(url, { headers: { 'x-api-key': key.value ?? '' } });
    expect(throttled.status).toBe(429);
    expect(JSON.parse(throttled.text)).toEqual({ message: 'Too Many Requests' });
    expect(throttled.headers.get('x-amzn-errortype')).toBe('TooManyRequestsException');
    env.clock.advance(1000);
    expect((await call(url, { headers: { 'x-api-key': key.value ?? '' } })).status).toBe(200);
  });

  it("throttles at the stage's burst once it is spent and refills at its rate", async () => {
    const stage = await apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'tight' }));
    expect(stage.id).toBeDefined();
    await apigw.send(
      new UpdateStageCommand({
        restApiId: apiId,
        stageName: 'tight',
        patchOperations: [
          { op: 'replace', path: '/*/*/throttling/rateLimit', value: '2' },
          { op: 'replace', path: '/*/*/throttling/burstLimit', value: '3' },
        ],
      }),
    );
    const key = await apigw.send(new CreateApiKeyCommand({ name: 'tight-key', enabled: true }));
    const plan = await apigw.send(new CreateUsagePlanCommand({ name: 'tight-plan', apiStages: [{ apiId, stage: 'tight' }] }));
    await apigw.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: 'API_KEY' }));
    const url = invokeUrl(apiId, 'tight', '');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(url, { headers: { 'x-api-key': key.value ?? '' } })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    env.clock.advance(500);
    const afterHalfSecond = [(await call(url, { headers: { 'x-api-key': key.value ?? '' } })).status, (await call(url, { headers: { 'x-api-key': key.value ?? '' } })).status];
    expect(afterHalfSecond).toEqual([200, 429]);
  });
});
