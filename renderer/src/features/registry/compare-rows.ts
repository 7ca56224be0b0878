import type { VersionMetric } from '../../../../shared/domain/registry';

export interface CompareRow {
  name: string;
  a?: number;
  b?: number;
  /** b − a, when both versions have the metric. */
  delta?: number;
}

/** One row per metric either version has, by name; a metric from both sources keeps the statistics file's value. */
export function compareRows(a: VersionMetric[], b: VersionMetric[]): CompareRow[] {
  const byName = (metrics: VersionMetric[]) => {
    const map = new Map<string, number>();
    // Statistics-file values are set last, so they win over the metadata's copy of the same name.
    const rank = (metric: VersionMetric) => (metric.source === 'model-metrics' ? 1 : 0);
    for (const metric of [...metrics].sort((x, y) => rank(x) - rank(y))) map.set(metric.name, metric.value);
    return map;
  };
  const left = byName(a);
  const right = byName(b);
  const names = [...new Set([...left.keys(), ...right.keys()])].sort((x, y) => x.localeCompare(y));
  return names.map((name) => {
    const row: CompareRow = { name };
    const x = left.get(name);
    const y = right.get(name);
    if (x !== undefined) row.a = x;
    if (y !== undefined) row.b = y;
    if (x !== undefined && y !== undefined) row.delta = y - x;
    return row;
  });
}
