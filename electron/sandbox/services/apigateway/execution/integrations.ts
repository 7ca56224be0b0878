import type { IntegrationRecord } from '../model';
import type { OperationInvoker } from './seams';

export interface IntegrationCall {
  integration: IntegrationRecord;
  /** The endpoint request URI as API Gateway logs it. */
  uri: string;
  body: string;
  headers: Record<string, string>;
  region: string;
  accountId: string;
  requestId: string;
}

export interface IntegrationAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A problem of the API's configuration (not of the backend): API Gateway answers 500. */
export class IntegrationConfigError extends Error {}
/** The backend could not be reached or did not answer in time. */
export class IntegrationUnreachable extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
  }
}

const AWS_URI = /^arn:aws:apigateway:([^:]+):([^:]+):(path|action)\/(.*)$/;

/** `arn:aws:apigateway:us-east-1:runtime.sagemaker:path//endpoints/x/invocations` → host and path. */
export function awsTarget(uri: string): { region: string; service: string; url: string; path: string } {
  const match = AWS_URI.exec(uri);
  if (!match) throw new IntegrationConfigError(`Invalid AWS integration URI: ${uri}`);
  const [, region = '', subdomainService = '', kind, rest = ''] = match;
  if (kind === 'action') throw new IntegrationConfigError(`AWS integrations by action (${rest}) are not emulated by the sandbox`);
  const path = rest.startsWith('/') ? rest : `/${rest}`;
  return { region, service: subdomainService, url: `https://${subdomainService}.${region}.amazonaws.com${path}`, path };
}

const INVOCATIONS = /^\/endpoints\/([^/]+)\/invocations$/;

/** AWS integration: only SageMaker Runtime InvokeEndpoint is served, in process through the bus. */
export async function callAwsIntegration(call: IntegrationCall, invoke: OperationInvoker | undefined): Promise<IntegrationAnswer> {
  const target = awsTarget(call.uri);
  const endpoint = INVOCATIONS.exec(target.path);
  if (target.service !== 'runtime.sagemaker' || !endpoint) throw new IntegrationConfigError(`The sandbox serves AWS integrations to SageMaker Runtime InvokeEndpoint only, not ${target.url}`);
  if (!invoke) throw new IntegrationConfigError('SageMaker Runtime is not available in this sandbox');
  const answer = await invoke(
    {
      signingName: 'sagemaker',
      method: call.integration.httpMethod ?? 'POST',
      path: target.path,
      operation: 'InvokeEndpoint',
      input: {
        EndpointName: decodeURIComponent(endpoint[1] ?? ''),
        Body: Buffer.from(call.body, 'utf8'),
        ContentType: call.headers['Content-Type'] ?? 'application/json',
        Accept: call.headers.Accept ?? 'application/json',
      },
    },
    {
      region: target.region,
      accountId: call.accountId,
      // API Gateway calls with the integration's role (credentials); the sandbox has no IAM to check it against.
      caller: { accessKeyId: '', accountId: call.accountId, arn: call.integration.credentials ?? `arn:aws:iam::${call.accountId}:role/apigateway`, userId: 'apigateway' },
      requestId: call.requestId,
    },
  );
  return { status: answer.status, headers: answer.headers, body: answer.body.toString('utf8') };
}

/** HTTP integration: a real request to the URI. */
export async function callHttpIntegration(call: IntegrationCall): Promise<IntegrationAnswer> {
  const method = (call.integration.httpMethod ?? 'GET').toUpperCase();
  try {
    const response = await fetch(call.uri, {
      method,
      headers: call.headers,
      body: method === 'GET' || method === 'HEAD' ? undefined : call.body,
      signal: AbortSignal.timeout(call.integration.timeoutInMillis),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    return { status: response.status, headers, body: await response.text() };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new IntegrationUnreachable(error instanceof Error ? error.message : String(error), timedOut);
  }
}

/** MOCK: the mapped request names the status (`{"statusCode": 200}`); there is no backend body. */
export function callMockIntegration(call: IntegrationCall): IntegrationAnswer {
  let status = 200;
  try {
    const parsed = JSON.parse(call.body) as unknown;
    if (typeof parsed === 'object' && parsed !== null && 'statusCode' in parsed) status = Number((parsed as { statusCode: unknown }).statusCode);
  } catch {
    throw new IntegrationConfigError('The MOCK integration request template must produce JSON with a statusCode');
  }
  if (!Number.isInteger(status)) throw new IntegrationConfigError('The MOCK integration statusCode is not a number');
  return { status, headers: {}, body: '' };
}
