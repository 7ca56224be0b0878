import type { MetricRange } from '../../../../shared/domain/metrics';

const MINUTE_S = 60;
const DAY_S = 86_400;

/**
 * What CloudWatch keeps (GetMetricData reference): 1-minute datapoints for 15 days, 5-minute for
 * 63 days, 1-hour for 455 days. A period finer than what survives at the range's start returns
 * nothing for the old part, so the period is at least the finest one still kept there.
 */
const RETENTION: { maxAgeS: number; periodS: number }[] = [
  { maxAgeS: 15 * DAY_S, periodS: 60 },
  { maxAgeS: 63 * DAY_S, periodS: 300 },
  { maxAgeS: 455 * DAY_S, periodS: 3_600 },
];
export const RETENTION_DAYS = 455;

/** Periods people read at a glance; every one a multiple of the coarser retention steps it follows. */
const NICE_PERIODS_S = [60, 120, 180, 300, 600, 900, 1_200, 1_800, 3_600, 7_200, 10_800, 21_600, 43_200, 86_400];

/** GetMetricData's limits per call: 500 queries, 100,800 datapoints in all. */
export const MAX_QUERIES = 500;
export const MAX_DATAPOINTS_PER_CALL = 100_800;
/**
 * Points per series on a dashboard: one per pixel of a wide chart. More costs IPC and parsing
 * without showing more; a shorter range (down to 1 minute over a day) gives finer detail.
 */
export const SCREEN_POINTS = 1_440;

export interface MetricWindow {
  /** Epoch seconds, aligned to the period. */
  startS: number;
  /** Epoch seconds, aligned to the period (exclusive): the current, partial period is included. */
  endS: number;
  periodS: number;
  /** The range starts before CloudWatch's 455 days: nothing there. */
  beyondRetention: boolean;
}

function rangeSeconds(range: MetricRange, nowMs: number): { fromS: number; toS: number } {
  const nowS = Math.floor(nowMs / 1000);
  if (range.kind === 'relative') return { fromS: nowS - range.minutes * MINUTE_S, toS: nowS };
  return { fromS: Math.floor(Date.parse(range.start) / 1000), toS: Math.min(nowS, Math.floor(Date.parse(range.end) / 1000)) };
}

/** The finest period CloudWatch still keeps for data that old. */
export function retentionPeriod(ageS: number): number {
  return RETENTION.find((step) => ageS <= step.maxAgeS)?.periodS ?? 3_600;
}

/**
 * The window and period of one GetMetricData call: the finest period that CloudWatch keeps at the
 * range's start, that gives at most `maxPoints` per series, and that keeps every series of the call
 * within 100,800 datapoints (so it is one page). `atLeastS` is a floor (an alarm's own period).
 */
export function metricWindow(range: MetricRange, nowMs: number, opts: { queries: number; maxPoints?: number; atLeastS?: number }): MetricWindow {
  const { fromS, toS } = rangeSeconds(range, nowMs);
  const nowS = Math.floor(nowMs / 1000);
  const spanS = Math.max(MINUTE_S, toS - fromS);
  const maxPoints = Math.min(opts.maxPoints ?? SCREEN_POINTS, Math.floor(MAX_DATAPOINTS_PER_CALL / Math.max(1, opts.queries)));
  const floorS = Math.max(retentionPeriod(nowS - fromS), opts.atLeastS ?? MINUTE_S);
  const fits = (p: number) => p >= floorS && p % floorS === 0 && Math.ceil(spanS / p) <= maxPoints;
  const periodS = NICE_PERIODS_S.find(fits) ?? Math.max(floorS, Math.ceil(spanS / maxPoints / floorS) * floorS);
  const startS = Math.floor(fromS / periodS) * periodS;
  // A range reaching now includes the whole period holding now: rounding a boundary-exact `now`
  // up to itself would leave out what happened in its first second.
  const endS = Math.max(startS + periodS, toS >= nowS ? (Math.floor(nowS / periodS) + 1) * periodS : Math.ceil(toS / periodS) * periodS);
  return { startS, endS, periodS, beyondRetention: nowS - toS > RETENTION_DAYS * DAY_S };
}

/** Every period start of the window: one chart axis, so gaps stay gaps. */
export function windowTimestamps(window: MetricWindow): number[] {
  const out: number[] = [];
  for (let t = window.startS; t < window.endS; t += window.periodS) out.push(t);
  return out;
}
