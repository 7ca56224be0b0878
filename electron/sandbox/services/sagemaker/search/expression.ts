import type { Filter, SearchExpression } from '@aws-sdk/client-sagemaker';
import { validationException } from '../base/errors';

export type Scalar = string | number;

/** Resource-specific property names (Tags.<key>, Metrics.<name> ...) resolve here first. */
export type SpecialProperty = (name: string) => Scalar[] | undefined;

function scalars(value: unknown): Scalar[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(scalars);
  if (value instanceof Date) return [value.getTime()];
  if (typeof value === 'string' || typeof value === 'number') return [value];
  if (typeof value === 'boolean') return [String(value)];
  // Trial component parameters wrap their value.
  const wrapped = value as { StringValue?: unknown; NumberValue?: unknown };
  if (wrapped.StringValue !== undefined) return scalars(wrapped.StringValue);
  if (wrapped.NumberValue !== undefined) return scalars(wrapped.NumberValue);
  return [];
}

/** Every value a dotted property name reaches; arrays on the way match if any element does. */
export function propertyValues(doc: unknown, name: string, special?: SpecialProperty): Scalar[] {
  const own = special?.(name);
  if (own) return own;
  let current: unknown[] = [doc];
  for (const part of name.split('.')) {
    current = current
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .map((v) => (v !== null && typeof v === 'object' && !(v instanceof Date) ? (v as Record<string, unknown>)[part] : undefined))
      .filter((v) => v !== undefined);
  }
  return current.flatMap(scalars);
}

/** Dates in filters arrive as ISO strings or epoch seconds; compare them as epoch milliseconds. */
function wantedFor(actual: Scalar, wanted: string): Scalar {
  if (typeof actual !== 'number') return wanted;
  const asNumber = Number(wanted);
  if (wanted.trim() !== '' && Number.isFinite(asNumber)) return actual > 1e11 && asNumber < 1e11 ? asNumber * 1000 : asNumber;
  const asDate = Date.parse(wanted);
  return Number.isNaN(asDate) ? wanted : asDate;
}

function compare(operator: string, actual: Scalar, wanted: string): boolean {
  const w = wantedFor(actual, wanted);
  switch (operator) {
    case 'Equals':
      return actual === w;
    case 'NotEquals':
      return actual !== w;
    case 'GreaterThan':
      return actual > w;
    case 'GreaterThanOrEqualTo':
      return actual >= w;
    case 'LessThan':
      return actual < w;
    case 'LessThanOrEqualTo':
      return actual <= w;
    case 'Contains':
      return String(actual).includes(wanted);
    case 'In':
      return wanted.split(',').map((v) => v.trim()).includes(String(actual));
    default:
      throw validationException(`Operator ${operator} is not supported.`);
  }
}

function matchesFilter(doc: unknown, filter: Filter, special?: SpecialProperty): boolean {
  const values = propertyValues(doc, filter.Name ?? '', special);
  const operator = filter.Operator ?? 'Equals';
  if (operator === 'Exists') return values.length > 0;
  if (operator === 'NotExists') return values.length === 0;
  if (operator === 'NotEquals') return values.every((v) => compare('NotEquals', v, filter.Value ?? ''));
  return values.some((v) => compare(operator, v, filter.Value ?? ''));
}

/** Filters and sub-expressions combine with the expression's Operator (And by default). */
export function matchesExpression(doc: unknown, expression: SearchExpression | undefined, special?: SpecialProperty): boolean {
  if (!expression) return true;
  if (expression.NestedFilters?.length) throw validationException("The sandbox's Search does not support NestedFilters.");
  const results = [
    ...(expression.Filters ?? []).map((f) => matchesFilter(doc, f, special)),
    ...(expression.SubExpressions ?? []).map((e) => matchesExpression(doc, e, special)),
  ];
  if (results.length === 0) return true;
  return expression.Operator === 'Or' ? results.some(Boolean) : results.every(Boolean);
}
