import { hrefFor, type Route } from '../../app/hash-route';

/**
 * The Alarms area's addresses:
 *   `#/alarms[?state=&kind=&q=]`          the board, its filters in the query so a reload keeps them
 *   `#/alarms/alarm/<name>`               one alarm: definition, history, chart, actions
 *   `#/alarms/recommend/<endpointName>`   the recommended alarms for an endpoint
 */
export type AlarmsView =
  | { view: 'board' }
  | { view: 'detail'; name: string }
  | { view: 'recommend'; endpointName: string }
  | { view: 'unknown' };

export function alarmsView(route: Pick<Route, 'path'>): AlarmsView {
  const [screen, name, ...rest] = route.path;
  if (screen === undefined) return { view: 'board' };
  if (name === undefined || rest.length > 0) return { view: 'unknown' };
  if (screen === 'alarm') return { view: 'detail', name };
  if (screen === 'recommend') return { view: 'recommend', endpointName: name };
  return { view: 'unknown' };
}

export const boardHref = (params?: Record<string, string>) => hrefFor('alarms', [], params);
export const alarmHref = (name: string) => hrefFor('alarms', ['alarm', name]);
export const recommendHref = (endpointName: string) => hrefFor('alarms', ['recommend', endpointName]);
