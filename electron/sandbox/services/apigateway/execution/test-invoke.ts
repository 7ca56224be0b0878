import { AwsError, type Clock, type SandboxBus, type Where } from '../../../types';
import type { DeployedApi, RestApiRecord } from '../model';
import { executeMethod } from './execute-method';
import { matchPath } from './resource-match';
import './seams';

export interface TestInvokeMethodInput {
  resourceId: string;
  httpMethod: string;
  pathWithQueryString?: string;
  body?: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  stageVariables?: Record<string, string>;
}

export interface TestInvokeMethodOutput {
  status: number;
  body: string;
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  latency: number;
  log: string;
}

/** The API as it is now: TestInvokeMethod runs the current definition, not a deployment. */
function currentApi(restApi: RestApiRecord): DeployedApi {
  return {
    restApiId: restApi.id,
    name: restApi.name,
    apiKeySource: restApi.apiKeySource,
    binaryMediaTypes: restApi.binaryMediaTypes,
    disableExecuteApiEndpoint: restApi.disableExecuteApiEndpoint,
    resources: restApi.resources,
    models: restApi.models,
    requestValidators: restApi.requestValidators,
    gatewayResponses: restApi.gatewayResponses,
  };
}

/**
 * TestInvokeMethod: the real validation, mapping and integration of one method of the current API
 * (no authorization, API keys or throttling, as AWS's test skips them), answered with AWS's
 * execution log text.
 */
export async function testInvokeMethod(env: { clock: Clock; bus: SandboxBus }, where: Where, restApi: RestApiRecord, input: TestInvokeMethodInput, requestId: string): Promise<TestInvokeMethodOutput> {
  const resource = restApi.resources[input.resourceId];
  if (!resource) throw new AwsError('NotFoundException', 'Invalid Resource identifier specified', 404);
  const method = resource.resourceMethods[input.httpMethod.toUpperCase()];
  if (!method) throw new AwsError('NotFoundException', 'Invalid Method identifier specified', 404);
  const url = new URL(input.pathWithQueryString ?? resource.path, 'https://test-invoke.invalid');
  const headers: Record<string, string> = { ...(input.headers ?? {}) };
  for (const [name, values] of Object.entries(input.multiValueHeaders ?? {})) headers[name] = values.join(',');
  const started = performance.now();
  const outcome = await executeMethod(
    { now: () => env.clock.now(), invoke: env.bus.invokeOperation },
    {
      where,
      api: currentApi(restApi),
      stageName: 'test-invoke-stage',
      stageVariables: input.stageVariables ?? {},
      resource,
      method,
      pathParams: matchPath(resource.path, url.pathname) ?? {},
    },
    {
      httpMethod: input.httpMethod,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: input.body ?? '',
      requestId,
      sourceIp: 'test-invoke-source-ip',
      identity: { caller: 'test-invoke-caller', user: 'test-invoke-user', userArn: 'test-invoke-user-arn', accountId: where.accountId, apiKey: 'test-invoke-api-key', apiKeyId: 'test-invoke-api-key-id' },
    },
  );
  // TestInvokeMethod shows header names as AWS spells them.
  const spelling: Record<string, string> = { 'content-type': 'Content-Type', 'x-amzn-errortype': 'x-amzn-ErrorType' };
  const responseHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(outcome.headers)) responseHeaders[spelling[name] ?? name] = value;
  return {
    status: outcome.status,
    body: outcome.body,
    headers: responseHeaders,
    multiValueHeaders: Object.fromEntries(Object.entries(responseHeaders).map(([name, value]) => [name, [value]])),
    latency: Math.round(performance.now() - started),
    log: outcome.log.testInvokeText(requestId),
  };
}
