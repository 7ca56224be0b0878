import { GetApiKeyCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { InvokeUrlResult } from '../../../../shared/domain/apis';
import { SageDeckError } from '../../../../shared/errors';
import type { NetworkSettings } from '../../aws/network/request-handler';
import { deployedMethodAuth } from './deployed-method';
import { sendThroughNetwork, type PlainResponse } from '../../aws/network/send-request';
import { resourceUrl, stageInvokeUrl, type InvokeTarget } from './invoke-urls';
import { signForExecuteApi } from './sign-request';
import { withContentType } from './test-invoke';

/** API Gateway ends an integration after 29 s; waiting longer for the invoke URL shows nothing more. */
export const INVOKE_TIMEOUT_MS = 29_000;
/** Response headers worth showing: the type, API Gateway's ids and error type, throttling hints. */
const SHOWN_HEADERS = ['content-type', 'content-length', 'x-amzn-requestid', 'x-amz-apigw-id', 'x-amzn-errortype', 'x-amzn-trace-id', 'retry-after'];

export interface InvokeUrlInput {
  apiId: string;
  stageName: string;
  path: string;
  httpMethod: string;
  body: string;
  headers?: Record<string, string> | undefined;
  apiKeyId?: string | undefined;
}

export interface InvokeUrlDeps {
  client: APIGatewayClient;
  target: InvokeTarget;
  credentials: AwsCredentialIdentityProvider;
  /** The session's proxies and CA bundle; undefined connects directly (the embedded sandbox). */
  network?: NetworkSettings | undefined;
  signal: AbortSignal;
}

async function apiKeyValue(client: APIGatewayClient, apiKeyId: string, signal: AbortSignal): Promise<string> {
  const key = await client.send(new GetApiKeyCommand({ apiKey: apiKeyId, includeValue: true }), { abortSignal: signal });
  if (!key.value) throw new SageDeckError({ code: 'ApiKeyUnreadable', message: `API Gateway did not return the value of key ${apiKeyId}: the role may not read key values (apigateway:GET on /apikeys). Use another key or role.`, retryable: false });
  return key.value;
}

/**
 * A real call to the stage's invoke URL, as a client of the API makes it: signed with SigV4 when
 * the deployed method needs IAM, with the key's value in `x-api-key` when it needs an API key
 * (read here, never sent to the renderer), ended after 29 s.
 */
export async function invokeUrl(deps: InvokeUrlDeps, input: InvokeUrlInput): Promise<InvokeUrlResult> {
  const auth = await deployedMethodAuth(deps.client, input.apiId, input.stageName, input.httpMethod, input.path, deps.signal);
  const url = resourceUrl(stageInvokeUrl(deps.target, input.apiId, input.stageName), input.path);
  let headers = withContentType(input.headers, input.body);
  const usedApiKey = auth.apiKeyRequired && input.apiKeyId !== undefined;
  if (usedApiKey && input.apiKeyId) headers = { ...headers, 'x-api-key': await apiKeyValue(deps.client, input.apiKeyId, deps.signal) };
  const signed = auth.authorizationType === 'AWS_IAM';
  if (signed) headers = await signForExecuteApi({ url, method: input.httpMethod, headers, body: input.body }, deps.target.region, deps.credentials);

  const timeout = AbortSignal.timeout(INVOKE_TIMEOUT_MS);
  const started = performance.now();
  let response: PlainResponse;
  try {
    const sent = { url, method: input.httpMethod, headers, body: input.body === '' || input.httpMethod === 'GET' || input.httpMethod === 'HEAD' ? '' : input.body };
    response = await sendThroughNetwork(deps.network, sent, AbortSignal.any([deps.signal, timeout]));
  } catch (error) {
    if (deps.signal.aborted) throw error;
    if (timeout.aborted) throw new SageDeckError({ code: 'Timeout', message: `${url} did not answer within ${INVOKE_TIMEOUT_MS / 1000} s (API Gateway's integration limit). Check that the endpoint is InService, then try again.`, retryable: true });
    // The proxy's or the certificate's own words (ProxyRefused, CertificateUntrusted...) say more than "could not reach".
    if (error instanceof SageDeckError) throw error;
    throw new SageDeckError({ code: 'NetworkError', message: `Could not reach ${url}: ${error instanceof Error ? error.message : String(error)}. Check the network or the endpoint URL, then try again.`, retryable: true });
  }
  const latencyMs = Math.round(performance.now() - started);
  const shown: Record<string, string> = {};
  for (const name of SHOWN_HEADERS) {
    const value = response.headers[name];
    if (value !== undefined) shown[name] = value;
  }
  return { url, status: response.status, body: response.body, headers: shown, latencyMs, signed, usedApiKey };
}
