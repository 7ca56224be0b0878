import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApisWorld, type ApisWorld } from './apis-harness';

let world: ApisWorld;

beforeAll(async () => {
  world = await startApisWorld();
});

afterAll(async () => {
  await world?.close();
});

beforeEach(() => {
  world.sandbox.control.resetCounters();
});

describe('apis.list on the demo seed', () => {
  it('shows churn-api with its prod stage, the sandbox invoke URL and the endpoint it serves', async () => {
    const page = await world.list();
    expect(page.notice).toBeUndefined();
    const churn = page.items.find((api) => api.name === 'churn-api');
    expect(churn).toMatchObject({
      description: 'Churn scoring API in front of churn-prod',
      tags: { team: 'mlops', 'sagedeck:endpoint': 'churn-prod' },
      servesEndpoints: ['churn-prod'],
    });
    expect(churn?.stages.map((s) => s.name)).toEqual(['prod']);
    expect(churn?.stages[0]?.invokeUrl).toBe(`${world.sandbox.endpoint}/restapis/${churn?.id}/prod/_user_request_`);
  });

  it('costs one GetRestApis and one GetStages per API', async () => {
    const page = await world.list();
    expect(world.gatewayCalls()).toEqual({ GetRestApis: 1, GetStages: page.items.length });
  });
});

describe('apis.describe of churn-api', () => {
  it('shows the /predict POST tree: IAM, the body validator, the ChurnPayload model and the integration to churn-prod', async () => {
    const detail = await world.describe('churn-api');
    const predict = detail.resources.find((r) => r.path === '/predict');
    expect(detail.resources.map((r) => r.path)).toEqual(['/', '/predict']);
    const post = predict?.methods.find((m) => m.httpMethod === 'POST');
    expect(post).toMatchObject({
      authorizationType: 'AWS_IAM',
      apiKeyRequired: false,
      validator: { name: 'validate-body', validatesBody: true, validatesParameters: false },
      requestModels: { 'application/json': 'ChurnPayload' },
      methodResponses: ['200', '400', '502'],
      integration: {
        type: 'AWS',
        httpMethod: 'POST',
        endpointName: 'churn-prod',
        credentials: 'arn:aws:iam::111122223333:role/churn-api-invoke',
        requestTemplates: { 'application/json': "$input.json('$')" },
      },
    });
    expect(post?.integration?.responses).toEqual([
      { statusCode: '400', selectionPattern: '4\\d{2}', templates: { 'application/json': expect.stringContaining("$input.json('$.message')") } },
      { statusCode: '502', selectionPattern: '5\\d{2}', templates: expect.any(Object) },
      { statusCode: '200', templates: expect.any(Object) },
    ]);
    const model = detail.models.find((m) => m.name === 'ChurnPayload');
    expect(model?.contentType).toBe('application/json');
    expect(JSON.parse(model?.schema ?? '{}')).toMatchObject({ required: ['instances'] });
    const badBody = detail.gatewayResponses.find((g) => g.type === 'BAD_REQUEST_BODY');
    expect(badBody).toMatchObject({ customized: true, templates: { 'application/json': '{"message": "$context.error.validationErrorString"}' } });
  });

  it("shows the prod stage's settings with nothing to warn about, and the AWS CLI's endpoint URL", async () => {
    const detail = await world.describe('churn-api');
    expect(detail.stages).toHaveLength(1);
    expect(detail.stages[0]).toMatchObject({
      name: 'prod',
      description: 'Production',
      variables: { endpointName: 'churn-prod' },
      throttling: { rateLimit: 100, burstLimit: 50 },
      loggingLevel: 'INFO',
      metricsEnabled: true,
      dataTraceEnabled: false,
      accessLogDestination: 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/apigateway/churn-api-access',
      invokeUrl: `${world.sandbox.endpoint}/restapis/${detail.summary.id}/prod/_user_request_`,
      warnings: [],
    });
    expect(detail).toMatchObject({ cliEndpointUrl: world.sandbox.endpoint, region: 'us-east-1', notices: [] });
  });

  it('reads each collection once and no method on its own (the embed carries them whole)', async () => {
    const { id } = await world.api('churn-api');
    world.sandbox.control.resetCounters();
    await world.ok('apis.describe', { apiId: id });
    const calls = world.gatewayCalls();
    expect(calls).toEqual({
      GetRestApi: 1,
      GetResources: 1,
      GetRequestValidators: 1,
      GetModels: 1,
      GetGatewayResponses: 1,
      GetStages: 1,
      GetUsagePlans: 1,
    });
  });

  it('says plainly what is missing on an endpoint without GetGatewayResponses or GetUsagePlans, and shows the rest', async () => {
    world.sandbox.control.addFault({ operation: 'apigateway:GetGatewayResponses', kind: 'unknownOperation' });
    world.sandbox.control.addFault({ operation: 'apigateway:GetUsagePlans', kind: 'unknownOperation' });
    try {
      const detail = await world.describe('churn-api');
      expect(detail.notices).toEqual([
        'This endpoint has no API Gateway GetGatewayResponses operation, so gateway responses are not shown.',
        'This endpoint has no API Gateway GetUsagePlans operation, so usage plans are not shown.',
      ]);
      expect(detail.gatewayResponses).toEqual([]);
      expect(detail.resources.find((r) => r.path === '/predict')?.methods[0]?.integration?.endpointName).toBe('churn-prod');
    } finally {
      world.sandbox.control.clearFaults();
    }
  });

  it('refuses an id that is not an API Gateway id before any call', async () => {
    const error = await world.fail('apis.describe', { apiId: 'Not-An-Id' });
    expect(error.code).toBe('InvalidInput');
    expect(world.gatewayCalls()).toEqual({});
  });
});
