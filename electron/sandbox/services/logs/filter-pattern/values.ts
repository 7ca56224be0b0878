import { FilterPatternError } from './errors';
import { compileRegex } from './regex';

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** The right-hand side of a JSON or space-delimited comparison. */
export type PatternValue =
  | { kind: 'number'; value: number; text: string }
  | { kind: 'text'; text: string; wildcard: RegExp | null }
  | { kind: 'regex'; regex: RegExp };

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function parseNumber(text: string): number | null {
  return NUMBER.test(text.trim()) ? Number(text) : null;
}

function wildcardRegex(text: string): RegExp | null {
  if (!text.includes('*')) return null;
  const source = text
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 's');
}

export function textValue(text: string): PatternValue {
  return { kind: 'text', text, wildcard: wildcardRegex(text) };
}

/** A bare (unquoted) value: a number when it reads as one, otherwise text that may hold `*`. */
export function bareValue(text: string): PatternValue {
  const number = parseNumber(text);
  if (number !== null) return { kind: 'number', value: number, text };
  return textValue(text);
}

export function regexValue(body: string): PatternValue {
  return { kind: 'regex', regex: compileRegex(body) };
}

/** Range operators only make sense against numbers; AWS rejects `> abc` when the filter is created. */
export function checkOperatorFits(op: ComparisonOperator, value: PatternValue): void {
  if ((op === '=' || op === '!=') || value.kind === 'number') return;
  throw new FilterPatternError(`operator ${op} needs a numeric value`);
}

function equalsText(actual: string, value: PatternValue): boolean {
  switch (value.kind) {
    case 'number': {
      const number = parseNumber(actual);
      return number !== null ? number === value.value : actual === value.text;
    }
    case 'text':
      return value.wildcard ? value.wildcard.test(actual) : actual === value.text;
    case 'regex':
      return value.regex.test(actual);
  }
}

/**
 * Compares a field read from the message (as text, or as a JSON number) with a pattern value.
 * Numeric operators need both sides to be numbers; a field that is not numeric never matches.
 */
export function compare(actual: string | number, op: ComparisonOperator, value: PatternValue): boolean {
  if (op === '=' || op === '!=') {
    const equal = typeof actual === 'number'
      ? value.kind === 'number' ? actual === value.value : equalsText(String(actual), value)
      : equalsText(actual, value);
    return op === '=' ? equal : !equal;
  }
  if (value.kind !== 'number') return false;
  const number = typeof actual === 'number' ? actual : parseNumber(actual);
  if (number === null) return false;
  switch (op) {
    case '<':
      return number < value.value;
    case '<=':
      return number <= value.value;
    case '>':
      return number > value.value;
    case '>=':
      return number >= value.value;
  }
}
