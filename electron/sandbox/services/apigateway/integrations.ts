import type { OperationHandler } from '../../types';
import { badRequest, notFound } from './errors';
import { optEnum, optInt, optString, optStringList, stringMap, type Input } from './input';
import { requireIntegration, requireMethodPath } from './lookup';
import type { ContentHandling, IntegrationRecord, IntegrationResponseRecord, IntegrationType, MethodRecord, PassthroughBehavior } from './model';
import { checkStatusCode } from './methods';
import { integrationOut, integrationResponseOut } from './output';
import { applyPatch, mapEntryRule, patchNumber, stringRule, unescapeSegment, type PatchRule } from './patch';
import type { ApiGatewayStore } from './store';

const TYPES: IntegrationType[] = ['HTTP', 'AWS', 'MOCK', 'HTTP_PROXY', 'AWS_PROXY'];
const PASSTHROUGH: PassthroughBehavior[] = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'];
const CONTENT_HANDLING: ContentHandling[] = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'];
/** Integration timeout: 50 ms .. 29 s, default 29 s (API Gateway quotas). */
const MIN_TIMEOUT = 50;
const MAX_TIMEOUT = 29_000;
/** `arn:aws:apigateway:{region}:{subdomain.}service:path|action/{...}` (API reference, Integration.uri). */
const AWS_URI = /^arn:aws:apigateway:[a-z0-9-]+:[a-z0-9.-]+:(path|action)\/.+$/;

function checkTimeout(value: number): number {
  if (value < MIN_TIMEOUT || value > MAX_TIMEOUT) throw badRequest(`Timeout should be between ${MIN_TIMEOUT} ms and ${MAX_TIMEOUT} ms`);
  return value;
}

/** What each integration type needs of httpMethod and uri, in AWS's words. */
function checkTarget(type: IntegrationType, httpMethod: string | undefined, uri: string | undefined): void {
  if (type === 'MOCK') return;
  if (!httpMethod) throw badRequest('Enumeration value for HttpMethod must be non-empty');
  if (!uri) throw badRequest('Integrations of type \'AWS\', \'AWS_PROXY\', \'HTTP\' or \'HTTP_PROXY\' must specify a URI');
  if (type === 'AWS' || type === 'AWS_PROXY') {
    if (!AWS_URI.test(uri)) throw badRequest('AWS ARN for integration must contain path or action');
  } else if (!/^https?:\/\/[^/\s]+/.test(uri)) throw badRequest('Invalid HTTP endpoint specified for URI');
}

function checkCredentials(value: string | undefined): string | undefined {
  if (value !== undefined && !/^arn:aws:iam::(\d{12}|\*):(role|user)\/.+$/.test(value)) throw badRequest(`Invalid ARN specified in the request: ${value}`);
  return value;
}

const INTEGRATION_PATCH: PatchRule<IntegrationRecord>[] = [
  stringRule('/uri', (integration, value) => {
    checkTarget(integration.type, integration.httpMethod, value);
    integration.uri = value;
  }),
  stringRule('/httpMethod', (integration, value) => (integration.httpMethod = value?.toUpperCase())),
  stringRule('/credentials', (integration, value) => (integration.credentials = checkCredentials(value)), true),
  stringRule('/connectionId', (integration, value) => (integration.connectionId = value), true),
  stringRule('/cacheNamespace', (integration, value) => (integration.cacheNamespace = value ?? '')),
  stringRule('/passthroughBehavior', (integration, value) => {
    if (!(PASSTHROUGH as (string | undefined)[]).includes(value)) throw badRequest(`Invalid passthrough behavior specified: ${value ?? 'null'}`);
    integration.passthroughBehavior = value as PassthroughBehavior;
  }),
  stringRule('/contentHandling', (integration, value) => (integration.contentHandling = contentHandling(value)), true),
  stringRule('/connectionType', (integration, value) => {
    if (value !== 'INTERNET' && value !== 'VPC_LINK') throw badRequest(`Invalid connection type specified: ${value ?? 'null'}`);
    integration.connectionType = value;
  }),
  { path: '/timeoutInMillis', ops: ['replace'], apply: (integration, _op, value) => (integration.timeoutInMillis = checkTimeout(patchNumber(value, 'timeoutInMillis'))) },
  mapEntryRule('/requestTemplates', (integration) => integration.requestTemplates),
  mapEntryRule('/requestParameters', (integration) => integration.requestParameters),
  {
    path: '/cacheKeyParameters/{}',
    ops: ['add', 'remove'],
    apply: (integration, op, _value, [key]) => {
      const name = unescapeSegment(key as string);
      integration.cacheKeyParameters = integration.cacheKeyParameters.filter((existing) => existing !== name);
      if (op === 'add') integration.cacheKeyParameters.push(name);
    },
  },
];

const RESPONSE_PATCH: PatchRule<IntegrationResponseRecord>[] = [
  stringRule('/selectionPattern', (response, value) => (response.selectionPattern = value || undefined), true),
  stringRule('/contentHandling', (response, value) => (response.contentHandling = contentHandling(value)), true),
  mapEntryRule('/responseTemplates', (response) => response.responseTemplates),
  mapEntryRule('/responseParameters', (response) => response.responseParameters),
];

