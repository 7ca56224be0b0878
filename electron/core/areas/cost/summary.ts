import type { CostExplorerClient } from '@aws-sdk/client-cost-explorer';
import type { CostSummary, ServiceCost } from '../../../../shared/domain/cost';
import { dailyCost, groupDays, restOfMonthForecast, round2 } from './cost-explorer';
import type { MonthPeriod } from './month';

/** Per-service forecasts are one call each: the largest services only. */
const SERVICES_FORECAST = 5;

/**
 * Month to date by service (one GetCostAndUsage, DAILY, grouped by SERVICE: the days are the chart,
 * their sum the month so far) and the month-end forecast: month to date plus GetCostForecast of the
 * rest of the month, overall and for the largest services.
 */
export async function costSummary(client: CostExplorerClient, period: MonthPeriod, signal: AbortSignal): Promise<CostSummary> {
  const grouped = groupDays(period, await dailyCost(client, period, { Type: 'DIMENSION', Key: 'SERVICE' }, signal));
  const services = [...grouped.totals.keys()];
  const forecastOf = (service?: string) =>
    restOfMonthForecast(client, period, service ? { Dimensions: { Key: 'SERVICE', Values: [service] } } : undefined, signal);
  const [rest, ...perService] = await Promise.all([forecastOf(), ...services.slice(0, SERVICES_FORECAST).map((service) => forecastOf(service))]);
  const monthToDateUsd = round2([...grouped.totals.values()].reduce((sum, v) => sum + v, 0));
  const byService: ServiceCost[] = services.map((service, index) => {
    const mtd = grouped.totals.get(service) ?? 0;
    const restOfService = perService[index];
    return restOfService === undefined ? { service, monthToDateUsd: mtd } : { service, monthToDateUsd: mtd, forecastUsd: round2(mtd + restOfService) };
  });
  const notices: string[] = [];
  if (rest === undefined) notices.push('Cost Explorer has too little history to forecast this month yet.');
  if (services.length > SERVICES_FORECAST) notices.push(`Forecasts are shown for the ${SERVICES_FORECAST} largest services.`);
  return {
    available: true,
    month: period.month,
    monthToDateUsd,
    ...(rest !== undefined ? { forecastUsd: round2(monthToDateUsd + rest) } : {}),
    byService,
    daily: {
      id: 'cost-by-service',
      title: 'Daily cost by service',
      unit: 'USD',
      timestamps: period.days,
      series: grouped.series,
      thresholds: [],
      ...(services.length === 0 ? { note: 'Cost Explorer reports no cost this month yet.' } : {}),
    },
    estimated: grouped.estimated,
    notices,
  };
}
