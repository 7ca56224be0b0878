import type { OperationHandler } from '../../types';
import { badRequest, conflict, notFound } from './errors';
import { boolMap, optBool, optString, optStringList, stringMap, type Input } from './input';
import { requireApi, requireMethodPath, requireResource } from './lookup';
import type { AuthorizationType, MethodRecord, MethodResponseRecord, RestApiRecord } from './model';
import { methodOut, methodResponseOut } from './output';
import { applyPatch, patchBool, stringRule, unescapeSegment, type PatchRule } from './patch';
import type { ApiGatewayStore } from './store';

const HTTP_METHODS = ['ANY', 'DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];
const AUTHORIZATION_TYPES: AuthorizationType[] = ['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'];

function httpMethodOf(input: Input): string {
  const verb = String(input.resourceHttpMethod ?? '').toUpperCase();
  if (!HTTP_METHODS.includes(verb)) throw badRequest(`Invalid HttpMethod specified. Valid options are ${HTTP_METHODS.join(',')}`);
  return verb;
}

function authorizationType(value: string | undefined): AuthorizationType {
  if (!value || !(AUTHORIZATION_TYPES as string[]).includes(value))
    throw badRequest(`Invalid authorization type specified. Valid options are ${AUTHORIZATION_TYPES.join(',')}`);
  // The sandbox has no authorizers, so the types that need one cannot be set up (AWS asks for a valid authorizerId).
  if (value === 'CUSTOM' || value === 'COGNITO_USER_POOLS') throw badRequest('Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.');
  return value as AuthorizationType;
}

/** Every model a method or response names must exist in the API. */
export function requireModels(api: RestApiRecord, models: Record<string, string>): Record<string, string> {
  for (const name of Object.values(models)) if (!api.models[name]) throw badRequest(`Invalid model identifier specified: ${name}`);
  return models;
}

function requireValidator(api: RestApiRecord, id: string | undefined): string | undefined {
  if (id !== undefined && id !== '' && !api.requestValidators[id]) throw badRequest('Invalid Request Validator identifier specified');
  return id || undefined;
}

function boolEntryRule<T>(path: string, map: (target: T) => Record<string, boolean>): PatchRule<T> {
  return {
    path: `${path}/{}`,
    ops: ['add', 'replace', 'remove'],
    apply: (target, op, value, keys) => {
      const key = unescapeSegment(keys[0] as string);
      if (op === 'remove') delete map(target)[key];
      else map(target)[key] = value === undefined ? false : patchBool(value);
    },
  };
}

function methodPatch(api: RestApiRecord): PatchRule<MethodRecord>[] {
  return [
    stringRule('/authorizationType', (method, value) => (method.authorizationType = authorizationType(value))),
    stringRule('/requestValidatorId', (method, value) => (method.requestValidatorId = requireValidator(api, value)), true),
    stringRule('/operationName', (method, value) => (method.operationName = value), true),
    { path: '/apiKeyRequired', ops: ['replace'], apply: (method, _op, value) => (method.apiKeyRequired = patchBool(value)) },
    {
      path: '/requestModels/{}',
      ops: ['add', 'replace', 'remove'],
      apply: (method, op, value, [key]) => {
        const type = unescapeSegment(key as string);
        if (op === 'remove') delete method.requestModels[type];
        else method.requestModels[type] = Object.values(requireModels(api, { [type]: value ?? '' }))[0] as string;
      },
    },
    boolEntryRule('/requestParameters', (method) => method.requestParameters),
  ];
}

function responsePatch(api: RestApiRecord): PatchRule<MethodResponseRecord>[] {
  return [
    boolEntryRule('/responseParameters', (response) => response.responseParameters),
    {
      path: '/responseModels/{}',
      ops: ['add', 'replace', 'remove'],
      apply: (response, op, value, [key]) => {
        const type = unescapeSegment(key as string);
        if (op === 'remove') delete response.responseModels[type];
        else response.responseModels[type] = Object.values(requireModels(api, { [type]: value ?? '' }))[0] as string;
      },
    },
  ];
}

export function checkStatusCode(value: unknown): string {
  if (typeof value !== 'string' || !/^[1-5]\d\d$/.test(value)) throw badRequest('Invalid status code specified');
  return value;
}

function requireResponse(method: MethodRecord, statusCode: unknown): MethodResponseRecord {
  const response = typeof statusCode === 'string' ? method.methodResponses[statusCode] : undefined;
  if (!response) throw notFound('Invalid Response status code specified');
  return response;
}

export function methodOperations(store: ApiGatewayStore): Record<string, OperationHandler> {
  return {
    PutMethod: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const resource = requireResource(api, input.resourceId);
      const verb = httpMethodOf(input);
      if (resource.resourceMethods[verb]) throw conflict('Method already exists for this resource');
      const method: MethodRecord = {
        httpMethod: verb,
        authorizationType: authorizationType(optString(input, 'authorizationType')),
        apiKeyRequired: optBool(input, 'apiKeyRequired') ?? false,
        requestValidatorId: requireValidator(api, optString(input, 'requestValidatorId')),
        operationName: optString(input, 'operationName'),
        authorizationScopes: optStringList(input, 'authorizationScopes'),
        requestParameters: boolMap(input, 'requestParameters'),
        requestModels: requireModels(api, stringMap(input, 'requestModels')),
        methodResponses: {},
      };
      resource.resourceMethods[verb] = method;
      return methodOut(method);
    },
    GetMethod: (input, ctx) => methodOut(requireMethodPath(store, ctx, input).method),
    UpdateMethod: (input, ctx) => {
      const { api, resource, method } = requireMethodPath(store, ctx, input);
      const patched = applyPatch(input, method, methodPatch(api));
      resource.resourceMethods[method.httpMethod] = patched;
      return methodOut(patched);
    },
    DeleteMethod: (input, ctx) => {
      const { resource, method } = requireMethodPath(store, ctx, input);
      delete resource.resourceMethods[method.httpMethod];
      return {};
    },
    PutMethodResponse: (input, ctx) => {
      const { api, method } = requireMethodPath(store, ctx, input);
      const statusCode = checkStatusCode(input.statusCode);
      if (method.methodResponses[statusCode]) throw conflict('Response already exists for this resource');
      const response: MethodResponseRecord = {
        statusCode,
        responseParameters: boolMap(input, 'responseParameters'),
        responseModels: requireModels(api, stringMap(input, 'responseModels')),
      };
      method.methodResponses[statusCode] = response;
      return methodResponseOut(response);
    },
    GetMethodResponse: (input, ctx) => methodResponseOut(requireResponse(requireMethodPath(store, ctx, input).method, input.statusCode)),
    UpdateMethodResponse: (input, ctx) => {
      const { api, method } = requireMethodPath(store, ctx, input);
      const response = requireResponse(method, input.statusCode);
      const patched = applyPatch(input, response, responsePatch(api));
      method.methodResponses[response.statusCode] = patched;
      return methodResponseOut(patched);
    },
    DeleteMethodResponse: (input, ctx) => {
      const { method } = requireMethodPath(store, ctx, input);
      const response = requireResponse(method, input.statusCode);
      delete method.methodResponses[response.statusCode];
      return {};
    },
  };
}
