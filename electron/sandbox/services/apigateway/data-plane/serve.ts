import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CredentialRegistry } from '../../../auth/credential-registry';
import { verifySigV4 } from '../../../auth/verify';
import { readBody } from '../../../read-body';
import type { ServiceRouter } from '../../../router';
import { AwsError, type Clock, type OperationHandler, type SandboxBus } from '../../../types';
import { executeMethod, requestContext, type MethodOutcome, type MethodRequest, type MethodTarget } from '../execution/execute-method';
import { ExecutionLog } from '../execution/execution-log';
import { gatewayErrors, renderGatewayError, type GatewayError } from '../execution/gateway-error';
import { matchResource, methodFor } from '../execution/resource-match';
import '../execution/seams';
import type { ServedStage } from '../model';
import type { ApiGatewayStore } from '../store';
import { isInvokePath, parseInvokePath } from './invoke-path';
import { createOperationInvoker } from './operation-invoker';
import { publishRequest } from './telemetry';
import { Throttles, methodSetting, stageLimits } from './throttle';

/** API Gateway's payload quota for REST APIs: 10 MB. */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export interface DataPlaneDeps {
  router: ServiceRouter;
  registry: CredentialRegistry;
  clock: Clock;
  bus: SandboxBus;
}

export interface InvokeRequest {
  requestId: string;
  method: string;
  rawPath: string;
  rawQuery: string;
  headers: Record<string, string>;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The instrumented `execute-api:Invoke` handler (counters, fault rules), when the module is served. */
function instrumentedInvoke(router: ServiceRouter): OperationHandler | undefined {
  const route = router.resolve({ method: 'POST', rawPath: '/', query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0) }, 'execute-api');
  return route.kind === 'service' && route.service.signingName === 'execute-api' ? route.service.operations.Invoke : undefined;
}

/** A fault rule's error as API Gateway would answer it. */
function faultAnswer(error: AwsError): Answer {
  if (error.code === 'ThrottlingException') return json(429, 'Too Many Requests', 'TooManyRequestsException');
  if (error.code === 'AccessDeniedException') return json(403, 'User is not authorized to access this resource', 'AccessDeniedException');
  if (error.code === 'UnknownOperationException') return json(403, 'Missing Authentication Token', 'MissingAuthenticationTokenException');
  return json(500, 'Internal server error', 'InternalServerErrorException');
}

function apigwId(): string {
  // AWS's x-amz-apigw-id: 16 characters of base64.
  return randomBytes(12).toString('base64').slice(0, 15) + '=';
}

