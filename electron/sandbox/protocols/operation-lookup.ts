import type { OperationContext, OperationHandler, ServiceDefinition } from '../types';

/** Own properties only: a request naming `constructor` or `toString` must not reach Object.prototype. */
export function lookupOperation(service: ServiceDefinition, name: string): OperationHandler | undefined {
  return Object.prototype.hasOwnProperty.call(service.operations, name) ? service.operations[name] : undefined;
}

export function withHttp(
  ctx: Omit<OperationContext, 'http'>,
  exchange: { method: string; rawPath: string; query: URLSearchParams; headers: Record<string, string>; body: Buffer },
): OperationContext {
  return {
    ...ctx,
    http: {
      method: exchange.method,
      path: exchange.rawPath,
      query: exchange.query,
      headers: exchange.headers,
      body: exchange.body,
    },
  };
}
