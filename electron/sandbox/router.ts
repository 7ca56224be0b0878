import { queryParameters } from './protocols/aws-query';
import { matchRoute } from './protocols/rest-routes';
import type { HttpExchange, ServiceDefinition } from './types';

export type RouteResult =
  | { kind: 'service'; service: ServiceDefinition }
  /** An X-Amz-Target nobody serves: answered as awsJson's UnknownOperationException. */
  | { kind: 'unknownTarget'; target: string }
  | { kind: 'none' };

export function isQueryCall(exchange: HttpExchange): boolean {
  const type = exchange.headers['content-type'] ?? '';
  if (type.startsWith('application/x-www-form-urlencoded')) return true;
  return exchange.body.length === 0 && exchange.query.has('Action');
}

/**
 * Chooses the service for a request on the shared port. Lookup tables are built once, here; per
 * request it is a header read, a map lookup and at most a few route regexes.
 */
export class ServiceRouter {
  private readonly byTargetPrefix = new Map<string, ServiceDefinition>();
  private readonly bySigningName = new Map<string, ServiceDefinition[]>();
  private readonly restXml: ServiceDefinition | undefined;

  constructor(private readonly services: ServiceDefinition[]) {
    for (const service of services) {
      if (service.targetPrefix) this.byTargetPrefix.set(service.targetPrefix, service);
      const list = this.bySigningName.get(service.signingName) ?? [];
      list.push(service);
      this.bySigningName.set(service.signingName, list);
    }
    this.restXml = services.find((service) => service.protocol === 'restXml');
  }

  resolve(exchange: HttpExchange, signingName: string | undefined): RouteResult {
    const target = exchange.headers['x-amz-target'];
    if (target !== undefined) {
      const service = this.byTargetPrefix.get(target.slice(0, Math.max(0, target.lastIndexOf('.'))));
      return service ? { kind: 'service', service } : { kind: 'unknownTarget', target };
    }
    const candidates = signingName !== undefined ? (this.bySigningName.get(signingName) ?? []) : this.services;
    const chosen = this.pick(candidates, exchange);
    if (chosen) return { kind: 'service', service: chosen };
    // Unsigned or unknown signing name on a path: S3 is the path-addressed service, let it answer.
    if (signingName === undefined && this.restXml) return { kind: 'service', service: this.restXml };
    const fallback =
      candidates.find((service) => service.protocol !== 'awsJson1_0' && service.protocol !== 'awsJson1_1') ??
      candidates[0];
    return fallback ? { kind: 'service', service: fallback } : { kind: 'none' };
  }

  private pick(candidates: ServiceDefinition[], exchange: HttpExchange): ServiceDefinition | undefined {
    if (candidates.length === 1 && candidates[0]?.protocol !== 'awsJson1_0' && candidates[0]?.protocol !== 'awsJson1_1')
      return candidates[0];
    if (isQueryCall(exchange)) {
      const action = queryParameters(exchange).get('Action');
      const query = candidates.find(
        (service) => service.protocol === 'awsQuery' && (action === null || action in service.operations),
      );
      if (query) return query;
    }
    for (const service of candidates) {
      if (service.protocol === 'restJson1' && matchRoute(service, exchange.method, exchange.rawPath, exchange.query))
        return service;
    }
    return candidates.find((service) => service.protocol === 'restXml');
  }
}
