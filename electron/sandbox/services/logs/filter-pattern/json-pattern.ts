import { FilterPatternError } from './errors';
import { TokenCursor, tokenize } from './lexer';
import { valueFromToken } from './value-token';
import { checkOperatorFits, compare, type ComparisonOperator, type PatternValue } from './values';

/** One step of a selector: `.name` or `[index]`. */
type PathStep = string | number;

type JsonExpr =
  | { kind: 'and' | 'or'; left: JsonExpr; right: JsonExpr }
  | { kind: 'compare'; path: PathStep[]; op: ComparisonOperator; value: PatternValue }
  | { kind: 'test'; path: PathStep[]; test: 'null' | 'true' | 'false' | 'missing' };

const MISSING = Symbol('missing');

function parseSelector(text: string): PathStep[] {
  if (!text.startsWith('$')) throw new FilterPatternError(`a JSON selector starts with $, found ${text}`);
  const steps: PathStep[] = [];
  const step = /\.([A-Za-z0-9_@-]+)|\[(\d+)\]/y;
  let at = 1;
  while (at < text.length) {
    step.lastIndex = at;
    const match = step.exec(text);
    if (!match) throw new FilterPatternError(`malformed selector ${text}`);
    steps.push(match[1] !== undefined ? match[1] : Number(match[2]));
    at = step.lastIndex;
  }
  if (steps.length === 0) throw new FilterPatternError('a selector needs at least one field');
  return steps;
}

function parseComparison(cursor: TokenCursor): JsonExpr {
  const selector = cursor.next();
  if (selector.type !== 'word') throw new FilterPatternError('expected a $ selector');
  const path = parseSelector(selector.text);
  const token = cursor.next();
  if (token.type === 'op') {
    const value = valueFromToken(cursor.next());
    checkOperatorFits(token.op, value);
    return { kind: 'compare', path, op: token.op, value };
  }
  if (token.type === 'word' && token.text.toUpperCase() === 'IS') {
    const what = cursor.next();
    const word = what.type === 'word' ? what.text.toUpperCase() : '';
    if (word === 'NULL' || word === 'TRUE' || word === 'FALSE') {
      return { kind: 'test', path, test: word.toLowerCase() as 'null' | 'true' | 'false' };
    }
    throw new FilterPatternError('IS must be followed by NULL, TRUE or FALSE');
  }
  if (token.type === 'word' && token.text.toUpperCase() === 'NOT') {
    const what = cursor.next();
    if (what.type === 'word' && what.text.toUpperCase() === 'EXISTS') return { kind: 'test', path, test: 'missing' };
  }
  throw new FilterPatternError('expected a comparison');
}

function parsePrimary(cursor: TokenCursor): JsonExpr {
  if (cursor.accept('lparen')) {
    const inner = parseOr(cursor);
    cursor.expect('rparen');
    return inner;
  }
  return parseComparison(cursor);
}

function parseAnd(cursor: TokenCursor): JsonExpr {
  let left = parsePrimary(cursor);
  while (cursor.accept('and')) left = { kind: 'and', left, right: parsePrimary(cursor) };
  return left;
}

function parseOr(cursor: TokenCursor): JsonExpr {
  let left = parseAnd(cursor);
  while (cursor.accept('or')) left = { kind: 'or', left, right: parseAnd(cursor) };
  return left;
}

function select(document: unknown, path: PathStep[]): unknown {
  let current: unknown = document;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(current) || step >= current.length) return MISSING;
      current = current[step];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current) || !(step in current)) return MISSING;
      current = (current as Record<string, unknown>)[step];
    }
  }
  return current;
}

function evaluate(expr: JsonExpr, document: unknown): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluate(expr.left, document) && evaluate(expr.right, document);
    case 'or':
      return evaluate(expr.left, document) || evaluate(expr.right, document);
    case 'test': {
      const found = select(document, expr.path);
      if (expr.test === 'missing') return found === MISSING;
      if (expr.test === 'null') return found === null;
      return found === (expr.test === 'true');
    }
    case 'compare': {
      const found = select(document, expr.path);
      if (typeof found === 'string' || typeof found === 'number') return compare(found, expr.op, expr.value);
      if (typeof found === 'boolean') return compare(String(found), expr.op, expr.value);
      // Objects, arrays, null and missing fields never satisfy a comparison, not even `!=`.
      return false;
    }
  }
}

/** Compiles the inside of `{ ... }`; messages that are not a JSON object never match. */
export function compileJsonPattern(body: string): (message: string) => boolean {
  const cursor = new TokenCursor(tokenize(body));
  if (cursor.atEnd()) throw new FilterPatternError('empty JSON pattern');
  const expr = parseOr(cursor);
  if (!cursor.atEnd()) throw new FilterPatternError('unexpected text after the expression');
  return (message) => {
    let document: unknown;
    try {
      document = JSON.parse(message);
    } catch {
      return false;
    }
    if (document === null || typeof document !== 'object') return false;
    return evaluate(expr, document);
  };
}
