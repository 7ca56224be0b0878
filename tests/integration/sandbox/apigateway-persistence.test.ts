import {
  CreateApiKeyCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  GetApiKeyCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  GetStageCommand,
  GetUsagePlanKeysCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startApiGatewaySandbox, type ApiGatewaySandbox } from './apigateway-control-harness';
import { control, tempDir } from './support';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(dataDir: string): Promise<ApiGatewaySandbox> {
  const s = await startApiGatewaySandbox({ dataDir });
  cleanups.push(() => s.stop());
  return s;
}

describe('API Gateway persistence and reset', () => {
  it('keeps APIs, stages, keys and usage plans across a restart with a data dir', async () => {
    const dataDir = tempDir('sagedeck-apigateway-data-');
    cleanups.push(() => dataDir.remove());
    const first = await start(dataDir.path);
    const api = await first.apigw.send(new CreateRestApiCommand({ name: 'scoring' }));
    const predict = await first.apigw.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: 'predict' }));
    const method = { restApiId: api.id, resourceId: predict.id, httpMethod: 'POST' };
    await first.apigw.send(new PutMethodCommand({ ...method, authorizationType: 'NONE', apiKeyRequired: true }));
    await first.apigw.send(new PutIntegrationCommand({ ...method, type: 'MOCK' }));
    const deployment = await first.apigw.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'prod' }));
    await first.apigw.send(new UpdateStageCommand({ restApiId: api.id, stageName: 'prod', patchOperations: [{ op: 'replace', path: '/*/*/throttling/rateLimit', value: '7' }] }));
    const key = await first.apigw.send(new CreateApiKeyCommand({ name: 'partner', enabled: true }));
    const plan = await first.apigw.send(new CreateUsagePlanCommand({ name: 'partners', apiStages: [{ apiId: api.id, stage: 'prod' }] }));
    await first.apigw.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: 'API_KEY' }));
    await first.stop();
    cleanups.pop();

    const second = await start(dataDir.path);
    expect((await second.apigw.send(new GetRestApisCommand({}))).items?.map((item) => item.id)).toEqual([api.id]);
    const resources = await second.apigw.send(new GetResourcesCommand({ restApiId: api.id, embed: ['methods'] }));
    expect(resources.items?.find((item) => item.path === '/predict')?.resourceMethods?.POST).toMatchObject({ apiKeyRequired: true, methodIntegration: { type: 'MOCK' } });
    const stage = await second.apigw.send(new GetStageCommand({ restApiId: api.id, stageName: 'prod' }));
    expect(stage.deploymentId).toBe(deployment.id);
    expect(stage.methodSettings?.['*/*']?.throttlingRateLimit).toBe(7);
    expect((await second.apigw.send(new GetApiKeyCommand({ apiKey: key.id, includeValue: true }))).value).toBe(key.value);
    expect((await second.apigw.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }))).items?.map((item) => item.id)).toEqual([key.id]);
  });

  it('drops everything on the control API reset', async () => {
    const dataDir = tempDir('sagedeck-apigateway-reset-');
    cleanups.push(() => dataDir.remove());
    const s = await start(dataDir.path);
    await s.apigw.send(new CreateRestApiCommand({ name: 'scoring' }));
    await control(s.env.sandbox.endpoint, 'POST', 'reset');
    expect((await s.apigw.send(new GetRestApisCommand({}))).items).toEqual([]);
  });
});
