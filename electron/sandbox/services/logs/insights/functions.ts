import type { Row } from './records';
import { asNumber, asText, type Value } from './values';

/** Scalar functions the sandbox evaluates; any other name in a query is a compile error. */
export const SCALAR_FUNCTIONS: Record<string, (args: Value[], row: Row) => Value> = {
  bin: ([period], row) => {
    const ms = asNumber(period ?? null);
    const time = asNumber(row.get('@timestamp') ?? null);
    if (ms === undefined || ms <= 0 || time === undefined) return null;
    return new Date(Math.floor(time / ms) * ms);
  },
  ispresent: ([value]) => value !== null && value !== undefined,
  isempty: ([value]) => value === null || value === undefined || asText(value) === '',
  isblank: ([value]) => value === null || value === undefined || (asText(value) ?? '').trim() === '',
  tolower: ([value]) => (value === null || value === undefined ? null : (asText(value) as string).toLowerCase()),
  toupper: ([value]) => (value === null || value === undefined ? null : (asText(value) as string).toUpperCase()),
  strlen: ([value]) => (value === null || value === undefined ? null : (asText(value) as string).length),
  abs: ([value]) => {
    const number = asNumber(value ?? null);
    return number === undefined ? null : Math.abs(number);
  },
  concat: (values) => values.map((value) => asText(value ?? null) ?? '').join(''),
  coalesce: (values) => values.find((value) => value !== null && value !== undefined) ?? null,
};

export const AGGREGATE_FUNCTIONS = new Set(['count', 'count_distinct', 'sum', 'avg', 'min', 'max', 'pct']);

export const isKnownFunction = (name: string) => name in SCALAR_FUNCTIONS || AGGREGATE_FUNCTIONS.has(name);
