import type { QueryResults } from '../../../../../shared/domain/logs';

/** A `bin(…)` field: what `stats … by bin(5m)` names its time buckets. */
export const binField = (fields: readonly string[]): string | undefined =>
  fields.find((field) => /^bin\s*\(/i.test(field));

/** Insights writes times as `2026-11-26 12:05:00.000`, in UTC. */
export function parseInsightsTime(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2} \d/.test(text)
    ? `${text.replace(' ', 'T')}${/[Zz+]/.test(text.slice(10)) ? '' : 'Z'}`
    : text;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

const isNumber = (text: string | undefined) =>
  text !== undefined && text.trim() !== '' && Number.isFinite(Number(text));

export interface BinSeries {
  label: string;
  values: (number | null)[];
}

export interface BinChartData {
  /** Bucket starts, seconds (uPlot's x), ascending. */
  times: number[];
  series: BinSeries[];
}

// More bars than this in one bucket cannot be told apart; the table still has every value.
const MAX_SERIES = 8;

/**
 * The bars of a `stats … by bin(…)` result: one series per numeric field (`count(*)`, `avg(x)`);
 * when the query also groups by other fields (`by bin(5m), level`), one series per value of those,
 * for the first numeric field. `undefined` when there is no bin field or nothing numeric to draw.
 */
export function binChartData(results: Pick<QueryResults, 'fields' | 'rows'>): BinChartData | undefined {
  const bin = binField(results.fields);
  if (!bin || results.rows.length === 0) return undefined;
  const others = results.fields.filter((field) => field !== bin);
  const numeric = others.filter((field) =>
    results.rows.every((row) => row[field] === undefined || isNumber(row[field])),
  );
  const keys = others.filter((field) => !numeric.includes(field));
  const first = numeric[0];
  if (!first) return undefined;

  const times = [...new Set(results.rows.flatMap((row) => parseInsightsTime(row[bin]) ?? []))].sort((a, b) => a - b);
  const at = new Map(times.map((time, index) => [time, index]));
  const byLabel = new Map<string, (number | null)[]>();
  const add = (label: string, time: number, value: string | undefined) => {
    if (!byLabel.has(label) && byLabel.size >= MAX_SERIES) return;
    const values = byLabel.get(label) ?? times.map(() => null);
    byLabel.set(label, values);
    const index = at.get(time);
    if (index !== undefined && isNumber(value)) values[index] = Number(value);
  };
  for (const row of results.rows) {
    const time = parseInsightsTime(row[bin]);
    if (time === undefined) continue;
    if (keys.length === 0) for (const field of numeric) add(field, time, row[field]);
    else add(`${first} · ${keys.map((key) => row[key] ?? '-').join(', ')}`, time, row[first]);
  }
  return {
    times: times.map((time) => time / 1000),
    series: [...byLabel].map(([label, values]) => ({ label, values })),
  };
}