function contentHandling(value: string | undefined): ContentHandling | undefined {
  if (value !== undefined && !(CONTENT_HANDLING as string[]).includes(value)) throw badRequest(`Invalid content handling specified: ${value}`);
  return value as ContentHandling | undefined;
}

function requireIntegrationResponse(integration: IntegrationRecord, statusCode: unknown): IntegrationResponseRecord {
  const response = typeof statusCode === 'string' ? integration.integrationResponses[statusCode] : undefined;
  if (!response) throw notFound('Invalid Response status code specified');
  return response;
}

function newIntegration(input: Input, resourceId: string, method: MethodRecord): IntegrationRecord {
  const type = optEnum(input, 'type', TYPES);
  if (!type) throw badRequest('Enumeration value for IntegrationType must be non-empty');
  const httpMethod = optString(input, 'httpMethod')?.toUpperCase();
  const uri = optString(input, 'uri');
  checkTarget(type, httpMethod, uri);
  return {
    type,
    httpMethod,
    uri,
    connectionType: optEnum(input, 'connectionType', ['INTERNET', 'VPC_LINK'] as const) ?? 'INTERNET',
    connectionId: optString(input, 'connectionId'),
    credentials: checkCredentials(optString(input, 'credentials')),
    requestParameters: stringMap(input, 'requestParameters'),
    requestTemplates: stringMap(input, 'requestTemplates'),
    passthroughBehavior: optEnum(input, 'passthroughBehavior', PASSTHROUGH) ?? 'WHEN_NO_MATCH',
    contentHandling: optEnum(input, 'contentHandling', CONTENT_HANDLING),
    timeoutInMillis: checkTimeout(optInt(input, 'timeoutInMillis') ?? MAX_TIMEOUT),
    cacheNamespace: optString(input, 'cacheNamespace') ?? resourceId,
    cacheKeyParameters: optStringList(input, 'cacheKeyParameters') ?? [],
    // Putting an integration again keeps the responses already mapped.
    integrationResponses: method.integration?.integrationResponses ?? {},
    ...(input.tlsConfig ? { tlsConfig: { insecureSkipVerification: (input.tlsConfig as { insecureSkipVerification?: boolean }).insecureSkipVerification === true } } : {}),
  };
}

export function integrationOperations(store: ApiGatewayStore): Record<string, OperationHandler> {
  return {
    PutIntegration: (input, ctx) => {
      const { resource, method } = requireMethodPath(store, ctx, input);
      method.integration = newIntegration(input, resource.id, method);
      return integrationOut(method.integration);
    },
    GetIntegration: (input, ctx) => integrationOut(requireIntegration(requireMethodPath(store, ctx, input).method)),
    UpdateIntegration: (input, ctx) => {
      const { method } = requireMethodPath(store, ctx, input);
      method.integration = applyPatch(input, requireIntegration(method), INTEGRATION_PATCH);
      return integrationOut(method.integration);
    },
    DeleteIntegration: (input, ctx) => {
      const { method } = requireMethodPath(store, ctx, input);
      requireIntegration(method);
      delete method.integration;
      return {};
    },
    PutIntegrationResponse: (input, ctx) => {
      const { method } = requireMethodPath(store, ctx, input);
      const integration = requireIntegration(method);
      const statusCode = checkStatusCode(input.statusCode);
      // AWS maps integration responses onto declared method responses only.
      if (!method.methodResponses[statusCode]) throw notFound('Invalid Response status code specified');
      const response: IntegrationResponseRecord = {
        statusCode,
        selectionPattern: optString(input, 'selectionPattern') || undefined,
        responseParameters: stringMap(input, 'responseParameters'),
        responseTemplates: stringMap(input, 'responseTemplates'),
        contentHandling: optEnum(input, 'contentHandling', CONTENT_HANDLING),
      };
      integration.integrationResponses[statusCode] = response;
      return integrationResponseOut(response);
    },
    GetIntegrationResponse: (input, ctx) =>
      integrationResponseOut(requireIntegrationResponse(requireIntegration(requireMethodPath(store, ctx, input).method), input.statusCode)),
    UpdateIntegrationResponse: (input, ctx) => {
      const integration = requireIntegration(requireMethodPath(store, ctx, input).method);
      const response = requireIntegrationResponse(integration, input.statusCode);
      integration.integrationResponses[response.statusCode] = applyPatch(input, response, RESPONSE_PATCH);
      return integrationResponseOut(integration.integrationResponses[response.statusCode] as IntegrationResponseRecord);
    },
    DeleteIntegrationResponse: (input, ctx) => {
      const integration = requireIntegration(requireMethodPath(store, ctx, input).method);
      const response = requireIntegrationResponse(integration, input.statusCode);
      delete integration.integrationResponses[response.statusCode];
      return {};
    },
  };
}
