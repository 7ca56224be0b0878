import {
  GetDeploymentCommand,
  GetGatewayResponseCommand,
  GetModelCommand,
  GetRequestValidatorsCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  GetStageCommand,
  GetTagsCommand,
} from '@aws-sdk/client-api-gateway';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApiGatewaySandbox, type ApiGatewaySandbox } from './apigateway-control-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

describe("API Gateway's demo seed: churn-api in front of churn-prod", () => {
  let s: ApiGatewaySandbox;
  beforeEach(async () => {
    s = await startApiGatewaySandbox({ seed: 'demo' });
  });
  afterEach(async () => {
    await s.stop();
  });

  const churnApi = async () => {
    const apis = await s.apigw.send(new GetRestApisCommand({}));
    expect(apis.items?.map((api) => api.name)).toEqual(['churn-api']);
    return apis.items?.[0] as { id: string; description?: string; rootResourceId?: string };
  };

  it('has POST /predict with IAM auth, the body validator, the ChurnPayload model and the AWS integration to churn-prod', async () => {
    const api = await churnApi();
    expect(api.description).toBe('Churn scoring API in front of churn-prod');
    const resources = await s.apigw.send(new GetResourcesCommand({ restApiId: api.id, embed: ['methods'] }));
    const predict = resources.items?.find((item) => item.path === '/predict');
    const method = predict?.resourceMethods?.POST;
    const [validator] = (await s.apigw.send(new GetRequestValidatorsCommand({ restApiId: api.id }))).items ?? [];
    expect(validator).toMatchObject({ name: 'validate-body', validateRequestBody: true, validateRequestParameters: false });
    expect(method).toMatchObject({
      httpMethod: 'POST',
      authorizationType: 'AWS_IAM',
      apiKeyRequired: false,
      requestValidatorId: validator?.id,
      requestModels: { 'application/json': 'ChurnPayload' },
    });
    expect(Object.keys(method?.methodResponses ?? {}).sort()).toEqual(['200', '400', '502']);
    expect(method?.methodResponses?.['400']?.responseModels).toEqual({ 'application/json': 'Error' });
    expect(method?.methodIntegration).toMatchObject({
      type: 'AWS',
      httpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:runtime.sagemaker:path//endpoints/churn-prod/invocations',
      credentials: 'arn:aws:iam::111122223333:role/churn-api-invoke',
      requestTemplates: { 'application/json': "$input.json('$')" },
    });
    const responses = method?.methodIntegration?.integrationResponses ?? {};
    expect(responses['200']?.selectionPattern).toBeUndefined();
    expect(responses['400']).toMatchObject({ selectionPattern: '4\\d{2}', responseTemplates: { 'application/json': '{"message": $input.json(\'$.message\')}' } });
    expect(responses['502']?.selectionPattern).toBe('5\\d{2}');

    const model = await s.apigw.send(new GetModelCommand({ restApiId: api.id, modelName: 'ChurnPayload' }));
    expect(model.contentType).toBe('application/json');
    expect(JSON.parse(model.schema ?? '{}')).toMatchObject({
      $schema: 'http://json-schema.org/draft-04/schema#',
      type: 'object',
      required: ['instances'],
      properties: { instances: { type: 'array', minItems: 1, items: { type: 'array', minItems: 1, items: { type: 'number' } } } },
    });
    const badBody = await s.apigw.send(new GetGatewayResponseCommand({ restApiId: api.id, responseType: 'BAD_REQUEST_BODY' }));
    expect(badBody).toMatchObject({ defaultResponse: false, responseTemplates: { 'application/json': '{"message": "$context.error.validationErrorString"}' } });
  });

  it('is deployed to prod with throttling, INFO logging, metrics, access logs and tags', async () => {
    const api = await churnApi();
    const stage = await s.apigw.send(new GetStageCommand({ restApiId: api.id, stageName: 'prod' }));
    expect(stage).toMatchObject({
      description: 'Production',
      variables: { endpointName: 'churn-prod' },
      accessLogSettings: { destinationArn: 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/apigateway/churn-api-access' },
      tags: { team: 'mlops', 'sagedeck:endpoint': 'churn-prod' },
    });
    expect(stage.methodSettings?.['*/*']).toMatchObject({ metricsEnabled: true, loggingLevel: 'INFO', dataTraceEnabled: false, throttlingRateLimit: 100, throttlingBurstLimit: 50 });
    const deployment = await s.apigw.send(new GetDeploymentCommand({ restApiId: api.id, deploymentId: stage.deploymentId, embed: ['apisummary'] }));
    expect(deployment.apiSummary).toEqual({ '/predict': { POST: { authorizationType: 'AWS_IAM', apiKeyRequired: false } } });
    const tags = await s.apigw.send(new GetTagsCommand({ resourceArn: `arn:aws:apigateway:us-east-1::/restapis/${api.id}` }));
    expect(tags.tags).toEqual({ team: 'mlops', 'sagedeck:endpoint': 'churn-prod' });
  });

  it('keeps the same ids on every seeding, so links to the demo API stay valid', async () => {
    const api = await churnApi();
    const again = await startApiGatewaySandbox({ seed: 'demo' });
    try {
      const other = await again.apigw.send(new GetRestApisCommand({}));
      expect(other.items?.map((item) => [item.id, item.rootResourceId])).toEqual([[api.id, api.rootResourceId]]);
    } finally {
      await again.stop();
    }
  });
});
