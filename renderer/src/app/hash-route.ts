import { useMemo, useSyncExternalStore } from 'react';
import { DEFAULT_AREA, isAreaId, type AreaId } from './areas';

/*
 * Hash routes (`#/training/jobs/my-job`, `#/processing/new?clone=x`) work the same under Electron's
 * app:// protocol and the web host's http, need no server fallback, and survive a reload: every
 * resource gets one so the palette, notifications and the journal can open it.
 */

export interface Route {
  /** `undefined` when the first segment names no area (the "not found" page). */
  area: AreaId | undefined;
  /** The decoded segments after the area: `['jobs', 'my-job']`. */
  path: string[];
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const queryAt = raw.indexOf('?');
  const pathPart = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1));
  const [first = '', ...rest] = pathPart.split('/');
  const path = rest.filter(Boolean).map(safeDecode);
  if (first === '') return { area: DEFAULT_AREA, path, params };
  return { area: isAreaId(first) ? first : undefined, path, params };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function areaFromHash(hash: string): AreaId | undefined {
  return parseRoute(hash).area;
}

/** `#/<area>/<segments...>?<params>`, each segment encoded. */
export function hrefFor(area: AreaId, segments: readonly string[] = [], params?: Record<string, string>): string {
  const path = [area, ...segments.map(encodeURIComponent)].join('/');
  const query = params && Object.keys(params).length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `#/${path}${query}`;
}

export function hrefForArea(id: AreaId): string {
  return hrefFor(id);
}

export function navigateTo(id: AreaId): void {
  window.location.hash = `/${id}`;
}

/** Opens a hash href such as one from `hrefFor`; a route change is a history entry, so Back works. */
export function navigateHref(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The area in the address bar; `undefined` when the hash names no area. */
export function useCurrentArea(): AreaId | undefined {
  return areaFromHash(useSyncExternalStore(subscribe, currentHash));
}

/** The whole route, re-rendering on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
}
