import {
  CreateRestApiCommand,
  DeleteRestApiCommand,
  GetModelsCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  UpdateRestApiCommand,
} from '@aws-sdk/client-api-gateway';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiGatewayError, startApiGatewaySandbox, type ApiGatewaySandbox } from './apigateway-control-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

describe('API Gateway REST APIs', () => {
  let s: ApiGatewaySandbox;
  beforeEach(async () => {
    s = await startApiGatewaySandbox();
  });
  afterEach(async () => {
    await s.stop();
  });

  it('creates an API shaped as AWS does: a 10-character id, a root resource and the Empty and Error models', async () => {
    const created = await s.apigw.send(new CreateRestApiCommand({ name: 'scoring', description: 'Scores customers', tags: { team: 'mlops' } }));
    expect(created.id).toMatch(/^[a-z0-9]{10}$/);
    expect(created).toMatchObject({
      name: 'scoring',
      description: 'Scores customers',
      apiKeySource: 'HEADER',
      endpointConfiguration: { types: ['EDGE'] },
      disableExecuteApiEndpoint: false,
      tags: { team: 'mlops' },
    });
    expect(created.createdDate).toBeInstanceOf(Date);

    const resources = await s.apigw.send(new GetResourcesCommand({ restApiId: created.id }));
    expect(resources.items).toEqual([{ id: created.rootResourceId, path: '/' }]);
    const models = await s.apigw.send(new GetModelsCommand({ restApiId: created.id }));
    expect(models.items?.map((model) => model.name)).toEqual(['Empty', 'Error']);
    expect(JSON.parse(models.items?.[1]?.schema ?? '{}')).toMatchObject({ title: 'Error Schema', properties: { message: { type: 'string' } } });

    const read = await s.apigw.send(new GetRestApiCommand({ restApiId: created.id }));
    expect(read).toMatchObject({ id: created.id, name: 'scoring', rootResourceId: created.rootResourceId });
  });

  it('pages GetRestApis with position and limit, and refuses a limit over 500', async () => {
    for (const name of ['a', 'b', 'c']) await s.apigw.send(new CreateRestApiCommand({ name }));
    const first = await s.apigw.send(new GetRestApisCommand({ limit: 2 }));
    expect(first.items?.map((api) => api.name)).toEqual(['a', 'b']);
    expect(first.position).toBeTruthy();
    const second = await s.apigw.send(new GetRestApisCommand({ limit: 2, position: first.position }));
    expect(second.items?.map((api) => api.name)).toEqual(['c']);
    expect(second.position).toBeUndefined();

    const error = await apiGatewayError(s.apigw.send(new GetRestApisCommand({ limit: 501 })));
    expect(error.name).toBe('BadRequestException');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('applies patch operations all or nothing, naming the paths an op accepts', async () => {
    const { id } = await s.apigw.send(new CreateRestApiCommand({ name: 'scoring', endpointConfiguration: { types: ['REGIONAL'] } }));
    const updated = await s.apigw.send(
      new UpdateRestApiCommand({
        restApiId: id,
        patchOperations: [
          { op: 'replace', path: '/name', value: 'scoring-v2' },
          { op: 'replace', path: '/description', value: 'Second cut' },
          { op: 'add', path: '/binaryMediaTypes/image~1png' },
          { op: 'replace', path: '/minimumCompressionSize', value: '1024' },
          { op: 'replace', path: '/endpointConfiguration/types/REGIONAL', value: 'EDGE' },
        ],
      }),
    );
    expect(updated).toMatchObject({
      name: 'scoring-v2',
      description: 'Second cut',
      binaryMediaTypes: ['image/png'],
      minimumCompressionSize: 1024,
      endpointConfiguration: { types: ['EDGE'] },
    });

    const error = await apiGatewayError(
      s.apigw.send(
        new UpdateRestApiCommand({
          restApiId: id,
          patchOperations: [
            { op: 'replace', path: '/name', value: 'never-applied' },
            { op: 'replace', path: '/id', value: 'x' },
          ],
        }),
      ),
    );
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toMatch(/^Invalid patch path {2}'\/id' specified for op 'replace'\. Must be one of: \[.*\/name.*\]$/);
    expect((await s.apigw.send(new GetRestApiCommand({ restApiId: id }))).name).toBe('scoring-v2');
  });

  it("answers NotFoundException 404 with AWS's wording once an API is deleted", async () => {
    const { id } = await s.apigw.send(new CreateRestApiCommand({ name: 'short-lived' }));
    await s.apigw.send(new DeleteRestApiCommand({ restApiId: id }));
    const error = await apiGatewayError(s.apigw.send(new GetRestApiCommand({ restApiId: id })));
    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.message).toBe(`Invalid API identifier specified 111122223333:${id}`);
    expect((await s.apigw.send(new GetRestApisCommand({}))).items).toEqual([]);
  });

  it('refuses an API without a name and an unknown endpoint type', async () => {
    expect((await apiGatewayError(s.apigw.send(new CreateRestApiCommand({ name: '' })))).name).toBe('BadRequestException');
    const error = await apiGatewayError(s.apigw.send(new CreateRestApiCommand({ name: 'x', endpointConfiguration: { types: ['GLOBAL' as 'EDGE'] } })));
    expect(error.name).toBe('BadRequestException');
  });
});
