import {
  GetCostAndUsageCommand,
  GetCostForecastCommand,
  type CostExplorerClient,
  type Expression,
  type GroupDefinition,
  type ResultByTime,
} from '@aws-sdk/client-cost-explorer';
import type { CostUnavailable } from '../../../../shared/domain/cost';
import type { ChartSeries } from '../../../../shared/domain/metrics';
import { operationMissing } from '../endpoints/aws-refusals';
import { dayIndex, type MonthPeriod } from './month';

/** Cost Explorer's pages of a query have no documented cap; this many is far beyond a month of days. */
const MAX_PAGES = 50;

export const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The endpoint has no Cost Explorer (another emulator, or AWS Organizations member accounts where the
 * payer disabled it): not the same as a failed call, so the screen says so instead of an error.
 */
export function costExplorerMissing(error: unknown): CostUnavailable | undefined {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = error instanceof Error ? error.name : '';
  if (operationMissing(error) || (status === 404 && !/NotFound/i.test(name)) || /UnrecognizedClient|InvalidClientTokenId/i.test(name)) {
    return { available: false, reason: 'Cost Explorer is not available on this endpoint, so month-to-date and forecast cost cannot be shown. What runs now is priced from the on-demand price table.' };
  }
  if (/AccessDenied/i.test(name)) {
    return { available: false, reason: 'This profile may not call Cost Explorer (ce:GetCostAndUsage). Ask for that permission, or use a profile that has it.' };
  }
  return undefined;
}

/** Every day of month-to-date UnblendedCost, all pages, grouped as asked. */
export async function dailyCost(client: CostExplorerClient, period: MonthPeriod, groupBy: GroupDefinition, signal: AbortSignal): Promise<ResultByTime[]> {
  const results: ResultByTime[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await client.send(
      new GetCostAndUsageCommand({
        TimePeriod: { Start: period.start, End: period.tomorrow },
        Granularity: 'DAILY',
        Metrics: ['UnblendedCost'],
        GroupBy: [groupBy],
        ...(token ? { NextPageToken: token } : {}),
      }),
      { abortSignal: signal },
    );
    results.push(...(answer.ResultsByTime ?? []));
    token = answer.NextPageToken;
    if (!token) break;
  }
  return results;
}

export interface GroupedDays {
  /** Group key (AWS's spelling) → month-to-date total. */
  totals: Map<string, number>;
  /** One series per group, a value per day of the month so far (0 where the day had none). */
  series: ChartSeries[];
  estimated: boolean;
}

const amountOf = (metrics: Record<string, { Amount?: string }> | undefined) => Number(metrics?.UnblendedCost?.Amount ?? 0) || 0;

/** Cost Explorer's days as totals per group and daily series, largest group first. */
export function groupDays(period: MonthPeriod, results: readonly ResultByTime[], labelOf: (key: string) => string = (key) => key): GroupedDays {
  const perGroup = new Map<string, number[]>();
  let estimated = false;
  for (const result of results) {
    const index = dayIndex(period, result.TimePeriod?.Start);
    if (index < 0) continue;
    estimated ||= result.Estimated === true;
    for (const group of result.Groups ?? []) {
      const key = group.Keys?.[0] ?? '';
      const values = perGroup.get(key) ?? period.days.map(() => 0);
      values[index] = (values[index] ?? 0) + amountOf(group.Metrics);
      perGroup.set(key, values);
    }
  }
  const totals = new Map([...perGroup].map(([key, values]) => [key, round2(values.reduce((sum, v) => sum + v, 0))] as const));
  const ordered = [...perGroup.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b));
  return {
    totals: new Map(ordered.map((key) => [key, totals.get(key) ?? 0])),
    series: ordered.map((key) => ({ label: labelOf(key), values: (perGroup.get(key) ?? []).map(round2) })),
    estimated,
  };
}

/**
 * Cost Explorer's forecast of the rest of the month (tomorrow to the 1st of next month), or
 * undefined on the month's last day or when it has too little history (DataUnavailable).
 */
export async function restOfMonthForecast(client: CostExplorerClient, period: MonthPeriod, filter: Expression | undefined, signal: AbortSignal): Promise<number | undefined> {
  if (period.tomorrow >= period.nextMonth) return 0;
  try {
    const answer = await client.send(
      new GetCostForecastCommand({
        TimePeriod: { Start: period.tomorrow, End: period.nextMonth },
        Metric: 'UNBLENDED_COST',
        Granularity: 'MONTHLY',
        ...(filter ? { Filter: filter } : {}),
      }),
      { abortSignal: signal },
    );
    return Number(answer.Total?.Amount ?? 0) || 0;
  } catch (error) {
    if (error instanceof Error && error.name === 'DataUnavailableException') return undefined;
    throw error;
  }
}
