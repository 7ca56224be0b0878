import type { OperationContext, Where } from '../../types';
import { apiNotFound, notFound } from './errors';
import type { IntegrationRecord, MethodRecord, ResourceRecord, RestApiRecord } from './model';
import type { ApiGatewayStore } from './store';

export const whereOf = (ctx: OperationContext): Where => ({ accountId: ctx.accountId, region: ctx.region });

/** Finds the addressed records or answers AWS's NotFoundException with its wording. */
export function requireApi(store: ApiGatewayStore, ctx: OperationContext, restApiId: unknown): RestApiRecord {
  const api = typeof restApiId === 'string' ? store.restApi(whereOf(ctx), restApiId) : undefined;
  if (!api) throw apiNotFound(ctx.accountId, String(restApiId));
  return api;
}

export function requireResource(api: RestApiRecord, resourceId: unknown): ResourceRecord {
  const resource = typeof resourceId === 'string' ? api.resources[resourceId] : undefined;
  if (!resource) throw notFound('Invalid Resource identifier specified');
  return resource;
}

export function requireMethod(resource: ResourceRecord, httpMethod: unknown): MethodRecord {
  const method = typeof httpMethod === 'string' ? resource.resourceMethods[httpMethod.toUpperCase()] : undefined;
  if (!method) throw notFound('Invalid Method identifier specified');
  return method;
}

export function requireIntegration(method: MethodRecord): IntegrationRecord {
  if (!method.integration) throw notFound('Invalid Integration identifier specified');
  return method.integration;
}

/** The method addressed by `/restapis/{restApiId}/resources/{resourceId}/methods/{resourceHttpMethod}` (the label is not `httpMethod`: PutIntegration's body has its own). */
export function requireMethodPath(store: ApiGatewayStore, ctx: OperationContext, input: Record<string, unknown>) {
  const api = requireApi(store, ctx, input.restApiId);
  const resource = requireResource(api, input.resourceId);
  return { api, resource, method: requireMethod(resource, input.resourceHttpMethod) };
}
