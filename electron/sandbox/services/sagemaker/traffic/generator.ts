import type { TrafficControl, TrafficFault, TrafficSettings, Where } from '../../../types';
import type { SageMakerDeps } from '../base/deps';
import type { EndpointRecord, EndpointTraffic, VariantState } from '../base/records';
import { key } from '../base/state';
import { validationException } from '../base/errors';
import { dailyShare, simulateMinute } from './load-model';
import { publishMinute, recordMinute, type VariantMinuteReport } from './publisher';

const MINUTE_MS = 60_000;
const TICKER_KEY = 'sagemaker-traffic-generator';
const PUBLISH_LEAD_MS = 1_000;
/** Peak requests per minute when a generator is started without a rate. */
export const DEFAULT_BASE_RATE = 1000;

interface Share {
  fleet: 'old' | 'new';
  variant: VariantState;
  share: number;
}

/** Splits traffic between fleets (a deployment's share) and, within each, by current weight. */
function shares(endpoint: EndpointRecord): Share[] {
  const newFraction = endpoint.deployment?.newFraction ?? 0;
  const out: Share[] = [];
  const split = (variants: VariantState[], fleet: 'old' | 'new', fleetShare: number) => {
    const total = variants.reduce((sum, v) => sum + (v.currentInstanceCount > 0 ? v.currentWeight : 0), 0);
    if (fleetShare <= 0 || total <= 0) return;
    for (const variant of variants) if (variant.currentInstanceCount > 0 && variant.currentWeight > 0) out.push({ fleet, variant, share: (fleetShare * variant.currentWeight) / total });
  };
  split(endpoint.variants, 'old', 1 - newFraction);
  if (endpoint.deployment) split(endpoint.deployment.newVariants, 'new', newFraction);
  return out;
}

/**
 * Synthetic traffic for endpoints whose generator is on: once a simulated minute, each endpoint's
 * rate (the daily pattern, or a fixed rate) is routed over its variants and published as one
 * aggregate per variant. The ticker only runs while some endpoint has traffic, so a sandbox
 * without traffic leaves no timer on the clock.
 */
export class TrafficGenerator implements TrafficControl {
  private ticking = false;
  /** Timestamp of the previous tick: with --time-scale, ticks come faster than timestamps move. */
  private lastTickMs: number | undefined;

  constructor(private readonly deps: SageMakerDeps) {}

  private endpoints(): { where: Where; endpoint: EndpointRecord }[] {
    return this.deps.store.all().flatMap((state) => Object.values(state.endpoints).map((endpoint) => ({ where: state.where, endpoint })));
  }

  private find(where: Where, endpointName: string): EndpointRecord {
    const endpoint = this.deps.store.region(where).endpoints[key(endpointName)];
    if (!endpoint) throw validationException(`Could not find endpoint "${endpointName}" in ${where.region} of account ${where.accountId}.`);
    return endpoint;
  }

  private traffic(endpoint: EndpointRecord): EndpointTraffic {
    return (endpoint.traffic ??= { on: false, baseRatePerMinute: DEFAULT_BASE_RATE, faults: {} });
  }

  start(where: Where, endpointName: string, baseRatePerMinute?: number): TrafficSettings {
    const endpoint = this.find(where, endpointName);
    const traffic = this.traffic(endpoint);
    traffic.on = true;
    if (baseRatePerMinute !== undefined) traffic.baseRatePerMinute = baseRatePerMinute;
    this.ensureTicking();
    return this.describe(where, endpoint);
  }

  stop(where: Where, endpointName: string): TrafficSettings {
    const endpoint = this.find(where, endpointName);
    this.traffic(endpoint).on = false;
    if (!this.endpoints().some((e) => e.endpoint.traffic?.on)) this.stopTicking();
    return this.describe(where, endpoint);
  }

  /** A fixed rate (requests per minute) in place of the daily pattern; undefined goes back to it. */
  setRate(where: Where, endpointName: string, ratePerMinute: number | undefined): TrafficSettings {
    const endpoint = this.find(where, endpointName);
    const traffic = this.traffic(endpoint);
    if (ratePerMinute === undefined) delete traffic.fixedRatePerMinute;
    else traffic.fixedRatePerMinute = ratePerMinute;
    return this.describe(where, endpoint);
  }

  setFault(where: Where, endpointName: string, variantName: string, change: Partial<TrafficFault>): TrafficSettings {
    const endpoint = this.find(where, endpointName);
    const traffic = this.traffic(endpoint);
    const current = traffic.faults[variantName] ?? { latencyMs: 0, errorRate: 0 };
    const next = { ...current, ...change };
    if (next.latencyMs === 0 && next.errorRate === 0) delete traffic.faults[variantName];
    else traffic.faults[variantName] = next;
    return this.describe(where, endpoint);
  }

  list(): TrafficSettings[] {
    return this.endpoints()
      .filter(({ endpoint }) => endpoint.traffic)
      .map(({ where, endpoint }) => this.describe(where, endpoint));
  }

