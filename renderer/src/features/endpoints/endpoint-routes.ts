import { hrefFor, type Route } from '../../app/hash-route';

/**
 * The Endpoints area's addresses:
 *   `#/endpoints`                                  the endpoints list
 *   `#/endpoints/<name>`                           one endpoint: variants, deployment history, rollback
 *   `#/endpoints/<name>/deploy[?version=<arn>]`    deploy a model version to it (a new name creates it)
 *   `#/endpoints/<name>/scaling[?variant=<v>]`     its autoscaling (one variant at a time)
 *   `#/endpoints/<name>/invoke`                    test invocation
 *   `#/endpoints/<name>/deployment`                its running (or last) deployment, followed live
 * `_new` stands for "an endpoint not named yet": AWS endpoint names cannot hold `_`, so it never
 * shadows a real endpoint (the deploy form then asks for the name).
 */
export type EndpointsView =
  | { view: 'list' }
  | { view: 'detail'; name: string }
  | { view: 'deploy'; name: string | undefined; version: string | undefined }
  | { view: 'scaling'; name: string; variant: string | undefined }
  | { view: 'invoke'; name: string }
  | { view: 'deployment'; name: string }
  | { view: 'unknown' };

export const NEW_ENDPOINT = '_new';

export function endpointsView(route: Pick<Route, 'path' | 'params'>): EndpointsView {
  const [name, screen, extra, ...rest] = route.path;
  const param = (key: string) => route.params.get(key) || undefined;
  if (name === undefined) return { view: 'list' };
  if (rest.length > 0) return { view: 'unknown' };
  if (screen === 'deploy' && extra === undefined)
    return { view: 'deploy', name: name === NEW_ENDPOINT ? undefined : name, version: param('version') };
  if (name === NEW_ENDPOINT) return { view: 'unknown' };
  if (screen === undefined) return { view: 'detail', name };
  if (extra !== undefined) return { view: 'unknown' };
  if (screen === 'deployment') return { view: 'deployment', name };
  if (screen === 'scaling') return { view: 'scaling', name, variant: param('variant') };
  if (screen === 'invoke') return { view: 'invoke', name };
  return { view: 'unknown' };
}

export const endpointsHref = () => hrefFor('endpoints');
export const endpointHref = (name: string) => hrefFor('endpoints', [name]);
export const deployHref = (name?: string, version?: string) =>
  hrefFor('endpoints', [name ?? NEW_ENDPOINT, 'deploy'], version ? { version } : undefined);
export const scalingHref = (name: string, variant?: string) =>
  hrefFor('endpoints', [name, 'scaling'], variant ? { variant } : undefined);
export const invokeHref = (name: string) => hrefFor('endpoints', [name, 'invoke']);
export const deploymentHref = (name: string) => hrefFor('endpoints', [name, 'deployment']);

/** The registry area's address of a model version (`#/registry/<group>/<version>`), built by that area. */
export const registryVersionHref = (group: string, version: number) => hrefFor('registry', [group, String(version)]);
