import table from '../../../../resources/pricing/sagemaker-on-demand.json';
import type { ScalingCost } from '../../../../shared/domain/endpoints';

/** Hours in a month as AWS's pricing calculator counts them (24 × 365 / 12). */
const HOURS_PER_MONTH = 730;
const round = (value: number) => Math.round(value * 100) / 100;
const usd = (value: number) => `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The hosting section's own provenance (it was recorded apart from training and processing). */
const hosting = table.sectionSources.hosting;
/** Said with every hosting figure: the section was never checked against AWS's page. */
export const HOSTING_PRICES_UNVERIFIED = `Hosting prices recorded ${hosting.asOf} without a live re-check of AWS's page: verify them there before relying on them.`;

/**
 * What a variant costs at its minimum and maximum capacity: on-demand instance-hours of the type
 * from the real-time inference table shipped in resources/ (source and date travel with every
 * figure, and the note that they are unverified), and a warning when the worst case exceeds the
 * profile's monthly budget.
 */
export function scalingCost(facts: { instanceType: string; minCapacity: number; maxCapacity: number; region: string; budgetMonthly?: number | undefined }): ScalingCost {
  const prices: Record<string, number> = table.hourly.hosting;
  const hourly = prices[facts.instanceType];
  const base: ScalingCost = {
    currency: 'USD',
    instanceType: facts.instanceType,
    source: hosting.source,
    priceDate: hosting.asOf,
    ...(facts.budgetMonthly !== undefined ? { budgetMonthly: facts.budgetMonthly } : {}),
  };
  if (hourly === undefined) return { ...base, note: `The price table has no hosting price for ${facts.instanceType}.` };
  const cost: ScalingCost = {
    ...base,
    note: facts.region === table.region ? HOSTING_PRICES_UNVERIFIED : `${HOSTING_PRICES_UNVERIFIED} They are ${table.region}'s; ${facts.region} may differ.`,
    hourlyPrice: hourly,
    hourlyAtMin: round(hourly * facts.minCapacity),
    hourlyAtMax: round(hourly * facts.maxCapacity),
    monthlyAtMin: round(hourly * facts.minCapacity * HOURS_PER_MONTH),
    monthlyAtMax: round(hourly * facts.maxCapacity * HOURS_PER_MONTH),
  };
  if (facts.budgetMonthly !== undefined && (cost.monthlyAtMax ?? 0) > facts.budgetMonthly) {
    cost.warning = `At its maximum of ${facts.maxCapacity} × ${facts.instanceType} this variant costs ${usd(cost.monthlyAtMax ?? 0)} a month, over the profile's budget of ${usd(facts.budgetMonthly)}.`;
  }
  return cost;
}