  describe(where: Where, endpoint: EndpointRecord): TrafficSettings {
    const traffic = this.traffic(endpoint);
    // A copy: callers keep what they were told, not a view of the live settings.
    const faults = Object.fromEntries(Object.entries(traffic.faults).map(([variant, fault]) => [variant, { ...fault }]));
    const settings: TrafficSettings = { endpointName: endpoint.name, region: where.region, accountId: where.accountId, on: traffic.on, baseRatePerMinute: traffic.baseRatePerMinute, faults };
    if (traffic.fixedRatePerMinute !== undefined) settings.fixedRatePerMinute = traffic.fixedRatePerMinute;
    return settings;
  }

  /** Publishes the last `minutes` minutes as if the generator had been running (seeded history). */
  backfill(where: Where, endpointName: string, minutes: number): void {
    const endpoint = this.find(where, endpointName);
    const traffic = this.traffic(endpoint);
    const now = this.deps.env.clock.now();
    for (let back = minutes; back >= 1; back--) this.emitMinute(where, endpoint, traffic, now - back * MINUTE_MS);
  }

  /** Starts the minute ticker when some endpoint has traffic on (after a seed or a restore). */
  ensureTicking(): void {
    if (this.ticking || !this.endpoints().some((e) => e.endpoint.traffic?.on)) return;
    this.ticking = true;
    this.lastTickMs = undefined;
    // Each minute is published just before it ends, so CloudWatch's evaluation at the top of the
    // next minute (alarms are evaluated on whole minutes) already sees it.
    const now = this.deps.env.clock.now();
    const firstMs = (MINUTE_MS - ((now + PUBLISH_LEAD_MS) % MINUTE_MS)) % MINUTE_MS;
    this.deps.timers.after(TICKER_KEY, firstMs, () => {
      this.tick();
      if (this.ticking) this.deps.timers.every(TICKER_KEY, MINUTE_MS, () => this.tick());
    });
  }

  /** Called when the module's timers were all cancelled (dispose, reset, restore). */
  forgetTicker(): void {
    this.ticking = false;
  }

  private stopTicking(): void {
    this.deps.timers.cancel(TICKER_KEY);
    this.ticking = false;
  }

  /**
   * Metric timestamps stay wall-clock while --time-scale compresses the ticker's interval, so each
   * tick publishes the share of a minute its timestamps moved: a wall-clock minute's metrics always
   * add up to the rate (on the manual clock, and at scale 1, that is one whole minute per tick).
   */
  private tick(): void {
    const now = this.deps.env.clock.now();
    const fraction = this.lastTickMs === undefined ? 1 : Math.min(1, Math.max(0, (now - this.lastTickMs) / MINUTE_MS));
    this.lastTickMs = now;
    if (fraction === 0) return;
    for (const { where, endpoint } of this.endpoints()) {
      const traffic = endpoint.traffic;
      if (!traffic?.on || (endpoint.status !== 'InService' && endpoint.status !== 'Updating')) continue;
      this.emitMinute(where, endpoint, traffic, now, fraction);
    }
  }

  private emitMinute(where: Where, endpoint: EndpointRecord, traffic: EndpointTraffic, now: number, fraction = 1): void {
    const rate = (traffic.fixedRatePerMinute ?? traffic.baseRatePerMinute * dailyShare(now)) * fraction;
    const minuteMs = Math.floor(now / MINUTE_MS) * MINUTE_MS;
    const reports = new Map<string, { invocations: number; instances: number; latencyMs: number; errors: number; servedBy: VariantMinuteReport['servedBy'] }>();
    for (const { fleet, variant, share } of shares(endpoint)) {
      const fault = traffic.faults[variant.variantName];
      const applies = fault && (!fault.newFleetOnly || fleet === 'new');
      const invocations = Math.round(rate * share);
      const entry = reports.get(variant.variantName) ?? { invocations: 0, instances: 0, latencyMs: 0, errors: 0, servedBy: [] };
      entry.invocations += invocations;
      entry.instances += variant.currentInstanceCount;
      if (applies) {
        entry.latencyMs = Math.max(entry.latencyMs, fault.latencyMs);
        entry.errors += invocations * fault.errorRate;
      }
      entry.servedBy.push({ variant, slots: variant.currentInstanceCount });
      reports.set(variant.variantName, entry);
    }
    for (const [variantName, entry] of reports) {
      const outcome = simulateMinute({
        invocations: entry.invocations,
        instances: entry.instances,
        extraLatencyMs: entry.latencyMs,
        errorRate: entry.invocations > 0 ? entry.errors / entry.invocations : 0,
        seed: `${endpoint.arn}:${variantName}:${minuteMs}`,
        minuteShare: fraction,
      });
      recordMinute(endpoint, variantName, minuteMs, entry.invocations, entry.instances);
      publishMinute(this.deps.env, where, endpoint, { variantName, invocations: entry.invocations, instances: entry.instances, errors4xx: 0, outcome, servedBy: entry.servedBy }, now);
    }
  }
}
