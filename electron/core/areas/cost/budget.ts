import type { CostBudget } from '../../../../shared/domain/cost';
import { openKeyedStore } from '../endpoints/local-store';

/** The endpoints area's store of the per-profile monthly budget (its autoscaling guard): read here, set there. */
const ENDPOINT_BUDGETS_FILE = 'endpoint-budgets.json';

const usd = (value: number) => `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function openBudgetReader(dataDir: string) {
  const budgets = openKeyedStore<number>(dataDir, ENDPOINT_BUDGETS_FILE);
  return {
    /** The profile's budget against the month's forecast; undefined when the profile has none. */
    async against(profile: string, forecastUsd: number | undefined): Promise<CostBudget | undefined> {
      const monthlyUsd = await budgets.get(profile);
      if (monthlyUsd === undefined) return undefined;
      const overBudget = forecastUsd !== undefined && forecastUsd > monthlyUsd;
      return {
        profile,
        monthlyUsd,
        overBudget,
        ...(overBudget ? { message: `Forecast ${usd(forecastUsd)} exceeds the monthly budget ${usd(monthlyUsd)}` } : {}),
      };
    },
  };
}
