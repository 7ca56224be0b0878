import { gatewayResponseFor } from '../gateway-responses';
import type { DeployedApi } from '../model';
import { CompiledTemplate, mappingVariables } from '../velocity';

/** What API Gateway answers itself, before or instead of the integration ("Gateway response types"). */
export interface GatewayError {
  type: string;
  message: string;
  /** `x-amzn-ErrorType`. */
  errorType: string;
  validationErrorString?: string;
}

export const gatewayErrors = {
  badRequestBody: (validationErrorString: string): GatewayError => ({ type: 'BAD_REQUEST_BODY', message: 'Invalid request body', errorType: 'BadRequestException', validationErrorString }),
  badRequestParameters: (missing: string[]): GatewayError => ({ type: 'BAD_REQUEST_PARAMETERS', message: `Missing required request parameters: [${missing.join(', ')}]`, errorType: 'BadRequestException' }),
  missingAuthenticationToken: (): GatewayError => ({ type: 'MISSING_AUTHENTICATION_TOKEN', message: 'Missing Authentication Token', errorType: 'MissingAuthenticationTokenException' }),
  invalidSignature: (): GatewayError => ({
    type: 'INVALID_SIGNATURE',
    message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    errorType: 'InvalidSignatureException',
  }),
  unrecognizedClient: (): GatewayError => ({ type: 'INVALID_SIGNATURE', message: 'The security token included in the request is invalid.', errorType: 'UnrecognizedClientException' }),
  expiredToken: (): GatewayError => ({ type: 'EXPIRED_TOKEN', message: 'The security token included in the request is expired', errorType: 'ExpiredTokenException' }),
  invalidApiKey: (): GatewayError => ({ type: 'INVALID_API_KEY', message: 'Forbidden', errorType: 'ForbiddenException' }),
  throttled: (): GatewayError => ({ type: 'THROTTLED', message: 'Too Many Requests', errorType: 'TooManyRequestsException' }),
  quotaExceeded: (): GatewayError => ({ type: 'QUOTA_EXCEEDED', message: 'Limit Exceeded', errorType: 'LimitExceededException' }),
  unsupportedMediaType: (): GatewayError => ({ type: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported Media Type', errorType: 'UnsupportedMediaTypeException' }),
  configuration: (): GatewayError => ({ type: 'API_CONFIGURATION_ERROR', message: 'Internal server error', errorType: 'InternalServerErrorException' }),
  integrationFailure: (): GatewayError => ({ type: 'INTEGRATION_FAILURE', message: 'Internal server error', errorType: 'InternalServerErrorException' }),
  integrationTimeout: (): GatewayError => ({ type: 'INTEGRATION_TIMEOUT', message: 'Endpoint request timed out', errorType: 'InternalServerErrorException' }),
};

export interface GatewayAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The gateway response for an error: the API's own for its type, else its DEFAULT_4XX / DEFAULT_5XX,
 * else AWS's default (`{"message":$context.error.messageString}`), rendered with `$context.error`.
 */
export function renderGatewayError(api: Pick<DeployedApi, 'gatewayResponses'>, error: GatewayError, context: Record<string, unknown>, stageVariables: Record<string, string>): GatewayAnswer {
  let response = gatewayResponseFor(api.gatewayResponses, error.type);
  const status = Number(response.statusCode ?? 500);
  if (response.defaultResponse) {
    const family = gatewayResponseFor(api.gatewayResponses, status >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX');
    if (!family.defaultResponse) response = { ...family, statusCode: family.statusCode ?? String(status) };
  }
  const errorContext = {
    ...context,
    error: {
      message: error.message,
      messageString: JSON.stringify(error.message),
      responseType: error.type,
      validationErrorString: error.validationErrorString ?? '',
    },
  };
  const template = response.responseTemplates['application/json'] ?? Object.values(response.responseTemplates)[0];
  let body = JSON.stringify({ message: error.message });
  if (template !== undefined) {
    try {
      body = new CompiledTemplate(template).render(mappingVariables({ input: { body: '', params: { path: {}, querystring: {}, header: {} } }, context: errorContext, stageVariables }));
    } catch {
      // A broken custom template still answers; AWS falls back to its own message too.
    }
  }
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-amzn-errortype': error.errorType };
  for (const [target, source] of Object.entries(response.responseParameters)) {
    const name = /^gatewayresponse\.header\.(.+)$/.exec(target)?.[1];
    const literal = /^'(.*)'$/.exec(source)?.[1];
    if (name && literal !== undefined) headers[name.toLowerCase()] = literal;
  }
  return { status: Number(response.statusCode ?? status), headers, body };
}
