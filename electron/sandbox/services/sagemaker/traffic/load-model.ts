import { unitFrom } from '../base/hash';

/**
 * How a variant behaves under load, as a pure function of one minute's demand. Latency follows a
 * log-normal distribution whose median climbs once instances are busy; far past capacity some
 * requests fail with 5XX, as an overloaded inference server starts timing out.
 */

/** Requests per minute one instance serves comfortably (an XGBoost container on ml.m5.large). */
const CAPACITY_PER_INSTANCE = 1500;
const MEDIAN_MODEL_LATENCY_MS = 12;
const LATENCY_SIGMA = 0.35;
const MEDIAN_OVERHEAD_MS = 3;
/** Quantiles reported each minute as ModelLatency samples (z-scores of the normal distribution). */
const QUANTILE_Z = [-1.2816, -0.6745, 0, 0.6745, 1.2816, 1.6449, 2.3263];

export interface MinuteLoad {
  invocations: number;
  instances: number;
  /** Added model latency from the control API, in milliseconds. */
  extraLatencyMs: number;
  /** Injected 5XX share (0..1). */
  errorRate: number;
  /** Seed for the minute's jitter, so a replay produces the same numbers. */
  seed: string;
  /** Share of a minute these invocations cover (below 1 when --time-scale ticks faster). */
  minuteShare?: number;
}

export interface MinuteOutcome {
  invocationsPerInstance: number;
  utilisation: number;
  errors5xx: number;
  /** Microseconds, one per reported quantile. */
  modelLatencyUs: number[];
  overheadLatencyUs: number[];
  cpuPercent: number;
  memoryPercent: number;
  diskPercent: number;
}

export function latencyMultiplier(utilisation: number): number {
  const u = Math.min(Math.max(utilisation, 0), 3);
  return u <= 0.6 ? 1 : 1 + ((u - 0.6) / 0.4) ** 2 * 3;
}

export function overloadErrorRate(utilisation: number): number {
  return utilisation <= 1.2 ? 0 : Math.min(0.5, (utilisation - 1.2) * 0.25);
}

export function simulateMinute(load: MinuteLoad): MinuteOutcome {
  const instances = Math.max(1, load.instances);
  const perInstance = load.invocations / instances;
  // Load is a rate: a partial minute's requests are as busy as a whole minute at that rate.
  const utilisation = perInstance / Math.max(load.minuteShare ?? 1, 1e-6) / CAPACITY_PER_INSTANCE;
  const jitter = 0.95 + unitFrom(load.seed) * 0.1;
  const median = MEDIAN_MODEL_LATENCY_MS * latencyMultiplier(utilisation) * jitter;
  const errorShare = Math.min(1, load.errorRate + overloadErrorRate(utilisation));
  return {
    invocationsPerInstance: perInstance,
    utilisation,
    errors5xx: Math.round(load.invocations * errorShare),
    modelLatencyUs: QUANTILE_Z.map((z) => Math.round((median * Math.exp(LATENCY_SIGMA * z) + load.extraLatencyMs) * 1000)),
    overheadLatencyUs: QUANTILE_Z.map((z) => Math.round(MEDIAN_OVERHEAD_MS * jitter * Math.exp(0.2 * z) * 1000)),
    cpuPercent: Math.min(100, 4 + 78 * Math.min(utilisation, 1.25) * jitter),
    memoryPercent: Math.min(100, 31 + 9 * Math.min(utilisation, 1.5)),
    diskPercent: 12.4,
  };
}

/** Share of the daily peak: busiest at 15:00 UTC, about half of it at 03:00. */
export function dailyShare(ms: number): number {
  const hour = (ms % 86_400_000) / 3_600_000;
  return 0.55 + 0.45 * ((1 + Math.cos((2 * Math.PI * (hour - 15)) / 24)) / 2);
}

/** A single real request's latency (microseconds) under the given per-minute load. */
export function singleRequestLatencyUs(invocationsPerInstanceLastMinute: number, extraLatencyMs: number, seed: string): { model: number; overhead: number } {
  const utilisation = invocationsPerInstanceLastMinute / CAPACITY_PER_INSTANCE;
  const z = (unitFrom(seed) - 0.5) * 2.5;
  return {
    model: Math.round((MEDIAN_MODEL_LATENCY_MS * latencyMultiplier(utilisation) * Math.exp(LATENCY_SIGMA * z) + extraLatencyMs) * 1000),
    overhead: Math.round(MEDIAN_OVERHEAD_MS * Math.exp(0.2 * z) * 1000),
  };
}
