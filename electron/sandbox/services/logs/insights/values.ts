/**
 * Values a query works with. Event times stay `Date`s so they print in AWS's
 * `YYYY-MM-DD HH:MM:SS.mmm` (UTC) form and still compare and bin as numbers.
 */
export type Value = string | number | boolean | Date | null;

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  hr: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** `5m` → 300000; undefined for units the sandbox does not know (months, quarters, years). */
export function durationMs(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)([A-Za-z]+)$/.exec(text);
  const unit = match ? UNIT_MS[(match[2] as string).toLowerCase()] : undefined;
  if (!match || unit === undefined) return undefined;
  const ms = Number(match[1]) * unit;
  return ms > 0 ? ms : undefined;
}

export function formatTimestamp(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

export function formatValue(value: Value): string {
  if (value instanceof Date) return formatTimestamp(value);
  return String(value);
}

const NUMERIC = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** The number a value stands for, if any: numbers, numeric strings and times (epoch ms). */
export function asNumber(value: Value): number | undefined {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return undefined;
}

export function asText(value: Value): string | undefined {
  if (value === null) return undefined;
  return formatValue(value);
}

const CHUNKS = /\d+|\D+/g;

/**
 * AWS's documented "natural" order: every non-number before every number; numbers by value;
 * other text chunk by chunk, digit runs by length then value, the rest by code point.
 */
export function naturalCompare(a: Value, b: Value): number {
  const na = asNumber(a);
  const nb = asNumber(b);
  if (na !== undefined || nb !== undefined) {
    if (na === undefined) return -1;
    if (nb === undefined) return 1;
    return na - nb;
  }
  const ca = formatValue(a).match(CHUNKS) ?? [];
  const cb = formatValue(b).match(CHUNKS) ?? [];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i] as string;
    const y = cb[i] as string;
    if (x === y) continue;
    const digits = /^\d/.test(x) && /^\d/.test(y);
    if (digits && x.length !== y.length) return x.length - y.length;
    return x < y ? -1 : 1;
  }
  return ca.length - cb.length;
}
