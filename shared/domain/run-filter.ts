import type { Run, RunParameterValue } from './experiments';
import { METRIC_STATS, numericValue, runMetric, type MetricStat } from './run-compare';

/*
 * The runs table's filter expression: conditions joined by `and`, each `<name> <operator> <value>`,
 * for example `validation:auc > 0.9 and max_depth = 6`. A name is a parameter or a metric (its last
 * value; `<metric>.max`, `.min`, `.avg`, `.count` or `.last` pick a statistic). A run that lacks
 * the name never matches the condition.
 */

export const FILTER_OPERATORS = ['=', '!=', '>', '>=', '<', '<=', 'contains'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export interface FilterCondition {
  name: string;
  operator: FilterOperator;
  value: string | number;
  /** Where the condition starts in the expression (0-based). */
  position: number;
}

export type RunFilter =
  | { ok: true; conditions: FilterCondition[]; matches: (run: Run) => boolean }
  /** `position` is 0-based; the message counts characters from 1, as people do. */
  | { ok: false; message: string; position: number };

/** The names the runs have, so an unknown one is reported instead of silently matching nothing. */
export interface KnownNames {
  parameters: Iterable<string>;
  metrics: Iterable<string>;
}

interface Token {
  kind: 'word' | 'string' | 'operator';
  text: string;
  position: number;
}

class FilterSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} (at character ${position + 1})`);
  }
}

const OPERATOR_LIST = FILTER_OPERATORS.join(', ');
const SYMBOL = /^(!=|>=|<=|=|>|<)/;
const WORD = /^[^\s=!<>"']+/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const quote = rest[0];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, at + 1);
      if (end === -1) throw new FilterSyntaxError(`The text starting with ${quote} has no closing ${quote}`, at);
      tokens.push({ kind: 'string', text: text.slice(at + 1, end), position: at });
      at = end + 1;
      continue;
    }
    const match = SYMBOL.exec(rest) ?? WORD.exec(rest);
    if (!match) throw new FilterSyntaxError(`Unexpected "${rest[0]}"`, at);
    tokens.push({ kind: SYMBOL.test(match[0]) ? 'operator' : 'word', text: match[0], position: at });
    at += match[0].length;
  }
  return tokens;
}

const isKeyword = (token: Token | undefined, word: string) =>
  token?.kind === 'word' && token.text.toLowerCase() === word;

function knownName(name: string, known: KnownNames | undefined): boolean {
  if (!known) return true;
  const metrics = new Set(known.metrics);
  if (new Set(known.parameters).has(name) || metrics.has(name)) return true;
  const split = splitStat(name);
  return split !== undefined && metrics.has(split.metric);
}

function splitStat(name: string): { metric: string; stat: MetricStat } | undefined {
  const dot = name.lastIndexOf('.');
  const stat = name.slice(dot + 1);
  return dot > 0 && (METRIC_STATS as readonly string[]).includes(stat)
    ? { metric: name.slice(0, dot), stat: stat as MetricStat }
    : undefined;
}

function parseCondition(tokens: Token[], index: number, end: number, known: KnownNames | undefined): FilterCondition {
  const nameToken = tokens[index];
  if (!nameToken || nameToken.kind === 'operator') {
    throw new FilterSyntaxError('Expected a parameter or metric name', nameToken?.position ?? end);
  }
  if (!knownName(nameToken.text, known)) {
    throw new FilterSyntaxError(
      `"${nameToken.text}" is neither a parameter nor a metric of these runs`,
      nameToken.position,
    );
  }
  const operatorToken = tokens[index + 1];
  const operator = isKeyword(operatorToken, 'contains')
    ? 'contains'
    : operatorToken?.kind === 'operator'
      ? (operatorToken.text as FilterOperator)
      : undefined;
  if (!operator) {
    throw new FilterSyntaxError(
      `Expected an operator (${OPERATOR_LIST}) after "${nameToken.text}"`,
      operatorToken?.position ?? end,
    );
  }
  const valueToken = tokens[index + 2];
  if (!valueToken || valueToken.kind === 'operator') {
    throw new FilterSyntaxError(`Expected a value after "${operatorToken!.text}"`, valueToken?.position ?? end);
  }
  const number = valueToken.kind === 'word' ? numericValue(valueToken.text) : undefined;
  if (['>', '>=', '<', '<='].includes(operator) && number === undefined) {
    throw new FilterSyntaxError(`"${operator}" compares numbers; "${valueToken.text}" is not one`, valueToken.position);
  }
  return { name: nameToken.text, operator, value: number ?? valueToken.text, position: nameToken.position };
}

/** The value a condition's name reads from a run: a parameter first, then a metric statistic. */
export function conditionValue(run: Run, name: string): RunParameterValue | undefined {
  if (name in run.parameters) return run.parameters[name];
  const exact = runMetric(run, name);
  if (exact) return exact.last;
  const split = splitStat(name);
  return split ? runMetric(run, split.metric)?.[split.stat] : undefined;
}

function holds(condition: FilterCondition, actual: RunParameterValue | undefined): boolean {
  if (actual === undefined) return false;
  const { operator, value } = condition;
  if (operator === 'contains') return String(actual).toLowerCase().includes(String(value).toLowerCase());
  const left = typeof value === 'number' ? numericValue(actual) : undefined;
  if (typeof value === 'number' && left !== undefined) {
    switch (operator) {
      case '=':
        return left === value;
      case '!=':
        return left !== value;
      case '>':
        return left > value;
      case '>=':
        return left >= value;
      case '<':
        return left < value;
      case '<=':
        return left <= value;
    }
  }
  if (operator === '=') return String(actual) === String(value);
  if (operator === '!=') return String(actual) !== String(value);
  // A number comparison against a value that is not a number holds for no run.
  return false;
}

/** Parses `text`; an empty expression matches every run. */
export function parseRunFilter(text: string, known?: KnownNames): RunFilter {
  try {
    const tokens = tokenize(text);
    const conditions: FilterCondition[] = [];
    let index = 0;
    while (index < tokens.length) {
      if (conditions.length > 0) {
        const joiner = tokens[index]!;
        if (!isKeyword(joiner, 'and'))
          throw new FilterSyntaxError(`Expected "and" before "${joiner.text}"`, joiner.position);
        index += 1;
      }
      conditions.push(parseCondition(tokens, index, text.length, known));
      index += 3;
    }
    return {
      ok: true,
      conditions,
      matches: (run) => conditions.every((condition) => holds(condition, conditionValue(run, condition.name))),
    };
  } catch (error) {
    if (error instanceof FilterSyntaxError) return { ok: false, message: error.message, position: error.position };
    throw error;
  }
}
