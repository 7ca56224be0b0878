import type { Aggregate, Named } from './ast';
import { evaluate } from './evaluate';
import type { Row } from './records';
import { asNumber, asText, formatValue, naturalCompare, type Value } from './values';

/** Drops binary floating-point noise (0.1 + 0.2) from sums and averages. */
const tidy = (value: number) => Number(value.toPrecision(15));

function numbers(values: Value[]): number[] {
  return values.map((value) => asNumber(value)).filter((value): value is number => value !== undefined);
}

/** Nearest-rank percentile: the smallest value with at least N% of the values at or below it. */
function percentile(values: number[], pct: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((pct / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

function extreme(values: Value[], direction: 1 | -1): Value {
  if (values.length === 0) return null;
  return values.reduce((best, value) => (naturalCompare(value, best) * direction > 0 ? value : best));
}

function aggregate(spec: Aggregate, rows: Row[]): Value {
  if (spec.fn === 'count' && !spec.arg) return rows.length;
  const values = rows
    .map((row) => evaluate(spec.arg as NonNullable<Aggregate['arg']>, row))
    .filter((value) => value !== null);
  switch (spec.fn) {
    case 'count':
      return values.length;
    case 'count_distinct':
      return new Set(values.map((value) => asText(value))).size;
    case 'sum': {
      const found = numbers(values);
      return found.length === 0 ? null : tidy(found.reduce((a, b) => a + b, 0));
    }
    case 'avg': {
      const found = numbers(values);
      return found.length === 0 ? null : tidy(found.reduce((a, b) => a + b, 0) / found.length);
    }
    case 'min':
      return extreme(values, -1);
    case 'max':
      return extreme(values, 1);
    case 'pct':
      return percentile(numbers(values), spec.percentile ?? 50);
  }
}

/**
 * `stats … by …`: one row per distinct combination of the grouping values, in the order the
 * groups were first met (events are read newest first).
 */
export function runStats(rows: Row[], aggregates: Aggregate[], groups: Named[]): Row[] {
  const buckets = new Map<string, { keys: Value[]; rows: Row[] }>();
  for (const row of rows) {
    const keys = groups.map((group) => evaluate(group.expr, row));
    const id = JSON.stringify(keys.map((key) => (key === null ? null : formatValue(key))));
    let bucket = buckets.get(id);
    if (!bucket) {
      bucket = { keys, rows: [] };
      buckets.set(id, bucket);
    }
    bucket.rows.push(row);
  }
  // Without `by`, stats answers one row even over no events (count 0).
  if (groups.length === 0 && buckets.size === 0) buckets.set('[]', { keys: [], rows: [] });
  return [...buckets.values()].map((bucket) => {
    const out: Row = new Map();
    groups.forEach((group, index) => {
      const key = bucket.keys[index] ?? null;
      if (key !== null) out.set(group.name, key);
    });
    for (const spec of aggregates) {
      const value = aggregate(spec, bucket.rows);
      if (value !== null) out.set(spec.name, value);
    }
    return out;
  });
}
