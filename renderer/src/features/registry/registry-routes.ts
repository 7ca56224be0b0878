import { hrefFor, type Route } from '../../app/hash-route';

/**
 * The registry's addresses: `#/registry` (groups), `#/registry/<group>` (its versions),
 * `#/registry/<group>/<version>` (one version), `#/registry/<group>/compare?a=<v>&b=<v>`.
 */
export type RegistryView =
  | { view: 'groups' }
  | { view: 'versions'; group: string }
  | { view: 'version'; group: string; version: number }
  | { view: 'compare'; group: string; a: number | undefined; b: number | undefined }
  | { view: 'unknown' };

const versionNumber = (value: string | null | undefined) => (value && /^[1-9]\d*$/.test(value) ? Number(value) : undefined);

export function registryView(route: Pick<Route, 'path' | 'params'>): RegistryView {
  const [group, second, ...rest] = route.path;
  if (group === undefined) return { view: 'groups' };
  if (rest.length > 0) return { view: 'unknown' };
  if (second === undefined) return { view: 'versions', group };
  if (second === 'compare') return { view: 'compare', group, a: versionNumber(route.params.get('a')), b: versionNumber(route.params.get('b')) };
  const version = versionNumber(second);
  return version === undefined ? { view: 'unknown' } : { view: 'version', group, version };
}

export const groupsHref = () => hrefFor('registry');
export const groupHref = (group: string) => hrefFor('registry', [group]);
export const versionHref = (group: string, version: number) => hrefFor('registry', [group, String(version)]);
export const compareHref = (group: string, a: number, b: number) => hrefFor('registry', [group, 'compare'], { a: String(a), b: String(b) });
