import type { OperationContext } from '../../types';
import { linesFor, type CostDeps } from './context';
import { dataUnavailable, validation } from './errors';
import { compileFilter, type Expression } from './expression';
import { currentLevels, tagLookup } from './lines';
import { amount } from './metrics';
import { buckets, days, hoursInMonthOf, isoDate, readGranularity, readPeriod, startOfDay, timePeriodOf, type Period } from './periods';
import { priced, unitsUsed } from './pricing';

const FORECAST_METRICS = ['AMORTIZED_COST', 'BLENDED_COST', 'NET_AMORTIZED_COST', 'NET_UNBLENDED_COST', 'UNBLENDED_COST'];
/** How far back the jobs' daily average looks (the sandbox's choice: the demo keeps two weeks of nightly jobs). */
const RECENT_DAYS = 14;
const DAY_MS = 86_400_000;

function readLevel(value: unknown): number {
  if (value === undefined) return 80;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 51 || value > 99) {
    throw validation(`Value '${String(value)}' at 'predictionIntervalLevel' failed to satisfy constraint: Member must have value between 51 and 99`);
  }
  return value;
}

/**
 * GetCostForecast, extrapolated from what runs now: every endpoint's instances and every bucket's
 * bytes at today's price until the period ends, plus the daily average of the last 14 days' jobs
 * (jobs come and go; endpoints and storage stay). The interval widens with the level asked for.
 */
export function getCostForecast(deps: CostDeps, input: Record<string, unknown>, ctx: OperationContext) {
  const now = deps.env.clock.now();
  const period = readPeriod(input.TimePeriod);
  if (typeof input.Metric !== 'string' || !FORECAST_METRICS.includes(input.Metric)) {
    throw validation(`Value '${String(input.Metric)}' at 'metric' failed to satisfy constraint: Member must satisfy enum value set: [${FORECAST_METRICS.join(', ')}, USAGE_QUANTITY, NORMALIZED_USAGE_AMOUNT]`);
  }
  const granularity = readGranularity(input.Granularity);
  const level = readLevel(input.PredictionIntervalLevel);
  const filter = compileFilter(input.Filter as Expression | undefined);
  const today = startOfDay(now);
  if (period.startMs < today) throw validation(`Start date must be equal to or later than the current date: ${isoDate(today)}`);

  const resources = deps.store.of(ctx.accountId);
  if (resources.length === 0) throw dataUnavailable('Insufficient amount of historical data to generate forecast.');
  const tagsOf = tagLookup(deps.env.bus);
  const running = currentLevels(resources, now).flatMap(({ resource, levels }) =>
    levels.filter((l) => l.kind === 'hosting' || l.kind === 'storage').map((l) => ({ level: l, attrs: { ...priced(l, resource.region), region: resource.region, accountId: resource.accountId, tags: tagsOf(resource) } })),
  );
  const steady = running.filter((r) => filter(r.attrs));
  const recent: Period = { startMs: today - RECENT_DAYS * DAY_MS, endMs: today };
  const jobsPerDay = linesFor(deps, ctx, recent).filter((l) => (l.kind === 'training' || l.kind === 'processing') && filter(l)).reduce((sum, l) => sum + l.cost, 0) / RECENT_DAYS;

  const forecastOf = (p: Period) => {
    const from = Math.max(p.startMs, now);
    let mean = 0;
    for (const day of days(from, p.endMs)) {
      const hours = (day.endMs - day.startMs) / 3_600_000;
      for (const r of steady) mean += unitsUsed(r.level, hours, hoursInMonthOf(day.startMs)) * r.attrs.price;
      mean += (jobsPerDay * hours) / 24;
    }
    return mean;
  };
  const spread = 0.02 + ((level - 50) / 50) * 0.18;
  const results = buckets(period, granularity).map((p) => {
    const mean = forecastOf(p);
    return { TimePeriod: timePeriodOf(p), MeanValue: amount(mean), PredictionIntervalLowerBound: amount(mean * (1 - spread)), PredictionIntervalUpperBound: amount(mean * (1 + spread)) };
  });
  return { Total: { Amount: amount(forecastOf(period)), Unit: 'USD' }, ForecastResultsByTime: results };
}
