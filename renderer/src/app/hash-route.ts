import { useSyncExternalStore } from 'react';
import { DEFAULT_AREA, isAreaId, type AreaId } from './areas';

/**
 * Hash routes (`#/endpoints`) work the same under Electron's app:// protocol and the web host's
 * http, and need no server fallback.
 */
export function areaFromHash(hash: string): AreaId | undefined {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  if (id === '') return DEFAULT_AREA;
  return isAreaId(id) ? id : undefined;
}

export function hrefForArea(id: AreaId): string {
  return `#/${id}`;
}

export function navigateTo(id: AreaId): void {
  window.location.hash = `/${id}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The area in the address bar; `undefined` when the hash names no area. */
export function useCurrentArea(): AreaId | undefined {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return areaFromHash(hash);
}