function json(status: number, message: string, errorType: string): Answer {
  return { status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': errorType }, body: JSON.stringify({ message }) };
}

/** The SigV4 check of an AWS_IAM method, as the gateway error AWS would answer, or the caller. */
function authorize(deps: DataPlaneDeps, request: InvokeRequest, body: Buffer): { error: GatewayError } | { caller: { arn: string; accountId: string; userId: string; accessKeyId: string } } {
  const query = new URLSearchParams(request.rawQuery);
  const verified = verifySigV4(deps.registry, { method: request.method, rawPath: request.rawPath, rawQuery: request.rawQuery, query, headers: request.headers, body });
  if (!verified.ok) {
    if (verified.failure === 'missing') return { error: gatewayErrors.missingAuthenticationToken() };
    if (verified.failure === 'unknownKey' || verified.failure === 'badToken') return { error: gatewayErrors.unrecognizedClient() };
    if (verified.failure === 'expired') return { error: gatewayErrors.expiredToken() };
    return { error: gatewayErrors.invalidSignature() };
  }
  if (verified.claim.service !== 'execute-api') return { error: { ...gatewayErrors.invalidSignature(), message: "Credential should be scoped to correct service: 'execute-api'. " } };
  return { caller: verified.caller };
}

/**
 * Serves the stages' invoke URLs on the sandbox port: resolve the stage's deployment, match the
 * resource, authorize (IAM, API keys), throttle, execute, answer with AWS's headers, then publish
 * AWS/ApiGateway metrics and the stage's execution and access logs.
 */
export function createInvokeUrlServer(deps: DataPlaneDeps) {
  const throttles = new Throttles(deps.clock);
  deps.bus.invokeOperation = createOperationInvoker(deps.router, deps.clock);

  async function answer(request: InvokeRequest, body: Buffer, sourceIp: string): Promise<{ answer: Answer; report?: (answer: Answer, latencyMs: number) => void }> {
    const path = parseInvokePath(request.rawPath);
    const store: ApiGatewayStore | undefined = deps.bus.apiGatewayStore;
    const where = path && store?.locateRestApi(path.restApiId);
    const served = path && where && store ? store.servedStage(where, path.restApiId, path.stageName) : undefined;
    if (!path || !served || !store) return { answer: json(403, 'Forbidden', 'ForbiddenException') };
    const api = served.deployment.api;
    const matched = matchResource(api.resources, path.path);
    const method = matched ? methodFor(matched.resource, request.method) : undefined;
    const stageVariables = served.stage.variables;
    const query = Object.fromEntries(new URLSearchParams(request.rawQuery));
    const methodRequest: MethodRequest = {
      httpMethod: request.method,
      path: path.path,
      query,
      headers: request.headers,
      body: body.toString('utf8'),
      requestId: request.requestId,
      sourceIp,
      identity: { userAgent: request.headers['user-agent'] ?? '' },
    };
    if (!matched || !method) {
      const error = gatewayErrors.missingAuthenticationToken();
      return { answer: renderGatewayError(api, error, {}, stageVariables) };
    }
    const target: MethodTarget = { where: served.where, api, stageName: served.stage.stageName, stageVariables, resource: matched.resource, method, pathParams: matched.pathParams };
    const setting = methodSetting(served.stage, matched.resource.path, request.method);
    const report = (outcome: { log?: ExecutionLog; integrationLatencyMs?: number }) => (sent: Answer, latencyMs: number) =>
      publishRequest(deps.bus, { served, setting, resourcePath: matched.resource.path, httpMethod: request.method, status: sent.status, latencyMs, integrationLatencyMs: outcome.integrationLatencyMs, requestId: request.requestId, sourceIp, caller: methodRequest.identity.caller, responseLength: Buffer.byteLength(sent.body), timestamp: deps.clock.now(), log: outcome.log });
    const refuse = (error: GatewayError) => {
      const log = new ExecutionLog(() => deps.clock.now());
      log.error(`${error.message} (${error.type})`);
      log.info(`Method completed with status: ${renderGatewayError(api, error, {}, stageVariables).status}`);
      return { answer: renderGatewayError(api, error, requestContext(target, methodRequest, deps.clock.now()), stageVariables), report: report({ log }) };
    };

    if (method.authorizationType === 'AWS_IAM') {
      const auth = authorize(deps, request, body);
      if ('error' in auth) return refuse(auth.error);
      methodRequest.identity = { ...methodRequest.identity, caller: auth.caller.userId, user: auth.caller.userId, userArn: auth.caller.arn, accountId: auth.caller.accountId };
    }
    if (method.apiKeyRequired) {
      const given = request.headers['x-api-key'];
      const plans = store.usagePlansForStage(served.where, served.restApi.id, served.stage.stageName);
      const plan = given === undefined ? undefined : plans.find((candidate) => candidate.keys.some((key) => key.value === given));
      const key = plan?.keys.find((candidate) => candidate.value === given);
      if (!plan || !key) return refuse(gatewayErrors.invalidApiKey());
      methodRequest.identity = { ...methodRequest.identity, apiKey: key.value, apiKeyId: key.id };
      const methodKey = `${matched.resource.path}/${request.method.toUpperCase()}`;
      const limits = plan.apiStage.throttle?.[methodKey] ?? plan.plan.throttle;
      if (limits && !throttles.take(`plan:${plan.plan.id}:${key.id}:${methodKey}`, limits)) return refuse(gatewayErrors.throttled());
      if (plan.plan.quota && !throttles.useQuota(`quota:${plan.plan.id}:${key.id}`, plan.plan.quota)) return refuse(gatewayErrors.quotaExceeded());
    }
    if (!throttles.take(`stage:${served.restApi.id}:${served.stage.stageName}:${matched.resource.path}:${request.method.toUpperCase()}`, stageLimits(setting))) return refuse(gatewayErrors.throttled());

    const outcome: MethodOutcome = await executeMethod({ now: () => deps.clock.now(), invoke: deps.bus.invokeOperation }, target, methodRequest);
    return { answer: outcome, report: report(outcome) };
  }

  // Looked up on first use: the router's services are all registered by then.
  let invoke: OperationHandler | undefined | null = null;
  async function counted(work: () => ReturnType<typeof answer>, requestId: string): ReturnType<typeof answer> {
    if (invoke === null) invoke = instrumentedInvoke(deps.router);
    if (!invoke) return work();
    try {
      const ctx = { region: 'us-east-1', accountId: '', caller: { accessKeyId: '', accountId: '', arn: 'anonymous', userId: 'anonymous' }, requestId, clock: deps.clock, http: { method: 'POST', path: '/', query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0) }, signal: new AbortController().signal };
      return (await invoke({ run: work } as unknown as Record<string, unknown>, ctx)) as Awaited<ReturnType<typeof answer>>;
    } catch (error) {
      if (error instanceof AwsError) return { answer: faultAnswer(error) };
      throw error;
    }
  }

  return {
    serves: isInvokePath,
    async serve(req: IncomingMessage, res: ServerResponse, request: InvokeRequest): Promise<void> {
      const started = performance.now();
      const read = await readBody(req, MAX_PAYLOAD_BYTES);
      const work = () => answer(request, read.ok ? read.body : Buffer.alloc(0), req.socket.remoteAddress ?? '127.0.0.1');
      const result = read.ok ? await counted(work, request.requestId) : { answer: json(413, 'Request Too Long', 'RequestTooLargeException') };
      const sent = result.answer;
      const headers: Record<string, string> = {};
      // AWS's spelling of its headers (names are case-insensitive, but people read them).
      for (const [name, value] of Object.entries(sent.headers)) headers[name === 'x-amzn-errortype' ? 'x-amzn-ErrorType' : name] = value;
      Object.assign(headers, { 'x-amzn-RequestId': request.requestId, 'x-amz-apigw-id': apigwId(), 'content-length': String(Buffer.byteLength(sent.body)) });
      if (!read.ok) headers.connection = 'close';
      res.writeHead(sent.status, headers);
      res.end(sent.body);
      result.report?.(sent, Math.round(performance.now() - started));
    },
  };
}

export type InvokeUrlServer = ReturnType<typeof createInvokeUrlServer>;
export type { ServedStage };
