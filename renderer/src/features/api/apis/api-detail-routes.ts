import { hrefFor } from '../../../app/hash-route';

/*
 * The REST API page's own address parameters next to api-routes' `tab`: `method=<path>:<METHOD>`
 * selects a method on the Resources tab (its detail and Test panel), so "Test it" after the expose
 * flow and a reload land on the same method: `#/api/apis/<id>?tab=resources&method=/predict:POST`.
 */

export const API_TABS = ['resources', 'stages', 'models', 'metrics'] as const;
export type ApiTab = (typeof API_TABS)[number];
export const apiTabOf = (tab: string | undefined): ApiTab => ((API_TABS as readonly string[]).includes(tab ?? '') ? (tab as ApiTab) : 'resources');

export interface MethodRef {
  path: string;
  httpMethod: string;
}

/** `/predict:POST` → the method; the last colon splits, since paths never hold one but `{proxy+}` may hold anything else. */
export function parseMethodParam(value: string | null): MethodRef | undefined {
  if (!value) return undefined;
  const at = value.lastIndexOf(':');
  if (at <= 0 || at === value.length - 1) return undefined;
  return { path: value.slice(0, at), httpMethod: value.slice(at + 1) };
}

export function apiPageHref(apiId: string, tab: ApiTab, method?: MethodRef): string {
  return hrefFor('api', ['apis', apiId], { tab, ...(method ? { method: `${method.path}:${method.httpMethod}` } : {}) });
}

export const apiMethodHref = (apiId: string, method: MethodRef) => apiPageHref(apiId, 'resources', method);
