import type { RestRoute, ServiceDefinition } from '../types';

export interface CompiledRoute {
  route: RestRoute;
  method: string;
  pattern: RegExp;
  labels: string[];
  /** Query literals the template requires (`/path?x-id=Op` or `?tagging`). */
  requiredQuery: [string, string | undefined][];
  /** More literal characters wins when two templates match the same path. */
  specificity: number;
}

const compiled = new WeakMap<ServiceDefinition, CompiledRoute[]>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(route: RestRoute): CompiledRoute {
  const [pathPart = '/', queryPart] = route.path.split('?', 2);
  const labels: string[] = [];
  let source = '';
  let specificity = 0;
  for (const piece of pathPart.split(/(\{[^}]+\})/)) {
    const label = /^\{([^}+]+)(\+?)\}$/.exec(piece);
    if (label) {
      labels.push(label[1] as string);
      source += label[2] ? '(.+)' : `(${route.labelPatterns?.[label[1] as string] ?? '[^/]+'})`;
    } else if (piece) {
      source += escapeRegExp(piece);
      specificity += piece.length;
    }
  }
  const requiredQuery: [string, string | undefined][] = [];
  for (const pair of (queryPart ?? '').split('&').filter(Boolean)) {
    const [name = '', value] = pair.split('=', 2);
    requiredQuery.push([name, value]);
    specificity += 1;
  }
  return {
    route,
    method: route.method.toUpperCase(),
    pattern: new RegExp(`^${source}$`),
    labels,
    requiredQuery,
    specificity,
  };
}

/** Compiled once per service, most specific first. */
export function compiledRoutes(service: ServiceDefinition): CompiledRoute[] {
  let routes = compiled.get(service);
  if (!routes) {
    routes = (service.routes ?? []).map(compile).sort((a, b) => b.specificity - a.specificity);
    compiled.set(service, routes);
  }
  return routes;
}

export interface RouteMatch {
  compiled: CompiledRoute;
  labels: Record<string, string>;
}

export function matchRoute(
  service: ServiceDefinition,
  method: string,
  rawPath: string,
  query: URLSearchParams,
): RouteMatch | undefined {
  for (const candidate of compiledRoutes(service)) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(rawPath);
    if (!match) continue;
    if (
      !candidate.requiredQuery.every(([name, value]) =>
        value === undefined ? query.has(name) : query.get(name) === value,
      )
    )
      continue;
    const labels: Record<string, string> = {};
    try {
      candidate.labels.forEach((name, index) => {
        labels[name] = decodeURIComponent(match[index + 1] as string);
      });
    } catch {
      continue;
    }
    return { compiled: candidate, labels };
  }
  return undefined;
}
