import type { OperationContext } from '../../types';
import { linesFor, type CostDeps } from './context';
import { validation } from './errors';
import { readPeriod } from './periods';

const DIMENSION_READERS: Record<string, (l: { service: string; usageType: string; region: string; accountId: string }) => string> = {
  SERVICE: (l) => l.service,
  USAGE_TYPE: (l) => l.usageType,
  REGION: (l) => l.region,
  LINKED_ACCOUNT: (l) => l.accountId,
};

function searched(values: Iterable<string>, search: unknown): string[] {
  const needle = typeof search === 'string' ? search.toLowerCase() : '';
  return [...new Set(values)].filter((v) => v !== '' && v.toLowerCase().includes(needle)).sort();
}

/** GetDimensionValues: the values of a dimension that had usage in the period. */
export function getDimensionValues(deps: CostDeps, input: Record<string, unknown>, ctx: OperationContext) {
  const period = readPeriod(input.TimePeriod);
  const read = typeof input.Dimension === 'string' ? DIMENSION_READERS[input.Dimension] : undefined;
  if (!read) throw validation(`Dimension ${String(input.Dimension)} is not allowed. Allowed dimension(s): ${Object.keys(DIMENSION_READERS).join(', ')}`);
  const values = searched(linesFor(deps, ctx, period).map(read), input.SearchString);
  const DimensionValues = values.map((Value) => ({ Value, Attributes: input.Dimension === 'LINKED_ACCOUNT' ? { description: 'sandbox' } : {} }));
  return { DimensionValues, ReturnSize: values.length, TotalSize: values.length };
}

/** GetTags: tag keys (no TagKey) or one key's values, of the resources that had usage in the period. */
export function getTags(deps: CostDeps, input: Record<string, unknown>, ctx: OperationContext) {
  const period = readPeriod(input.TimePeriod);
  const lines = linesFor(deps, ctx, period);
  const key = typeof input.TagKey === 'string' ? input.TagKey : undefined;
  const tags = searched(
    lines.flatMap((l) => (key === undefined ? Object.keys(l.tags) : l.tags[key] === undefined ? [] : [l.tags[key]])),
    input.SearchString,
  );
  return { Tags: tags, ReturnSize: tags.length, TotalSize: tags.length };
}
