import { GetResourceCommand, TestInvokeMethodCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { TestInvokeResult } from '../../../../shared/domain/apis';

export interface TestInvokeInput {
  apiId: string;
  resourceId: string;
  httpMethod: string;
  body: string;
  headers?: Record<string, string> | undefined;
}

/** Headers a JSON body needs when the panel sent none: API Gateway picks the request template by Content-Type. */
export function withContentType(headers: Record<string, string> | undefined, body: string): Record<string, string> {
  const given = { ...(headers ?? {}) };
  const named = Object.keys(given).some((name) => name.toLowerCase() === 'content-type');
  return named || body === '' ? given : { ...given, 'Content-Type': 'application/json' };
}

/**
 * TestInvokeMethod on the method as it is now (no deployment needed): the resource's path from
 * GetResource, so path parameters and the execution log name the real path.
 */
export async function testInvoke(client: APIGatewayClient, input: TestInvokeInput, signal: AbortSignal): Promise<TestInvokeResult> {
  const opts = { abortSignal: signal };
  const resource = await client.send(new GetResourceCommand({ restApiId: input.apiId, resourceId: input.resourceId }), opts);
  const answer = await client.send(
    new TestInvokeMethodCommand({
      restApiId: input.apiId,
      resourceId: input.resourceId,
      httpMethod: input.httpMethod,
      pathWithQueryString: resource.path ?? '/',
      body: input.body,
      headers: withContentType(input.headers, input.body),
    }),
    opts,
  );
  return {
    status: answer.status ?? 0,
    body: answer.body ?? '',
    headers: { ...(answer.headers ?? {}) },
    latencyMs: answer.latency ?? 0,
    log: answer.log ?? '',
  };
}
