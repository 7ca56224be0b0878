import {
  CreateModelCommand,
  CreateRequestValidatorCommand,
  DeleteGatewayResponseCommand,
  DeleteModelCommand,
  DeleteRequestValidatorCommand,
  GetGatewayResponseCommand,
  GetGatewayResponsesCommand,
  GetModelCommand,
  GetModelsCommand,
  GetRequestValidatorCommand,
  GetRequestValidatorsCommand,
  PutGatewayResponseCommand,
  PutMethodCommand,
  UpdateModelCommand,
  UpdateRequestValidatorCommand,
} from '@aws-sdk/client-api-gateway';
import { describe, expect, it, vi } from 'vitest';
import { apiGatewayError, useScoringApi, type ApiGatewaySandbox } from './apigateway-control-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

const SCHEMA = JSON.stringify({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', required: ['instances'] });

describe('API Gateway request validators, models and gateway responses', () => {
  let s: ApiGatewaySandbox;
  let restApiId: string;
  let rootId: string;
  useScoringApi((started) => ({ s, restApiId, rootId } = started));

  it('creates, lists, patches and deletes request validators, refusing one a method still uses', async () => {
    const body = await s.apigw.send(new CreateRequestValidatorCommand({ restApiId, name: 'validate-body', validateRequestBody: true }));
    expect(body).toEqual(expect.objectContaining({ name: 'validate-body', validateRequestBody: true, validateRequestParameters: false }));
    expect(body.id).toMatch(/^[a-z0-9]{6}$/);
    await s.apigw.send(new CreateRequestValidatorCommand({ restApiId, name: 'validate-params', validateRequestParameters: true }));
    expect((await s.apigw.send(new GetRequestValidatorsCommand({ restApiId }))).items?.map((item) => item.name)).toEqual(['validate-body', 'validate-params']);

    const patched = await s.apigw.send(
      new UpdateRequestValidatorCommand({ restApiId, requestValidatorId: body.id, patchOperations: [{ op: 'replace', path: '/validateRequestParameters', value: 'true' }] }),
    );
    expect(patched.validateRequestParameters).toBe(true);
    const notBoolean = await apiGatewayError(
      s.apigw.send(new UpdateRequestValidatorCommand({ restApiId, requestValidatorId: body.id, patchOperations: [{ op: 'replace', path: '/validateRequestBody', value: 'yes' }] })),
    );
    expect(notBoolean.name).toBe('BadRequestException');

    await s.apigw.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'POST', authorizationType: 'NONE', requestValidatorId: body.id }));
    const inUse = await apiGatewayError(s.apigw.send(new DeleteRequestValidatorCommand({ restApiId, requestValidatorId: body.id })));
    expect(inUse.name).toBe('BadRequestException');
    const other = (await s.apigw.send(new GetRequestValidatorsCommand({ restApiId }))).items?.[1];
    await s.apigw.send(new DeleteRequestValidatorCommand({ restApiId, requestValidatorId: other?.id }));
    const gone = await apiGatewayError(s.apigw.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: other?.id })));
    expect(gone.name).toBe('NotFoundException');
  });

  it('keeps models whose schema is JSON, and refuses to delete one a method request names', async () => {
    const created = await s.apigw.send(new CreateModelCommand({ restApiId, name: 'ChurnPayload', contentType: 'application/json', schema: SCHEMA, description: 'payload' }));
    expect(created).toMatchObject({ name: 'ChurnPayload', contentType: 'application/json', schema: SCHEMA, description: 'payload' });
    expect((await s.apigw.send(new GetModelsCommand({ restApiId }))).items?.map((model) => model.name)).toEqual(['ChurnPayload', 'Empty', 'Error']);

    const notJson = await apiGatewayError(s.apigw.send(new CreateModelCommand({ restApiId, name: 'Broken', contentType: 'application/json', schema: '{type: object' })));
    expect(notJson.name).toBe('BadRequestException');
    expect(notJson.message).toContain('Invalid model schema specified');
    const duplicate = await apiGatewayError(s.apigw.send(new CreateModelCommand({ restApiId, name: 'ChurnPayload', contentType: 'application/json', schema: SCHEMA })));
    expect(duplicate.name).toBe('ConflictException');
    const badName = await apiGatewayError(s.apigw.send(new CreateModelCommand({ restApiId, name: 'churn-payload', contentType: 'application/json' })));
    expect(badName.message).toBe('Model name must be alphanumeric');

    const updated = await s.apigw.send(
      new UpdateModelCommand({ restApiId, modelName: 'ChurnPayload', patchOperations: [{ op: 'replace', path: '/schema', value: '{"type":"array"}' }] }),
    );
    expect(updated.schema).toBe('{"type":"array"}');
    const badPatch = await apiGatewayError(
      s.apigw.send(new UpdateModelCommand({ restApiId, modelName: 'ChurnPayload', patchOperations: [{ op: 'replace', path: '/schema', value: 'nope' }] })),
    );
    expect(badPatch.name).toBe('BadRequestException');

    await s.apigw.send(
      new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'POST', authorizationType: 'NONE', requestModels: { 'application/json': 'ChurnPayload' } }),
    );
    const inUse = await apiGatewayError(s.apigw.send(new DeleteModelCommand({ restApiId, modelName: 'ChurnPayload' })));
    expect(inUse.name).toBe('BadRequestException');
    expect(inUse.message).toBe("Cannot delete model 'ChurnPayload', is referenced in method request: //POST");

    await s.apigw.send(new DeleteModelCommand({ restApiId, modelName: 'Error' }));
    const missing = await apiGatewayError(s.apigw.send(new GetModelCommand({ restApiId, modelName: 'Error' })));
    expect(missing.name).toBe('NotFoundException');
  });

  it("lists AWS's default gateway responses and lets one be customised and reset", async () => {
    const defaults = await s.apigw.send(new GetGatewayResponsesCommand({ restApiId }));
    expect(defaults.items).toHaveLength(21);
    expect(defaults.items?.find((item) => item.responseType === 'BAD_REQUEST_BODY')).toEqual({
      responseType: 'BAD_REQUEST_BODY',
      statusCode: '400',
      defaultResponse: true,
      responseTemplates: { 'application/json': '{"message":$context.error.messageString}' },
    });
    expect(defaults.items?.find((item) => item.responseType === 'DEFAULT_4XX')?.statusCode).toBeUndefined();

    const template = { 'application/json': '{"message": "$context.error.validationErrorString"}' };
    const put = await s.apigw.send(new PutGatewayResponseCommand({ restApiId, responseType: 'BAD_REQUEST_BODY', responseTemplates: template }));
    expect(put).toMatchObject({ responseType: 'BAD_REQUEST_BODY', statusCode: '400', defaultResponse: false, responseTemplates: template });
    expect((await s.apigw.send(new GetGatewayResponseCommand({ restApiId, responseType: 'BAD_REQUEST_BODY' }))).defaultResponse).toBe(false);

    await s.apigw.send(new DeleteGatewayResponseCommand({ restApiId, responseType: 'BAD_REQUEST_BODY' }));
    expect((await s.apigw.send(new GetGatewayResponseCommand({ restApiId, responseType: 'BAD_REQUEST_BODY' }))).defaultResponse).toBe(true);
    const notCustomised = await apiGatewayError(s.apigw.send(new DeleteGatewayResponseCommand({ restApiId, responseType: 'THROTTLED' })));
    expect(notCustomised.name).toBe('NotFoundException');
    const unknownType = await apiGatewayError(s.apigw.send(new GetGatewayResponseCommand({ restApiId, responseType: 'TEAPOT' as 'THROTTLED' })));
    expect(unknownType.name).toBe('BadRequestException');
  });
});
