import { APIGatewayClient, GetResourcesCommand, GetRestApisCommand, TestInvokeMethodCommand } from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAwsCli, startTestSandbox, type TestSandbox } from './support';

let env: TestSandbox;
let apigw: APIGatewayClient;
let restApiId: string;
let predictId: string;

beforeAll(async () => {
  env = await startTestSandbox({ seed: 'demo' });
  apigw = new APIGatewayClient({ ...env.config, maxAttempts: 1 });
  const apis = await apigw.send(new GetRestApisCommand({}));
  restApiId = apis.items?.find((api) => api.name === 'churn-api')?.id ?? '';
  const resources = await apigw.send(new GetResourcesCommand({ restApiId }));
  predictId = resources.items?.find((resource) => resource.path === '/predict')?.id ?? '';
}, 60_000);

afterAll(async () => {
  apigw?.destroy();
  await env?.stop();
});

describe('TestInvokeMethod on the demo churn-api', () => {
  it('runs the real validation, mapping and churn-prod invocation and returns the execution log', async () => {
    const body = JSON.stringify({ instances: [[0.3, 4, 12]] });
    const result = await apigw.send(new TestInvokeMethodCommand({ restApiId, resourceId: predictId, httpMethod: 'POST', pathWithQueryString: '/predict', body, headers: { 'Content-Type': 'application/json' } }));
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body ?? '{}').predictions).toHaveLength(1);
    expect(result.headers?.['Content-Type']).toBe('application/json');
    expect(result.latency).toBeGreaterThanOrEqual(0);
    const log = result.log ?? '';
    const lines = log.trim().split('\n');
    expect(lines[0]).toMatch(/^Execution log for request [0-9a-f-]{36}$/);
    const stamp = String.raw`[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4} : `;
    expect(lines[1]).toMatch(new RegExp(`^${stamp}Starting execution for request: `));
    expect(log).toContain('HTTP Method: POST, Resource Path: /predict');
    expect(log).toContain(`Method request body before transformations: ${body}`);
    expect(log).toContain('Endpoint request URI: https://runtime.sagemaker.us-east-1.amazonaws.com/endpoints/churn-prod/invocations');
    expect(log).toContain(`Endpoint request body after transformations: ${body}`);
    expect(log).toMatch(/Received response\. Status: 200, Integration latency: \d+ ms/);
    expect(lines[lines.length - 1]).toMatch(new RegExp(`^${stamp}Method completed with status: 200$`));
  });

  it('shows the validation failure for an invalid payload', async () => {
    const result = await apigw.send(new TestInvokeMethodCommand({ restApiId, resourceId: predictId, httpMethod: 'POST', body: '{"instances": "nope"}' }));
    expect(result.status).toBe(400);
    expect(result.body).toBe('{"message": "[instance type (string) does not match any allowed primitive type (allowed: ["array"])]"}');
    expect(result.headers?.['x-amzn-ErrorType']).toBe('BadRequestException');
    expect(result.log).toContain('Request body does not match model schema for content type application/json: [instance type (string) does not match any allowed primitive type (allowed: ["array"])]');
    expect(result.log).toContain('Method completed with status: 400');
    expect(result.log).not.toContain('Endpoint request URI');
  });

  it('answers the AWS CLI as it answers the SDK', async () => {
    const result = await runAwsCli(
      ['apigateway', 'test-invoke-method', '--rest-api-id', restApiId, '--resource-id', predictId, '--http-method', 'POST', '--body', '{"instances": [[1, 2, 3]]}'],
      { endpoint: env.sandbox.endpoint, ...env.sandbox.credentials },
    );
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as { status: number; body: string; log: string };
    expect(output.status).toBe(200);
    expect(JSON.parse(output.body).predictions).toHaveLength(1);
    expect(output.log).toContain('Method completed with status: 200');
  });
});
