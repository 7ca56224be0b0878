import {
  CreateModelCommand,
  CreateResourceCommand,
  DeleteIntegrationResponseCommand,
  DeleteMethodCommand,
  DeleteResourceCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetMethodCommand,
  GetMethodResponseCommand,
  GetResourceCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateMethodCommand,
  UpdateResourceCommand,
} from '@aws-sdk/client-api-gateway';
import { describe, expect, it, vi } from 'vitest';
import { apiGatewayError, useScoringApi, type ApiGatewaySandbox } from './apigateway-control-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

const RUNTIME_URI = 'arn:aws:apigateway:us-east-1:runtime.sagemaker:path//endpoints/churn-prod/invocations';

describe('API Gateway resources, methods and integrations', () => {
  let s: ApiGatewaySandbox;
  let restApiId: string;
  let rootId: string;
  useScoringApi((started) => ({ s, restApiId, rootId } = started));

  const resource = async (parentId: string, pathPart: string) =>
    s.apigw.send(new CreateResourceCommand({ restApiId, parentId, pathPart }));

  it('builds a resource tree with full paths, refusing duplicates, bad path parts and children of a greedy variable', async () => {
    const customers = await resource(rootId, 'customers');
    const customer = await resource(customers.id as string, '{customerId}');
    expect(customers.id).toMatch(/^[a-z0-9]{6}$/);
    expect(customer).toMatchObject({ parentId: customers.id, pathPart: '{customerId}', path: '/customers/{customerId}' });

    const duplicate = await apiGatewayError(resource(rootId, 'customers'));
    expect(duplicate.name).toBe('ConflictException');
    expect(duplicate.$metadata.httpStatusCode).toBe(409);
    expect(duplicate.message).toBe('Another resource with the same parent already has this name: customers');

    expect((await apiGatewayError(resource(rootId, 'bad path'))).name).toBe('BadRequestException');
    const sibling = await apiGatewayError(resource(customers.id as string, '{other}'));
    expect(sibling.message).toBe('A sibling ({customerId}) of this resource already has a variable path part -- only one is allowed');
    const proxy = await resource(rootId, '{proxy+}');
    expect((await apiGatewayError(resource(proxy.id as string, 'below'))).message).toBe('Cannot create a child of a resource with a greedy path variable: {proxy+}');

    const renamed = await s.apigw.send(
      new UpdateResourceCommand({ restApiId, resourceId: customers.id, patchOperations: [{ op: 'replace', path: '/pathPart', value: 'clients' }] }),
    );
    expect(renamed.path).toBe('/clients');
    expect((await s.apigw.send(new GetResourceCommand({ restApiId, resourceId: customer.id }))).path).toBe('/clients/{customerId}');

    await s.apigw.send(new DeleteResourceCommand({ restApiId, resourceId: customers.id }));
    const left = await s.apigw.send(new GetResourcesCommand({ restApiId }));
    expect(left.items?.map((item) => item.path)).toEqual(['/', '/{proxy+}']);
    const gone = await apiGatewayError(s.apigw.send(new GetResourceCommand({ restApiId, resourceId: customer.id })));
    expect(gone.name).toBe('NotFoundException');
    expect(gone.message).toBe('Invalid Resource identifier specified');
  });

  it('puts, reads, patches and deletes a method with its responses', async () => {
    const predict = await resource(rootId, 'predict');
    await s.apigw.send(new CreateModelCommand({ restApiId, name: 'Payload', contentType: 'application/json', schema: '{"type":"object"}' }));
    const put = await s.apigw.send(
      new PutMethodCommand({
        restApiId,
        resourceId: predict.id,
        httpMethod: 'POST',
        authorizationType: 'AWS_IAM',
        requestModels: { 'application/json': 'Payload' },
        requestParameters: { 'method.request.header.x-customer': true },
      }),
    );
    expect(put).toMatchObject({ httpMethod: 'POST', authorizationType: 'AWS_IAM', apiKeyRequired: false, requestModels: { 'application/json': 'Payload' } });

    const again = await apiGatewayError(s.apigw.send(new PutMethodCommand({ restApiId, resourceId: predict.id, httpMethod: 'POST', authorizationType: 'NONE' })));
    expect(again.name).toBe('ConflictException');
    const unknownModel = await apiGatewayError(
      s.apigw.send(new PutMethodCommand({ restApiId, resourceId: predict.id, httpMethod: 'PUT', authorizationType: 'NONE', requestModels: { 'application/json': 'Nope' } })),
    );
    expect(unknownModel.name).toBe('BadRequestException');

    const patched = await s.apigw.send(
      new UpdateMethodCommand({
        restApiId,
        resourceId: predict.id,
        httpMethod: 'POST',
        patchOperations: [
          { op: 'replace', path: '/apiKeyRequired', value: 'true' },
          { op: 'replace', path: '/authorizationType', value: 'NONE' },
          { op: 'remove', path: '/requestModels/application~1json' },
        ],
      }),
    );
    expect(patched).toMatchObject({ apiKeyRequired: true, authorizationType: 'NONE' });
    expect(patched.requestModels).toBeUndefined();

    const response = await s.apigw.send(
      new PutMethodResponseCommand({ restApiId, resourceId: predict.id, httpMethod: 'POST', statusCode: '200', responseModels: { 'application/json': 'Empty' } }),
    );
    expect(response).toEqual(expect.objectContaining({ statusCode: '200', responseModels: { 'application/json': 'Empty' } }));
    const read = await s.apigw.send(new GetMethodResponseCommand({ restApiId, resourceId: predict.id, httpMethod: 'POST', statusCode: '200' }));
    expect(read.statusCode).toBe('200');
    const missing = await apiGatewayError(s.apigw.send(new GetMethodResponseCommand({ restApiId, resourceId: predict.id, httpMethod: 'POST', statusCode: '404' })));
    expect(missing.message).toBe('Invalid Response status code specified');

    const method = await s.apigw.send(new GetMethodCommand({ restApiId, resourceId: predict.id, httpMethod: 'POST' }));
    expect(Object.keys(method.methodResponses ?? {})).toEqual(['200']);
    await s.apigw.send(new DeleteMethodCommand({ restApiId, resourceId: predict.id, httpMethod: 'POST' }));
    const deleted = await apiGatewayError(s.apigw.send(new GetMethodCommand({ restApiId, resourceId: predict.id, httpMethod: 'POST' })));
    expect(deleted.name).toBe('NotFoundException');
    expect(deleted.message).toBe('Invalid Method identifier specified');
  });

  it('sets up an AWS integration to SageMaker Runtime with templates and selection patterns', async () => {
    const predict = await resource(rootId, 'predict');
    const key = { restApiId, resourceId: predict.id, httpMethod: 'POST' };
    await s.apigw.send(new PutMethodCommand({ ...key, authorizationType: 'AWS_IAM' }));

    const badUri = await apiGatewayError(s.apigw.send(new PutIntegrationCommand({ ...key, type: 'AWS', integrationHttpMethod: 'POST', uri: 'sagemaker/churn-prod' })));
    expect(badUri.name).toBe('BadRequestException');
    expect(badUri.message).toBe('AWS ARN for integration must contain path or action');
    const tooSlow = await apiGatewayError(
      s.apigw.send(new PutIntegrationCommand({ ...key, type: 'AWS', integrationHttpMethod: 'POST', uri: RUNTIME_URI, timeoutInMillis: 30_000 })),
    );
    expect(tooSlow.message).toBe('Timeout should be between 50 ms and 29000 ms');

    const integration = await s.apigw.send(
      new PutIntegrationCommand({
        ...key,
        type: 'AWS',
        integrationHttpMethod: 'POST',
        uri: RUNTIME_URI,
        credentials: 'arn:aws:iam::111122223333:role/churn-api-invoke',
        requestTemplates: { 'application/json': "$input.json('$')" },
      }),
    );
    expect(integration).toMatchObject({
      type: 'AWS',
      httpMethod: 'POST',
      uri: RUNTIME_URI,
      passthroughBehavior: 'WHEN_NO_MATCH',
      timeoutInMillis: 29000,
      cacheNamespace: predict.id,
      connectionType: 'INTERNET',
    });

    const noMethodResponse = await apiGatewayError(s.apigw.send(new PutIntegrationResponseCommand({ ...key, statusCode: '400', selectionPattern: '4\\d{2}' })));
    expect(noMethodResponse.name).toBe('NotFoundException');
    await s.apigw.send(new PutMethodResponseCommand({ ...key, statusCode: '400' }));
    await s.apigw.send(
      new PutIntegrationResponseCommand({ ...key, statusCode: '400', selectionPattern: '4\\d{2}', responseTemplates: { 'application/json': '{"message": $input.json(\'$.message\')}' } }),
    );
    const mapped = await s.apigw.send(
      new UpdateIntegrationResponseCommand({ ...key, statusCode: '400', patchOperations: [{ op: 'replace', path: '/selectionPattern', value: '4\\d{2}|Validation.*' }] }),
    );
    expect(mapped.selectionPattern).toBe('4\\d{2}|Validation.*');

    const updated = await s.apigw.send(
      new UpdateIntegrationCommand({
        ...key,
        patchOperations: [
          { op: 'add', path: '/requestTemplates/text~1csv', value: '$input.body' },
          { op: 'replace', path: '/timeoutInMillis', value: '5000' },
          { op: 'replace', path: '/passthroughBehavior', value: 'NEVER' },
        ],
      }),
    );
    expect(updated.requestTemplates).toEqual({ 'application/json': "$input.json('$')", 'text/csv': '$input.body' });
    expect(updated).toMatchObject({ timeoutInMillis: 5000, passthroughBehavior: 'NEVER' });

    const embedded = await s.apigw.send(new GetResourcesCommand({ restApiId, embed: ['methods'] }));
    const listed = embedded.items?.find((item) => item.id === predict.id);
    expect(listed?.resourceMethods?.POST?.methodIntegration?.integrationResponses?.['400']?.selectionPattern).toBe('4\\d{2}|Validation.*');
    const plain = await s.apigw.send(new GetResourcesCommand({ restApiId }));
    expect(plain.items?.find((item) => item.id === predict.id)?.resourceMethods).toEqual({ POST: {} });

    await s.apigw.send(new DeleteIntegrationResponseCommand({ ...key, statusCode: '400' }));
    expect((await apiGatewayError(s.apigw.send(new GetIntegrationResponseCommand({ ...key, statusCode: '400' })))).name).toBe('NotFoundException');
    expect((await s.apigw.send(new GetIntegrationCommand(key))).uri).toBe(RUNTIME_URI);
  });

  it('keeps MOCK integrations free of a backend and refuses an HTTP one without a URL', async () => {
    const key = { restApiId, resourceId: rootId, httpMethod: 'GET' };
    await s.apigw.send(new PutMethodCommand({ ...key, authorizationType: 'NONE' }));
    const mock = await s.apigw.send(new PutIntegrationCommand({ ...key, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    expect(mock.type).toBe('MOCK');
    expect(mock.uri).toBeUndefined();
    const http = await apiGatewayError(s.apigw.send(new PutIntegrationCommand({ ...key, type: 'HTTP', integrationHttpMethod: 'GET', uri: 'not-a-url' })));
    expect(http.message).toBe('Invalid HTTP endpoint specified for URI');
  });
});
