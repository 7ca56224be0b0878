import { hrefFor, type Route } from '../../app/hash-route';

/**
 * The API & load balancing area's addresses, each surviving a reload:
 * `#/api` (APIs and load balancers), `#/api/apis/<apiId>?tab=` (one REST API),
 * `#/api/expose?endpoint=<name>` (expose an endpoint as an API),
 * `#/api/load-balancers/<name>?tab=` (one load balancer),
 * `#/api/load-balancers/<name>/target-groups/<targetGroupName>` (its target health board).
 */
export type ApiAreaView =
  | { view: 'home' }
  | { view: 'api'; apiId: string; tab?: string }
  | { view: 'expose'; endpointName?: string }
  | { view: 'loadBalancer'; name: string; tab?: string }
  | { view: 'targetGroup'; loadBalancer: string; targetGroup: string }
  | { view: 'unknown' };

export function apiAreaView(route: Pick<Route, 'path' | 'params'>): ApiAreaView {
  const [first, second, third, fourth, ...rest] = route.path;
  const tab = route.params.get('tab') || undefined;
  if (rest.length > 0) return { view: 'unknown' };
  if (first === undefined) return { view: 'home' };
  if (first === 'expose' && second === undefined) {
    const endpointName = route.params.get('endpoint') || undefined;
    return endpointName ? { view: 'expose', endpointName } : { view: 'expose' };
  }
  if (first === 'apis' && second !== undefined && third === undefined) return tab ? { view: 'api', apiId: second, tab } : { view: 'api', apiId: second };
  if (first === 'load-balancers' && second !== undefined) {
    if (third === undefined) return tab ? { view: 'loadBalancer', name: second, tab } : { view: 'loadBalancer', name: second };
    if (third === 'target-groups' && fourth !== undefined) return { view: 'targetGroup', loadBalancer: second, targetGroup: fourth };
  }
  return { view: 'unknown' };
}

export const apiHomeHref = () => hrefFor('api');
export const restApiHref = (apiId: string, tab?: string) => hrefFor('api', ['apis', apiId], tab ? { tab } : undefined);
export const exposeHref = (endpointName?: string) => hrefFor('api', ['expose'], endpointName ? { endpoint: endpointName } : undefined);
export const loadBalancerHref = (name: string, tab?: string) => hrefFor('api', ['load-balancers', name], tab ? { tab } : undefined);
export const targetGroupHref = (loadBalancer: string, targetGroup: string) => hrefFor('api', ['load-balancers', loadBalancer, 'target-groups', targetGroup]);
