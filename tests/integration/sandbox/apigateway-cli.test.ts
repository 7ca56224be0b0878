import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApiGatewaySandbox, type ApiGatewaySandbox } from './apigateway-control-harness';
import { runAwsCli } from './support';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

type Json = Record<string, unknown>;

describe('the Debian AWS CLI drives API Gateway', () => {
  let s: ApiGatewaySandbox;
  beforeEach(async () => {
    s = await startApiGatewaySandbox({ seed: 'demo' });
  });
  afterEach(async () => {
    await s.stop();
  });

  it('reads the demo churn-api: APIs, resources with methods, stage', async () => {
    const apis = await s.aws('get-rest-apis');
    const [api] = apis.items as Json[];
    expect(api).toMatchObject({ name: 'churn-api', description: 'Churn scoring API in front of churn-prod', tags: { team: 'mlops', 'sagedeck:endpoint': 'churn-prod' } });
    const restApiId = String(api?.id);

    const resources = await s.aws('get-resources', '--rest-api-id', restApiId, '--embed', 'methods');
    const predict = (resources.items as Json[]).find((item) => item.path === '/predict') as { id: string; resourceMethods: { POST: Json } };
    expect(predict.resourceMethods.POST).toMatchObject({ authorizationType: 'AWS_IAM', requestModels: { 'application/json': 'ChurnPayload' } });
    expect(predict.resourceMethods.POST.methodIntegration).toMatchObject({ type: 'AWS', uri: 'arn:aws:apigateway:us-east-1:runtime.sagemaker:path//endpoints/churn-prod/invocations' });

    const stage = await s.aws('get-stage', '--rest-api-id', restApiId, '--stage-name', 'prod');
    expect(stage).toMatchObject({ stageName: 'prod', variables: { endpointName: 'churn-prod' }, methodSettings: { '*/*': { throttlingRateLimit: 100, throttlingBurstLimit: 50, loggingLevel: 'INFO' } } });
    const integration = await s.aws('get-integration', '--rest-api-id', restApiId, '--resource-id', predict.id, '--http-method', 'POST');
    expect(integration.requestTemplates).toEqual({ 'application/json': "$input.json('$')" });
  });

  // Fourteen CLI runs, each a Python start-up of about a second: twice the suite's minute on a busy machine.
  it('builds, deploys and patches an API the way a user types it', { timeout: 120_000 }, async () => {
    const api = await s.aws('create-rest-api', '--name', 'cli-api', '--endpoint-configuration', 'types=REGIONAL');
    const restApiId = String(api.id);
    // This CLI's model predates rootResourceId in the answer; the root is the resource at `/`.
    const root = ((await s.aws('get-resources', '--rest-api-id', restApiId)).items as Json[])[0];
    expect(root?.path).toBe('/');
    const resource = await s.aws('create-resource', '--rest-api-id', restApiId, '--parent-id', String(root?.id), '--path-part', 'score');
    const method = ['--rest-api-id', restApiId, '--resource-id', String(resource.id), '--http-method', 'POST'];
    await s.aws('put-method', ...method, '--authorization-type', 'NONE', '--api-key-required');
    await s.aws('put-integration', ...method, '--type', 'MOCK', '--request-templates', '{"application/json":"{\\"statusCode\\": 200}"}');
    await s.aws('put-method-response', ...method, '--status-code', '200');
    const mapped = await s.aws('put-integration-response', ...method, '--status-code', '200', '--selection-pattern', '');
    expect(mapped.statusCode).toBe('200');

    const deployment = await s.aws('create-deployment', '--rest-api-id', restApiId, '--stage-name', 'dev', '--description', 'first');
    expect(deployment.id).toMatch(/^[a-z0-9]{6}$/);
    const patched = await s.aws(
      'update-stage',
      '--rest-api-id',
      restApiId,
      '--stage-name',
      'dev',
      '--patch-operations',
      'op=replace,path=/*/*/throttling/rateLimit,value=25',
      'op=replace,path=/variables/endpointName,value=churn-prod',
    );
    expect(patched).toMatchObject({ deploymentId: deployment.id, variables: { endpointName: 'churn-prod' }, methodSettings: { '*/*': { throttlingRateLimit: 25 } } });

    const key = await s.aws('create-api-key', '--name', 'cli-key', '--enabled');
    const plan = await s.aws('create-usage-plan', '--name', 'cli-plan', '--api-stages', `apiId=${restApiId},stage=dev`, '--throttle', 'rateLimit=5,burstLimit=10');
    await s.aws('create-usage-plan-key', '--usage-plan-id', String(plan.id), '--key-id', String(key.id), '--key-type', 'API_KEY');
    const keys = await s.aws('get-usage-plan-keys', '--usage-plan-id', String(plan.id));
    expect(keys.items).toEqual([expect.objectContaining({ id: key.id, type: 'API_KEY', name: 'cli-key' })]);
    const listed = await s.aws('get-api-keys', '--include-values');
    expect((listed.items as Json[]).map((item) => item.value)).toEqual([key.value]);
  });

  it("prints AWS's error for a missing API", async () => {
    const result = await runAwsCli(['apigateway', 'get-rest-api', '--rest-api-id', 'abcdefghij'], { endpoint: s.env.sandbox.endpoint, ...s.env.sandbox.credentials });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/An error occurred \(NotFoundException\) when calling the GetRestApi operation.*: Invalid API identifier specified 111122223333:abcdefghij/);
  });
});
