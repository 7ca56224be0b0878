import type { Where } from '../../../types';
import { validateBodyAgainstModel } from '../json-schema';
import type { DeployedApi, IntegrationRecord, IntegrationResponseRecord, MethodRecord, ResourceRecord } from '../model';
import { CompiledTemplate, mappingVariables, type TemplateInput } from '../velocity';
import { ExecutionLog, javaMap, loggedBody } from './execution-log';
import { gatewayErrors, renderGatewayError, type GatewayError } from './gateway-error';
import { IntegrationConfigError, IntegrationUnreachable, awsTarget, callAwsIntegration, callHttpIntegration, callMockIntegration, type IntegrationAnswer } from './integrations';
import type { OperationInvoker } from './seams';

export interface MethodRequest {
  httpMethod: string;
  /** The path after the stage, e.g. `/predict`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  requestId: string;
  sourceIp: string;
  /** The verified caller of an AWS_IAM method, and the API key used. */
  identity: { caller?: string; user?: string; userArn?: string; accountId?: string; apiKey?: string; apiKeyId?: string; userAgent?: string };
}

export interface MethodTarget {
  where: Where;
  api: DeployedApi;
  stageName: string;
  stageVariables: Record<string, string>;
  resource: ResourceRecord;
  method: MethodRecord;
  pathParams: Record<string, string>;
}

export interface MethodOutcome {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Set when API Gateway answered itself (validation, configuration, throttling …). */
  gatewayError?: GatewayError;
  integrationLatencyMs?: number;
  log: ExecutionLog;
}

export interface ExecutionDeps {
  now: () => number;
  invoke: OperationInvoker | undefined;
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** The media type of the request, without parameters; API Gateway assumes JSON when none is sent. */
function mediaType(headers: Record<string, string>): string {
  return (headerValue(headers, 'content-type') ?? 'application/json').split(';')[0]?.trim().toLowerCase() || 'application/json';
}

/** `$context` as mapping templates see it. */
export function requestContext(target: MethodTarget, request: MethodRequest, now: number): Record<string, unknown> {
  return {
    accountId: target.where.accountId,
    apiId: target.api.restApiId,
    domainName: `${target.api.restApiId}.execute-api.${target.where.region}.amazonaws.com`,
    httpMethod: request.httpMethod.toUpperCase(),
    identity: { sourceIp: request.sourceIp, caller: request.identity.caller ?? '', user: request.identity.user ?? '', userArn: request.identity.userArn ?? '', accountId: request.identity.accountId ?? '', apiKey: request.identity.apiKey ?? '', apiKeyId: request.identity.apiKeyId ?? '', userAgent: request.identity.userAgent ?? '' },
    path: `/${target.stageName}${request.path}`,
    protocol: 'HTTP/1.1',
    requestId: request.requestId,
    extendedRequestId: request.requestId,
    requestTime: new Date(now).toUTCString(),
    requestTimeEpoch: now,
    resourceId: target.resource.id,
    resourcePath: target.resource.path,
    stage: target.stageName,
  };
}

function missingParameters(method: MethodRecord, request: MethodRequest, pathParams: Record<string, string>): string[] {
  const missing: string[] = [];
  for (const [name, required] of Object.entries(method.requestParameters)) {
    if (!required) continue;
    const match = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(name);
    if (!match) continue;
    const [, where, param = ''] = match;
    const value = where === 'path' ? pathParams[param] : where === 'querystring' ? request.query[param] : headerValue(request.headers, param);
    if (value === undefined || value === '') missing.push(param);
  }
  return missing;
}

/** API Gateway runs a template once per request; compile each distinct template text once. */
const compiled = new Map<string, CompiledTemplate>();
function template(source: string): CompiledTemplate {
  let found = compiled.get(source);
  if (!found) {
    found = new CompiledTemplate(source);
    if (compiled.size > 500) compiled.clear();
    compiled.set(source, found);
  }
  return found;
}

function stageVariablesIn(text: string, variables: Record<string, string>): string {
  return text.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_, name: string) => variables[name] ?? '');
}

/** The integration response whose selection pattern matches the status; else the default one. */
export function selectIntegrationResponse(responses: Record<string, IntegrationResponseRecord>, status: number): IntegrationResponseRecord | undefined {
  const all = Object.values(responses);
  const selected = all.find((response) => response.selectionPattern && new RegExp(`^(?:${response.selectionPattern})$`, 's').test(String(status)));
  return selected ?? all.find((response) => !response.selectionPattern);
}

/**
 * One method execution as API Gateway performs it: request validation, request mapping, the
 * integration, integration response selection and response mapping, each step in the execution log.
 */
