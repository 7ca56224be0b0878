/** A chart value with its unit, as hover values, labels and the screen-reader summary say it. */
export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'no data';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  const number = value.toLocaleString('en-US', { maximumFractionDigits: digits });
  if (unit === '%') return `${number}%`;
  if (unit === 'count' || unit === '') return number;
  return `${number} ${unit}`;
}

export interface SeriesFacts {
  label: string;
  last: number | null;
  min: number | null;
  max: number | null;
}

/** Last, lowest and highest value of a series, skipping gaps: what a screen reader is told. */
export function seriesFacts(label: string, values: readonly (number | null)[]): SeriesFacts {
  let last: number | null = null;
  let min: number | null = null;
  let max: number | null = null;
  for (const value of values) {
    if (value === null) continue;
    last = value;
    min = min === null ? value : Math.min(min, value);
    max = max === null ? value : Math.max(max, value);
  }
  return { label, last, min, max };
}
