import { ipInCidr } from './ip';
import { arnMatch, wildcardMatch } from './wildcard';

/** Compares one request value with one policy value. */
type Compare = (requestValue: string, policyValue: string) => boolean;

interface Operator {
  compare: Compare;
  /** Negated operators (StringNotEquals…) hold when no policy value matches, and when the key is absent. */
  negated: boolean;
}

const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));
/** Dates are ISO 8601 or epoch seconds (IAM User Guide, "Date condition operators"). */
const date = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text) * 1000 : Date.parse(text));
const numeric = (test: (a: number, b: number) => boolean): Compare => (a, b) => test(number(a), number(b));
const dated = (test: (a: number, b: number) => boolean): Compare => (a, b) => test(date(a), date(b));

const equals: Compare = (a, b) => a === b;
const equalsIgnoreCase: Compare = (a, b) => a.toLowerCase() === b.toLowerCase();
const like: Compare = (a, b) => wildcardMatch(b, a);
const eq = (a: number, b: number) => a === b;

const POSITIVE: Record<string, Compare> = {
  StringEquals: equals,
  StringEqualsIgnoreCase: equalsIgnoreCase,
  StringLike: like,
  NumericEquals: numeric(eq),
  NumericLessThan: numeric((a, b) => a < b),
  NumericLessThanEquals: numeric((a, b) => a <= b),
  NumericGreaterThan: numeric((a, b) => a > b),
  NumericGreaterThanEquals: numeric((a, b) => a >= b),
  DateEquals: dated(eq),
  DateLessThan: dated((a, b) => a < b),
  DateLessThanEquals: dated((a, b) => a <= b),
  DateGreaterThan: dated((a, b) => a > b),
  DateGreaterThanEquals: dated((a, b) => a >= b),
  Bool: equalsIgnoreCase,
  BinaryEquals: equals,
  IpAddress: (a, b) => ipInCidr(a, b),
  ArnEquals: (a, b) => arnMatch(b, a),
  ArnLike: (a, b) => arnMatch(b, a),
};

const NEGATED: Record<string, string> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  NumericNotEquals: 'NumericEquals',
  DateNotEquals: 'DateEquals',
  NotIpAddress: 'IpAddress',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
};

export interface ParsedOperator {
  /** `Null` is the existence check, not a comparison. */
  base: string;
  set?: 'ForAnyValue' | 'ForAllValues';
  ifExists: boolean;
}

/** Splits `ForAllValues:StringLikeIfExists` into its parts; undefined for an operator IAM does not know. */
export function parseOperator(written: string): ParsedOperator | undefined {
  let rest = written;
  let set: ParsedOperator['set'];
  const qualifier = /^(ForAnyValue|ForAllValues):/.exec(rest);
  if (qualifier) {
    set = qualifier[1] as ParsedOperator['set'];
    rest = rest.slice(qualifier[0].length);
  }
  const ifExists = rest.endsWith('IfExists') && rest !== 'IfExists';
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  if (rest === 'Null') return ifExists ? undefined : { base: rest, set, ifExists };
  return operator(rest) ? { base: rest, set, ifExists } : undefined;
}

export function operator(base: string): Operator | undefined {
  const positive = POSITIVE[base];
  if (positive) return { compare: positive, negated: false };
  const negatedOf = NEGATED[base];
  const inner = negatedOf ? POSITIVE[negatedOf] : undefined;
  return inner ? { compare: inner, negated: true } : undefined;
}
