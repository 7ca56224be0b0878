import type { OperationHandler } from '../../types';
import { badRequest, notFound } from './errors';
import { optString, stringMap } from './input';
import { requireApi } from './lookup';
import type { GatewayResponseRecord } from './model';
import { gatewayResponseOut } from './output';
import { paginate } from './pages';
import { applyPatch, mapEntryRule, stringRule, type PatchRule } from './patch';
import type { ApiGatewayStore } from './store';

/**
 * Gateway response types and their default status codes ("Gateway response types for API
 * Gateway", developer guide); DEFAULT_4XX / DEFAULT_5XX have none, the others fall back to them.
 */
export const GATEWAY_RESPONSE_STATUS: Record<string, string | undefined> = {
  ACCESS_DENIED: '403',
  API_CONFIGURATION_ERROR: '500',
  AUTHORIZER_CONFIGURATION_ERROR: '500',
  AUTHORIZER_FAILURE: '500',
  BAD_REQUEST_BODY: '400',
  BAD_REQUEST_PARAMETERS: '400',
  DEFAULT_4XX: undefined,
  DEFAULT_5XX: undefined,
  EXPIRED_TOKEN: '403',
  INTEGRATION_FAILURE: '504',
  INTEGRATION_TIMEOUT: '504',
  INVALID_API_KEY: '403',
  INVALID_SIGNATURE: '403',
  MISSING_AUTHENTICATION_TOKEN: '403',
  QUOTA_EXCEEDED: '429',
  REQUEST_TOO_LARGE: '413',
  RESOURCE_NOT_FOUND: '404',
  THROTTLED: '429',
  UNAUTHORIZED: '401',
  UNSUPPORTED_MEDIA_TYPE: '415',
  WAF_FILTERED: '403',
};

const DEFAULT_TEMPLATE = { 'application/json': '{"message":$context.error.messageString}' };

/**
 * The response a gateway error of `type` gets: the API's own (PutGatewayResponse), else AWS's
 * default, whose status is the type's. Read by the data plane from a deployment's snapshot.
 */
export function gatewayResponseFor(custom: Record<string, GatewayResponseRecord>, type: string): GatewayResponseRecord & { defaultResponse: boolean } {
  const own = custom[type];
  if (own) return { ...own, statusCode: own.statusCode ?? GATEWAY_RESPONSE_STATUS[type], defaultResponse: false };
  return { responseType: type, statusCode: GATEWAY_RESPONSE_STATUS[type], responseParameters: {}, responseTemplates: { ...DEFAULT_TEMPLATE }, defaultResponse: true };
}

function responseType(value: unknown): string {
  if (typeof value !== 'string' || !(value in GATEWAY_RESPONSE_STATUS))
    throw badRequest(`1 validation error detected: Value '${String(value)}' at 'responseType' failed to satisfy constraint: Member must satisfy enum value set: [${Object.keys(GATEWAY_RESPONSE_STATUS).join(', ')}]`);
  return value;
}

function statusCode(value: string | undefined): string | undefined {
  if (value !== undefined && !/^[1-5]\d\d$/.test(value)) throw badRequest('Invalid status code specified');
  return value;
}

const RESPONSE_PATCH: PatchRule<GatewayResponseRecord>[] = [
  stringRule('/statusCode', (response, value) => (response.statusCode = statusCode(value)), true),
  mapEntryRule('/responseParameters', (response) => response.responseParameters),
  mapEntryRule('/responseTemplates', (response) => response.responseTemplates),
];

const out = (response: GatewayResponseRecord & { defaultResponse: boolean }) => {
  const { defaultResponse, ...record } = response;
  return gatewayResponseOut(record, defaultResponse);
};

export function gatewayResponseOperations(store: ApiGatewayStore): Record<string, OperationHandler> {
  return {
    PutGatewayResponse: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const type = responseType(input.responseType);
      api.gatewayResponses[type] = {
        responseType: type,
        statusCode: statusCode(optString(input, 'statusCode')),
        responseParameters: stringMap(input, 'responseParameters'),
        responseTemplates: stringMap(input, 'responseTemplates'),
      };
      return out(gatewayResponseFor(api.gatewayResponses, type));
    },
    GetGatewayResponse: (input, ctx) => out(gatewayResponseFor(requireApi(store, ctx, input.restApiId).gatewayResponses, responseType(input.responseType))),
    GetGatewayResponses: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const page = paginate(input, Object.keys(GATEWAY_RESPONSE_STATUS));
      return { ...page, item: page.item.map((type) => out(gatewayResponseFor(api.gatewayResponses, type))) };
    },
    UpdateGatewayResponse: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const type = responseType(input.responseType);
      const { defaultResponse: _default, ...current } = gatewayResponseFor(api.gatewayResponses, type);
      api.gatewayResponses[type] = applyPatch(input, current, RESPONSE_PATCH);
      return out(gatewayResponseFor(api.gatewayResponses, type));
    },
    DeleteGatewayResponse: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const type = responseType(input.responseType);
      if (!api.gatewayResponses[type]) throw notFound('Gateway response type not defined on api');
      delete api.gatewayResponses[type];
      return {};
    },
  };
}
