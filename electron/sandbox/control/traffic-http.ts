import type { TrafficCommands, TrafficTarget } from './traffic-commands';

/** What a traffic route answers: a JSON body, or a problem message for a 400. */
export type TrafficAnswer = { body: unknown } | { problem: string };

function target(body: Record<string, unknown>): TrafficTarget | string {
  const endpointName = body.endpointName ?? body.endpoint;
  if (typeof endpointName !== 'string' || endpointName === '') return 'endpointName must be a non-empty string';
  if (body.region !== undefined && typeof body.region !== 'string') return 'region must be a string';
  return body.region === undefined ? { endpointName } : { endpointName, region: body.region };
}

function optionalNumber(body: Record<string, unknown>, name: string, min: number, max = Infinity): number | undefined | string {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) return `${name} must be a number from ${min}${max === Infinity ? '' : ` to ${max}`}`;
  return value;
}

/**
 * `/_sandbox/traffic/...`: the endpoint traffic generator. Routes (JSON bodies):
 * GET traffic; POST traffic/start {endpointName, baseRatePerMinute?}; POST traffic/stop {endpointName};
 * POST traffic/rate {endpointName, ratePerMinute: number|null}; POST traffic/fault {endpointName,
 * variantName, latencyMs?, errorRate?, newFleetOnly?}. Every body may name a `region`.
 */
export function handleTrafficRoute(traffic: TrafficCommands, route: string, body: Record<string, unknown>): TrafficAnswer | undefined {
  if (route === 'GET traffic') return { body: { traffic: traffic.list() } };
  if (!route.startsWith('POST traffic/')) return undefined;
  const t = target(body);
  if (typeof t === 'string') return { problem: t };
  switch (route) {
    case 'POST traffic/start': {
      const rate = optionalNumber(body, 'baseRatePerMinute', 0);
      if (typeof rate === 'string') return { problem: rate };
      return { body: { traffic: traffic.start(rate === undefined ? t : { ...t, baseRatePerMinute: rate }) } };
    }
    case 'POST traffic/stop':
      return { body: { traffic: traffic.stop(t) } };
    case 'POST traffic/rate': {
      if (body.ratePerMinute === null) return { body: { traffic: traffic.setRate({ ...t, ratePerMinute: null }) } };
      const rate = optionalNumber(body, 'ratePerMinute', 0);
      if (typeof rate !== 'number') return { problem: 'ratePerMinute must be a non-negative number, or null for the daily pattern' };
      return { body: { traffic: traffic.setRate({ ...t, ratePerMinute: rate }) } };
    }
    case 'POST traffic/fault': {
      if (typeof body.variantName !== 'string' || body.variantName === '') return { problem: 'variantName must be a non-empty string' };
      const latencyMs = optionalNumber(body, 'latencyMs', 0);
      const errorRate = optionalNumber(body, 'errorRate', 0, 1);
      if (typeof latencyMs === 'string') return { problem: latencyMs };
      if (typeof errorRate === 'string') return { problem: errorRate };
      if (body.newFleetOnly !== undefined && typeof body.newFleetOnly !== 'boolean') return { problem: 'newFleetOnly must be a boolean' };
      const fault: Parameters<TrafficCommands['setFault']>[0] = { ...t, variantName: body.variantName };
      if (typeof latencyMs === 'number') fault.latencyMs = latencyMs;
      if (typeof errorRate === 'number') fault.errorRate = errorRate;
      if (typeof body.newFleetOnly === 'boolean') fault.newFleetOnly = body.newFleetOnly;
      return { body: { traffic: traffic.setFault(fault) } };
    }
    default:
      return undefined;
  }
}
