import type { Expr } from './ast';
import { SCALAR_FUNCTIONS } from './functions';
import type { Row } from './records';
import { asNumber, asText, type Value } from './values';

/** Compares numerically when both sides read as numbers (so `status = "200"` matches 200), otherwise as text. */
function order(left: Value, right: Value): number {
  const a = asNumber(left);
  const b = asNumber(right);
  if (a !== undefined && b !== undefined) return a - b;
  const x = asText(left) as string;
  const y = asText(right) as string;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function truthy(value: Value): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return true;
}

function matches(text: string, pattern: Expr, row: Row): boolean {
  if (pattern.kind === 'regex') return pattern.regex.test(text);
  const needle = asText(evaluate(pattern, row));
  return needle !== undefined && text.includes(needle);
}

function compare(op: string, left: Value, right: Value): boolean {
  // A missing field satisfies no comparison, not even `!=`.
  if (left === null || right === null) return false;
  const result = order(left, right);
  switch (op) {
    case '=':
      return result === 0;
    case '!=':
      return result !== 0;
    case '<':
      return result < 0;
    case '<=':
      return result <= 0;
    case '>':
      return result > 0;
    default:
      return result >= 0;
  }
}

function arithmetic(op: '+' | '-' | '*', left: Value, right: Value): Value {
  const a = asNumber(left);
  const b = asNumber(right);
  if (a === undefined || b === undefined) return null;
  return op === '+' ? a + b : op === '-' ? a - b : a * b;
}

/** Evaluates a scalar expression against one row; a missing field is `null`. */
export function evaluate(expr: Expr, row: Row): Value {
  switch (expr.kind) {
    case 'field':
      return row.get(expr.name) ?? null;
    case 'literal':
      return expr.value;
    case 'duration':
      return expr.ms;
    case 'regex':
      return expr.regex.source;
    case 'compare':
      return compare(expr.op, evaluate(expr.left, row), evaluate(expr.right, row));
    case 'match': {
      // A missing field matches neither `like` nor `not like`, as it satisfies no comparison.
      const text = asText(evaluate(expr.left, row));
      return text !== undefined && matches(text, expr.pattern, row) !== expr.negated;
    }
    case 'in': {
      const left = evaluate(expr.left, row);
      if (left === null) return false;
      return expr.values.some((value) => compare('=', left, evaluate(value, row))) !== expr.negated;
    }
    case 'and':
      return truthy(evaluate(expr.left, row)) && truthy(evaluate(expr.right, row));
    case 'or':
      return truthy(evaluate(expr.left, row)) || truthy(evaluate(expr.right, row));
    case 'not':
      return !truthy(evaluate(expr.operand, row));
    case 'arith':
      return arithmetic(expr.op, evaluate(expr.left, row), evaluate(expr.right, row));
    case 'neg': {
      const number = asNumber(evaluate(expr.operand, row));
      return number === undefined ? null : -number;
    }
    case 'call': {
      const fn = SCALAR_FUNCTIONS[expr.name];
      if (!fn) return null;
      return fn(
        expr.args.map((arg) => evaluate(arg, row)),
        row,
      );
    }
  }
}
