import table from '../../../resources/pricing/sagemaker-on-demand.json';
import type { JobCost, JobKind } from '../../../shared/domain/jobs';

export interface CostFacts {
  kind: JobKind;
  region: string;
  instanceType?: string | undefined;
  instanceCount: number;
  /** Seconds billed or run so far. */
  elapsedSeconds?: number | undefined;
  maxRuntimeSeconds?: number | undefined;
  running: boolean;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Instance-hours times the on-demand price of the type, from the table shipped in resources/ (its
 * source and date travel with every figure). Storage, data transfer and discounts are not in it.
 */
export function jobCost(facts: CostFacts): JobCost {
  const base = { currency: 'USD' as const, source: table.source, priceDate: table.asOf };
  const prices: Record<string, number> = table.hourly[facts.kind];
  const hourly = facts.instanceType ? prices[facts.instanceType] : undefined;
  if (hourly === undefined) {
    return { ...base, note: `The price table has no ${facts.kind} price for ${facts.instanceType ?? 'this instance type'}.` };
  }
  const perSecond = (hourly * facts.instanceCount) / 3600;
  const cost: JobCost = { ...base, hourlyPrice: hourly };
  if (facts.elapsedSeconds !== undefined) cost.soFar = round(perSecond * facts.elapsedSeconds);
  if (facts.running && facts.maxRuntimeSeconds !== undefined) cost.estimateAtMaxRuntime = round(perSecond * facts.maxRuntimeSeconds);
  if (facts.region !== table.region) cost.note = `Prices are ${table.region}'s; ${facts.region} may differ.`;
  return cost;
}
