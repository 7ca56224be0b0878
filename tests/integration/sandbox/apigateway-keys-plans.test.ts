import {
  CreateApiKeyCommand,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  DeleteUsagePlanCommand,
  DeleteUsagePlanKeyCommand,
  GetApiKeyCommand,
  GetApiKeysCommand,
  GetTagsCommand,
  GetUsagePlanCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateApiKeyCommand,
  UpdateUsagePlanCommand,
} from '@aws-sdk/client-api-gateway';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiGatewayError, startApiGatewaySandbox, type ApiGatewaySandbox } from './apigateway-control-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

describe('API Gateway API keys, usage plans and tags', () => {
  let s: ApiGatewaySandbox;
  let restApiId: string;
  beforeEach(async () => {
    s = await startApiGatewaySandbox();
    const api = await s.apigw.send(new CreateRestApiCommand({ name: 'scoring' }));
    restApiId = api.id as string;
    const key = { restApiId, resourceId: api.rootResourceId, httpMethod: 'GET' };
    await s.apigw.send(new PutMethodCommand({ ...key, authorizationType: 'NONE', apiKeyRequired: true }));
    await s.apigw.send(new PutIntegrationCommand({ ...key, type: 'MOCK' }));
    await s.apigw.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod' }));
  });
  afterEach(async () => {
    await s.stop();
  });

  it('shows a key value only when asked for, and filters keys by name and customer', async () => {
    const created = await s.apigw.send(new CreateApiKeyCommand({ name: 'partner-a', customerId: 'acme', enabled: true }));
    expect(created.id).toMatch(/^[a-z0-9]{10}$/);
    expect(created.value).toMatch(/^[A-Za-z0-9]{40}$/);
    await s.apigw.send(new CreateApiKeyCommand({ name: 'internal', value: 'internal-key-value-0123456789' }));

    const hidden = await s.apigw.send(new GetApiKeyCommand({ apiKey: created.id }));
    expect(hidden.value).toBeUndefined();
    expect(hidden).toMatchObject({ name: 'partner-a', customerId: 'acme', enabled: true });
    expect((await s.apigw.send(new GetApiKeyCommand({ apiKey: created.id, includeValue: true }))).value).toBe(created.value);

    const partners = await s.apigw.send(new GetApiKeysCommand({ nameQuery: 'partner', includeValues: true }));
    expect(partners.items?.map((key) => [key.name, key.value])).toEqual([['partner-a', created.value]]);
    const internal = (await s.apigw.send(new GetApiKeysCommand({}))).items?.find((key) => key.name === 'internal');
    expect(internal).toMatchObject({ enabled: false });
    expect(internal?.value).toBeUndefined();
    expect((await s.apigw.send(new GetApiKeysCommand({ customerId: 'acme' }))).items).toHaveLength(1);

    const tooShort = await apiGatewayError(s.apigw.send(new CreateApiKeyCommand({ name: 'short', value: 'abc' })));
    expect(tooShort.name).toBe('BadRequestException');
    const disabled = await s.apigw.send(new UpdateApiKeyCommand({ apiKey: created.id, patchOperations: [{ op: 'replace', path: '/enabled', value: 'false' }] }));
    expect(disabled.enabled).toBe(false);
    await s.apigw.send(new DeleteApiKeyCommand({ apiKey: created.id }));
    const gone = await apiGatewayError(s.apigw.send(new GetApiKeyCommand({ apiKey: created.id })));
    expect(gone.name).toBe('NotFoundException');
    expect(gone.message).toBe('Invalid API Key identifier specified');
  });

  it('builds a usage plan over a stage with throttle and quota, attaches keys and refuses a key reaching a stage twice', async () => {
    const plan = await s.apigw.send(
      new CreateUsagePlanCommand({
        name: 'partners',
        apiStages: [{ apiId: restApiId, stage: 'prod' }],
        throttle: { rateLimit: 10, burstLimit: 20 },
        quota: { limit: 1000, period: 'DAY' },
      }),
    );
    expect(plan.id).toMatch(/^[a-z0-9]{6}$/);
    expect(plan).toMatchObject({ name: 'partners', apiStages: [{ apiId: restApiId, stage: 'prod' }], throttle: { rateLimit: 10, burstLimit: 20 }, quota: { limit: 1000, offset: 0, period: 'DAY' } });

    const unknownStage = await apiGatewayError(s.apigw.send(new CreateUsagePlanCommand({ name: 'bad', apiStages: [{ apiId: restApiId, stage: 'dev' }] })));
    expect(unknownStage.name).toBe('BadRequestException');
    const badOffset = await apiGatewayError(s.apigw.send(new CreateUsagePlanCommand({ name: 'bad', quota: { limit: 5, offset: 9, period: 'WEEK' } })));
    expect(badOffset.name).toBe('BadRequestException');

    const patched = await s.apigw.send(
      new UpdateUsagePlanCommand({
        usagePlanId: plan.id,
        patchOperations: [
          { op: 'replace', path: '/throttle/rateLimit', value: '5' },
          { op: 'replace', path: '/quota/period', value: 'MONTH' },
          { op: 'replace', path: '/quota/offset', value: '3' },
          { op: 'replace', path: '/description', value: 'Paying partners' },
        ],
      }),
    );
    expect(patched).toMatchObject({ throttle: { rateLimit: 5, burstLimit: 20 }, quota: { limit: 1000, offset: 3, period: 'MONTH' }, description: 'Paying partners' });

    const key = await s.apigw.send(new CreateApiKeyCommand({ name: 'partner-a', enabled: true }));
    const planKey = await s.apigw.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: 'API_KEY' }));
    expect(planKey).toEqual(expect.objectContaining({ id: key.id, type: 'API_KEY', name: 'partner-a', value: key.value }));
    expect((await s.apigw.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }))).items?.map((item) => item.id)).toEqual([key.id]);
    expect((await s.apigw.send(new GetUsagePlansCommand({ keyId: key.id }))).items?.map((item) => item.name)).toEqual(['partners']);

    const other = await s.apigw.send(new CreateUsagePlanCommand({ name: 'others', apiStages: [{ apiId: restApiId, stage: 'prod' }] }));
    const twice = await apiGatewayError(s.apigw.send(new CreateUsagePlanKeyCommand({ usagePlanId: other.id, keyId: key.id, keyType: 'API_KEY' })));
    expect(twice.name).toBe('ConflictException');
    expect(twice.message).toBe(`Usage Plan ${other.id} cannot be added because API Key ${key.id} cannot reference multiple Usage Plans with the same API Stage: ${restApiId}:prod`);

    const removed = await s.apigw.send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: 'remove', path: '/apiStages', value: `${restApiId}:prod` }] }));
    expect(removed.apiStages).toBeUndefined();
    await s.apigw.send(new DeleteUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id }));
    expect((await s.apigw.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }))).items).toEqual([]);
    await s.apigw.send(new DeleteUsagePlanCommand({ usagePlanId: plan.id }));
    const gone = await apiGatewayError(s.apigw.send(new GetUsagePlanCommand({ usagePlanId: plan.id })));
    expect(gone.name).toBe('NotFoundException');
  });

  it('tags an API and its stage by ARN, untags, and refuses reserved keys and unknown ARNs', async () => {
    const apiArn = `arn:aws:apigateway:us-east-1::/restapis/${restApiId}`;
    const stageArn = `${apiArn}/stages/prod`;
    await s.apigw.send(new TagResourceCommand({ resourceArn: apiArn, tags: { team: 'mlops', 'sagedeck:endpoint': 'churn-prod' } }));
    await s.apigw.send(new TagResourceCommand({ resourceArn: stageArn, tags: { tier: 'production' } }));
    expect((await s.apigw.send(new GetTagsCommand({ resourceArn: apiArn }))).tags).toEqual({ team: 'mlops', 'sagedeck:endpoint': 'churn-prod' });
    expect((await s.apigw.send(new GetTagsCommand({ resourceArn: stageArn }))).tags).toEqual({ tier: 'production' });

    await s.apigw.send(new UntagResourceCommand({ resourceArn: apiArn, tagKeys: ['team'] }));
    expect((await s.apigw.send(new GetTagsCommand({ resourceArn: apiArn }))).tags).toEqual({ 'sagedeck:endpoint': 'churn-prod' });

    const reserved = await apiGatewayError(s.apigw.send(new TagResourceCommand({ resourceArn: apiArn, tags: { 'aws:owner': 'me' } })));
    expect(reserved.name).toBe('BadRequestException');
    const unknownApi = await apiGatewayError(s.apigw.send(new GetTagsCommand({ resourceArn: 'arn:aws:apigateway:us-east-1::/restapis/abcdefghij' })));
    expect(unknownApi.name).toBe('NotFoundException');
    const unknownStage = await apiGatewayError(s.apigw.send(new GetTagsCommand({ resourceArn: `${apiArn}/stages/dev` })));
    expect(unknownStage.name).toBe('NotFoundException');
    const malformed = await apiGatewayError(s.apigw.send(new GetTagsCommand({ resourceArn: 'arn:aws:s3:::bucket' })));
    expect(malformed.name).toBe('BadRequestException');
  });
});
