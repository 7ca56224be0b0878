import type { MethodRecord, ResourceRecord } from '../model';

export interface MatchedResource {
  resource: ResourceRecord;
  pathParams: Record<string, string>;
}

function score(resource: ResourceRecord): number {
  // Literal segments win over {param}, which wins over {proxy+}, as API Gateway chooses.
  return resource.path.split('/').reduce((sum, part) => sum * 3 + (part.endsWith('+}') ? 0 : part.startsWith('{') ? 1 : 2), 0);
}

/** Matches a request path (`/predict`, `/items/42`) against a resource path template (`/items/{id}`, `/{proxy+}`). */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const want = template.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i] ?? '';
    const greedy = /^\{(.+)\+\}$/.exec(part);
    if (greedy) {
      if (i >= have.length) return undefined;
      params[greedy[1] ?? ''] = have.slice(i).map(decodeURIComponent).join('/');
      return i === want.length - 1 ? params : undefined;
    }
    const value = have[i];
    if (value === undefined) return undefined;
    const label = /^\{(.+)\}$/.exec(part);
    if (label) params[label[1] ?? ''] = decodeURIComponent(value);
    else if (part !== value) return undefined;
  }
  return want.length === have.length ? params : undefined;
}

/** The deployed resource serving this path, the most specific first. */
export function matchResource(resources: Record<string, ResourceRecord>, path: string): MatchedResource | undefined {
  const candidates = Object.values(resources)
    .map((resource) => ({ resource, pathParams: matchPath(resource.path, path) }))
    .filter((match): match is MatchedResource => match.pathParams !== undefined)
    .sort((a, b) => score(b.resource) - score(a.resource));
  return candidates[0];
}

/** The method for an HTTP method, falling back to ANY. */
export function methodFor(resource: ResourceRecord, httpMethod: string): MethodRecord | undefined {
  return resource.resourceMethods[httpMethod.toUpperCase()] ?? resource.resourceMethods.ANY;
}