export async function executeMethod(deps: ExecutionDeps, target: MethodTarget, request: MethodRequest): Promise<MethodOutcome> {
  const log = new ExecutionLog(deps.now);
  const { api, method, pathParams, stageVariables } = target;
  const context = requestContext(target, request, deps.now());
  const fail = (error: GatewayError): MethodOutcome => {
    const answer = renderGatewayError(api, error, context, stageVariables);
    log.info(`Method completed with status: ${answer.status}`);
    return { ...answer, gatewayError: error, log };
  };
  log.info(`Starting execution for request: ${request.requestId}`);
  log.info(`HTTP Method: ${request.httpMethod.toUpperCase()}, Resource Path: ${request.path}`);
  log.info(`Method request path: ${javaMap(pathParams)}`);
  log.info(`Method request query string: ${javaMap(request.query)}`);
  log.info(`Method request headers: ${javaMap(request.headers)}`, true);
  log.info(`Method request body before transformations: ${loggedBody(request.body)}`, true);

  const validator = method.requestValidatorId ? api.requestValidators[method.requestValidatorId] : undefined;
  const contentType = mediaType(request.headers);
  if (validator?.validateRequestParameters) {
    const missing = missingParameters(method, request, pathParams);
    if (missing.length > 0) {
      log.error(`Request validation failed: Missing required request parameters: [${missing.join(', ')}]`);
      return fail(gatewayErrors.badRequestParameters(missing));
    }
  }
  if (validator?.validateRequestBody) {
    const modelName = method.requestModels[contentType] ?? method.requestModels.$default;
    const problem = modelName ? validateBodyAgainstModel(api.restApiId, api.models, modelName, request.body) : undefined;
    if (problem) {
      log.error(`Request body does not match model schema for content type ${contentType}: ${problem}`);
      return fail(gatewayErrors.badRequestBody(problem));
    }
  }

  const integration = method.integration;
  if (!integration) {
    log.error('Execution failed due to configuration error: No integration defined for method');
    return fail(gatewayErrors.configuration());
  }
  const input: TemplateInput = { body: request.body, params: { path: pathParams, querystring: request.query, header: request.headers } };
  let mapped: string;
  try {
    const chosen = requestTemplate(integration, contentType);
    if (chosen === 'unsupported') {
      log.error(`Execution failed: no request template for content type ${contentType} and passthrough behavior ${integration.passthroughBehavior}`);
      return fail(gatewayErrors.unsupportedMediaType());
    }
    mapped = chosen === undefined ? request.body : template(chosen).render(mappingVariables({ input, context, stageVariables }));
  } catch (error) {
    log.error(`Execution failed due to configuration error: Unable to transform request: ${error instanceof Error ? error.message : String(error)}`);
    return fail(gatewayErrors.configuration());
  }

  let uri: string;
  let answer: IntegrationAnswer;
  const started = deps.now();
  const startedReal = performance.now();
  try {
    uri = integration.type === 'MOCK' ? '' : integration.type.startsWith('AWS') ? awsTarget(stageVariablesIn(integration.uri ?? '', stageVariables)).url : endpointUri(integration, pathParams, stageVariables);
    const headers = integrationHeaders(integration, request, pathParams, contentType);
    if (integration.type !== 'MOCK') {
      log.info(`Endpoint request URI: ${uri}`);
      log.info(`Endpoint request headers: ${javaMap(headers)}`, true);
    }
    log.info(`Endpoint request body after transformations: ${loggedBody(mapped)}`, true);
    if (integration.type !== 'MOCK') log.info(`Sending request to ${uri}`);
    const call = { integration, uri: integration.type.startsWith('AWS') ? stageVariablesIn(integration.uri ?? '', stageVariables) : uri, body: mapped, headers, region: target.where.region, accountId: target.where.accountId, requestId: request.requestId };
    answer = integration.type === 'MOCK' ? callMockIntegration(call) : integration.type === 'AWS' ? await callAwsIntegration(call, deps.invoke) : integration.type === 'HTTP' || integration.type === 'HTTP_PROXY' ? await callHttpIntegration(call) : unsupportedType(integration);
  } catch (error) {
    if (error instanceof IntegrationUnreachable) {
      log.error(`Execution failed due to ${error.timedOut ? 'a timeout error' : 'configuration error'}: ${error.message}`);
      return fail(error.timedOut ? gatewayErrors.integrationTimeout() : gatewayErrors.integrationFailure());
    }
    if (error instanceof IntegrationConfigError) {
      log.error(`Execution failed due to configuration error: ${error.message}`);
      return fail(gatewayErrors.configuration());
    }
    throw error;
  }
  // Integration latency in real milliseconds unless the sandbox clock moved (a manual clock stays put).
  const integrationLatencyMs = Math.max(deps.now() - started, Math.round(performance.now() - startedReal));
  if (integration.type !== 'MOCK') {
    log.info(`Received response. Status: ${answer.status}, Integration latency: ${integrationLatencyMs} ms`);
    log.info(`Endpoint response headers: ${javaMap(answer.headers)}`, true);
    log.info(`Endpoint response body before transformations: ${loggedBody(answer.body)}`, true);
  }
  if (integration.type === 'HTTP_PROXY') {
    log.info('Successfully completed execution');
    log.info(`Method completed with status: ${answer.status}`);
    return { status: answer.status, headers: answer.headers, body: answer.body, integrationLatencyMs, log };
  }

  const response = selectIntegrationResponse(integration.integrationResponses, answer.status);
  if (!response) {
    log.error(`Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: ${answer.status}`);
    return { ...fail(gatewayErrors.configuration()), integrationLatencyMs };
  }
  let body = answer.body;
  let responseType = answer.headers['content-type'] ?? 'application/json';
  const responseTemplates = Object.entries(response.responseTemplates);
  const accept = (headerValue(request.headers, 'accept') ?? 'application/json').split(',').map((type) => type.split(';')[0]?.trim().toLowerCase());
  const [templateType, templateSource] = responseTemplates.find(([type]) => accept.includes(type)) ?? responseTemplates.find(([type]) => type === 'application/json') ?? responseTemplates[0] ?? [];
  if (templateType !== undefined && templateSource !== undefined && templateSource !== '') {
    try {
      body = template(templateSource).render(mappingVariables({ input: { body: answer.body, params: input.params }, context, stageVariables }));
      responseType = templateType;
    } catch (error) {
      log.error(`Execution failed due to configuration error: Unable to transform response: ${error instanceof Error ? error.message : String(error)}`);
      return { ...fail(gatewayErrors.configuration()), integrationLatencyMs };
    }
  }
  const headers: Record<string, string> = { 'content-type': responseType };
  for (const [targetName, source] of Object.entries(response.responseParameters)) {
    const name = /^method\.response\.header\.(.+)$/.exec(targetName)?.[1];
    if (!name) continue;
    const literal = /^'(.*)'$/.exec(source)?.[1];
    const fromHeader = /^integration\.response\.header\.(.+)$/.exec(source)?.[1];
    const value = literal ?? (fromHeader ? headerValue(answer.headers, fromHeader) : undefined);
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  const status = Number(response.statusCode);
  log.info(`Method response body after transformations: ${loggedBody(body)}`, true);
  log.info(`Method response headers: ${javaMap(headers)}`, true);
  log.info('Successfully completed execution');
  log.info(`Method completed with status: ${status}`);
  return { status, headers, body, integrationLatencyMs, log };
}

function unsupportedType(integration: IntegrationRecord): never {
  throw new IntegrationConfigError(`Integration type ${integration.type} is not emulated by the sandbox`);
}

/** The request template for the content type; undefined = pass the body through; 'unsupported' = 415. */
function requestTemplate(integration: IntegrationRecord, contentType: string): string | undefined | 'unsupported' {
  const templates = integration.requestTemplates;
  if (Object.hasOwn(templates, contentType)) return templates[contentType];
  const count = Object.keys(templates).length;
  if (integration.passthroughBehavior === 'NEVER') return 'unsupported';
  if (integration.passthroughBehavior === 'WHEN_NO_TEMPLATES' && count > 0) return 'unsupported';
  return undefined;
}

/** A greedy path parameter keeps its slashes (`{proxy+}` of `/a/b` is `a/b`). */
function encodePath(value: string): string {
  return value.split('/').map(encodeURIComponent).join('/');
}

function endpointUri(integration: IntegrationRecord, pathParams: Record<string, string>, stageVariables: Record<string, string>): string {
  let uri = stageVariablesIn(integration.uri ?? '', stageVariables);
  for (const [target, source] of Object.entries(integration.requestParameters)) {
    const name = /^integration\.request\.path\.(.+)$/.exec(target)?.[1];
    const from = /^method\.request\.path\.(.+)$/.exec(source)?.[1];
    if (name && from !== undefined) uri = uri.replace(`{${name}}`, encodePath(pathParams[from] ?? ''));
  }
  for (const [name, value] of Object.entries(pathParams)) uri = uri.replace(`{${name}}`, encodePath(value));
  return uri;
}

function integrationHeaders(integration: IntegrationRecord, request: MethodRequest, pathParams: Record<string, string>, contentType: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': contentType, Accept: 'application/json', 'User-Agent': 'AmazonAPIGateway_sandbox' };
  for (const [target, source] of Object.entries(integration.requestParameters)) {
    const name = /^integration\.request\.header\.(.+)$/.exec(target)?.[1];
    if (!name) continue;
    const literal = /^'(.*)'$/.exec(source)?.[1];
    const from = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(source);
    const value = literal ?? (from ? (from[1] === 'path' ? pathParams[from[2] ?? ''] : from[1] === 'querystring' ? request.query[from[2] ?? ''] : headerValue(request.headers, from[2] ?? '')) : undefined);
    if (value !== undefined) headers[name] = value;
  }
  return headers;
}
