import type { CostExplorerClient } from '@aws-sdk/client-cost-explorer';
import type { CostByTag, TagValueCost } from '../../../../shared/domain/cost';
import { dailyCost, groupDays, round2 } from './cost-explorer';
import type { MonthPeriod } from './month';

export const UNTAGGED_LABEL = '(untagged)';

/** AWS's group key `project$churn` → the value `churn`; `project$` (no such tag) → ''. */
export function tagValueOf(tagKey: string, groupKey: string): string {
  const prefix = `${tagKey}$`;
  return groupKey.startsWith(prefix) ? groupKey.slice(prefix.length) : groupKey;
}

export const tagValueLabel = (value: string) => (value === '' ? UNTAGGED_LABEL : value);

/** Month-to-date cost per value of a cost-allocation tag: one GetCostAndUsage, DAILY, grouped by the tag. */
export async function costByTag(client: CostExplorerClient, period: MonthPeriod, tagKey: string, signal: AbortSignal): Promise<CostByTag> {
  const label = (groupKey: string) => tagValueLabel(tagValueOf(tagKey, groupKey));
  const grouped = groupDays(period, await dailyCost(client, period, { Type: 'TAG', Key: tagKey }, signal), label);
  const values: TagValueCost[] = [...grouped.totals].map(([groupKey, monthToDateUsd]) => {
    const value = tagValueOf(tagKey, groupKey);
    return { label: tagValueLabel(value), value, untagged: value === '', monthToDateUsd };
  });
  const notices: string[] = [];
  if (values.length > 0 && values.every((v) => v.untagged)) {
    notices.push(`No cost carries the tag ${tagKey} yet. On AWS, a tag counts for cost only once it is activated as a cost-allocation tag in the Billing console, and from then on.`);
  }
  return {
    available: true,
    tagKey,
    month: period.month,
    values,
    totalUsd: round2(values.reduce((sum, v) => sum + v.monthToDateUsd, 0)),
    daily: {
      id: `cost-by-tag-${tagKey}`,
      title: `Daily cost by ${tagKey}`,
      unit: 'USD',
      timestamps: period.days,
      series: grouped.series,
      thresholds: [],
      ...(values.length === 0 ? { note: 'Cost Explorer reports no cost this month yet.' } : {}),
    },
    notices,
  };
}
