import type { OperationContext } from '../../types';
import type { CostDeps } from './context';
import { linesFor } from './context';
import { invalidNextToken } from './errors';
import { compileFilter, compileGroupBy, type Expression, type GroupDefinition } from './expression';
import type { CostLine } from './lines';
import { metricValues, readMetrics } from './metrics';
import { assertNotPastNextMonth, buckets, readGranularity, readPeriod, startOfMonth, timePeriodOf } from './periods';

/** GetCostAndUsage: the caller's cost per period, optionally grouped (up to two keys) and filtered. */
export function getCostAndUsage(deps: CostDeps, input: Record<string, unknown>, ctx: OperationContext) {
  const now = deps.env.clock.now();
  const period = readPeriod(input.TimePeriod);
  const granularity = readGranularity(input.Granularity);
  const metrics = readMetrics(input.Metrics);
  const filter = compileFilter(input.Filter as Expression | undefined);
  const groupBy = (input.GroupBy as GroupDefinition[] | undefined) ?? [];
  const keysOf = compileGroupBy(groupBy);
  // The sandbox's answers always fit one page, so no token it could have issued exists.
  if (input.NextPageToken !== undefined) throw invalidNextToken();
  assertNotPastNextMonth(period, now);

  const openMonth = startOfMonth(now);
  const ResultsByTime = buckets(period, granularity).map((bucket) => {
    const lines = linesFor(deps, ctx, bucket).filter(filter);
    const Estimated = bucket.endMs > openMonth;
    if (keysOf.length === 0) return { TimePeriod: timePeriodOf(bucket), Total: metricValues(metrics, lines), Groups: [], Estimated };
    const groups = new Map<string, { keys: string[]; lines: CostLine[] }>();
    for (const line of lines) {
      const keys = keysOf.map((k) => k(line));
      const id = JSON.stringify(keys);
      const group = groups.get(id) ?? { keys, lines: [] };
      group.lines.push(line);
      groups.set(id, group);
    }
    const Groups = [...groups.values()].sort((a, b) => a.keys.join('\u0000').localeCompare(b.keys.join('\u0000'))).map((g) => ({ Keys: g.keys, Metrics: metricValues(metrics, g.lines) }));
    return { TimePeriod: timePeriodOf(bucket), Total: {}, Groups, Estimated };
  });
  const byAccount = groupBy.some((g) => g.Type === 'DIMENSION' && g.Key === 'LINKED_ACCOUNT');
  return {
    GroupDefinitions: groupBy.length > 0 ? groupBy : undefined,
    ResultsByTime,
    DimensionValueAttributes: byAccount ? [{ Value: ctx.accountId, Attributes: { description: 'sandbox' } }] : [],
  };
}
