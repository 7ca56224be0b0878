import { validation } from './errors';
import type { CostLine } from './lines';

/** GetCostAndUsage's metric names (AWS's MetricNames); the sandbox has no discounts, so every cost metric is the same amount. */
const COST_METRICS = ['AmortizedCost', 'BlendedCost', 'NetAmortizedCost', 'NetUnblendedCost', 'UnblendedCost'];
const USAGE_METRICS = ['UsageQuantity', 'NormalizedUsageAmount'];

export function readMetrics(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) throw validation('Metrics are required and must contain at least one metric');
  for (const name of value) {
    if (typeof name !== 'string' || ![...COST_METRICS, ...USAGE_METRICS].includes(name)) {
      throw validation(`Invalid metric name: ${String(name)}. Allowed metrics: ${[...COST_METRICS, ...USAGE_METRICS].join(', ')}`);
    }
  }
  return value as string[];
}

/** Amounts as AWS writes them: decimal strings, "0" for nothing. */
export function amount(value: number): string {
  if (Math.abs(value) < 1e-10) return '0';
  return value.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
}

/** Units of one kind keep their unit; mixed hours and GB-months have none ("N/A"), as AWS reports them. */
function usageUnit(lines: CostLine[]): string {
  const units = new Set(lines.map((l) => l.unit));
  return units.size === 1 ? [...units][0] ?? 'N/A' : 'N/A';
}

export function metricValues(metrics: string[], lines: CostLine[]): Record<string, { Amount: string; Unit: string }> {
  const cost = lines.reduce((sum, l) => sum + l.cost, 0);
  const quantity = lines.reduce((sum, l) => sum + l.quantity, 0);
  return Object.fromEntries(
    metrics.map((m) => {
      if (m === 'UsageQuantity') return [m, { Amount: amount(quantity), Unit: usageUnit(lines) }];
      if (m === 'NormalizedUsageAmount') return [m, { Amount: '0', Unit: 'N/A' }];
      return [m, { Amount: amount(cost), Unit: 'USD' }];
    }),
  );
}
