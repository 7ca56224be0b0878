import type { Expr, Named } from './ast';
import type { Cursor } from './cursor';
import { QuerySyntaxError } from './errors';
import { durationMs } from './values';

const COMPARISONS = new Set(['=', '!=', '<', '<=', '>', '>=']);

function compileRegex(body: string, start: number, end: number): RegExp {
  try {
    return new RegExp(body);
  } catch {
    throw new QuerySyntaxError(`invalid regular expression /${body}/ at position ${start}`, start, end);
  }
}

/**
 * Precedence, loosest first: `or`, `and`, `not`, comparisons (`=` … `>=`, `=~`, `like`, `in`),
 * `+`/`-`, `*`, unary minus, then values, fields, calls and parentheses.
 */
export function parseExpression(cursor: Cursor): Expr {
  let left = parseAnd(cursor);
  while (cursor.accept('or', 'ident')) left = { kind: 'or', left, right: parseAnd(cursor) };
  return left;
}

function parseAnd(cursor: Cursor): Expr {
  let left = parseNot(cursor);
  while (cursor.accept('and', 'ident')) left = { kind: 'and', left, right: parseNot(cursor) };
  return left;
}

function parseNot(cursor: Cursor): Expr {
  if (cursor.accept('not', 'ident')) return { kind: 'not', operand: parseNot(cursor) };
  return parseComparison(cursor);
}

function parseComparison(cursor: Cursor): Expr {
  const left = parseAdditive(cursor);
  const token = cursor.peek();
  if (token.type === 'op' && COMPARISONS.has(token.text)) {
    cursor.next();
    return { kind: 'compare', op: token.text as '=', left, right: parseAdditive(cursor) };
  }
  const negated =
    cursor.is('not', 'ident') &&
    (cursor.peek(1).text.toLowerCase() === 'like' || cursor.peek(1).text.toLowerCase() === 'in');
  if (negated) cursor.next();
  if (cursor.accept('=~', 'op') || cursor.accept('like', 'ident'))
    return { kind: 'match', negated, left, pattern: parsePrimary(cursor) };
  if (cursor.accept('in', 'ident')) {
    cursor.expect('[', 'punct');
    const values: Expr[] = [];
    do values.push(parseAdditive(cursor));
    while (cursor.accept(',', 'punct'));
    cursor.expect(']', 'punct');
    return { kind: 'in', negated, left, values };
  }
  return left;
}

function parseAdditive(cursor: Cursor): Expr {
  let left = parseMultiplicative(cursor);
  while (cursor.is('+', 'op') || cursor.is('-', 'op')) {
    const op = cursor.next().text as '+' | '-';
    left = { kind: 'arith', op, left, right: parseMultiplicative(cursor) };
  }
  return left;
}

function parseMultiplicative(cursor: Cursor): Expr {
  let left = parseUnary(cursor);
  while (cursor.accept('*', 'op')) left = { kind: 'arith', op: '*', left, right: parseUnary(cursor) };
  return left;
}

function parseUnary(cursor: Cursor): Expr {
  if (cursor.accept('-', 'op')) return { kind: 'neg', operand: parseUnary(cursor) };
  return parsePrimary(cursor);
}

function parsePrimary(cursor: Cursor): Expr {
  const token = cursor.next();
  switch (token.type) {
    case 'number':
      return { kind: 'literal', value: Number(token.text) };
    case 'duration': {
      const ms = durationMs(token.text);
      if (ms === undefined) throw cursor.unexpected(token);
      return { kind: 'duration', ms };
    }
    case 'string':
      return { kind: 'literal', value: token.text };
    case 'regex':
      return { kind: 'regex', regex: compileRegex(token.text, token.start, token.end) };
    case 'punct':
      if (token.text !== '(') break;
      {
        const inner = parseExpression(cursor);
        cursor.expect(')', 'punct');
        return inner;
      }
    case 'ident': {
      if (!cursor.is('(', 'punct')) return { kind: 'field', name: token.text };
      cursor.next();
      const args: Expr[] = [];
      if (!cursor.is(')', 'punct')) {
        do args.push(cursor.is('*', 'op') ? (cursor.next(), { kind: 'literal', value: '*' }) : parseExpression(cursor));
        while (cursor.accept(',', 'punct'));
      }
      cursor.expect(')', 'punct');
      return { kind: 'call', name: token.text.toLowerCase(), args };
    }
    default:
      break;
  }
  throw cursor.unexpected(token);
}

/** `expr [as name]`; without an alias the column is named after the expression's own text. */
export function parseNamed(cursor: Cursor): Named {
  const start = cursor.peek().start;
  const expr = parseExpression(cursor);
  const text = cursor.textFrom(start);
  if (cursor.accept('as', 'ident')) return { expr, name: cursor.expectType('ident').text };
  return { expr, name: expr.kind === 'field' ? expr.name : text };
}

export function parseList<T>(cursor: Cursor, item: (cursor: Cursor) => T): T[] {
  const items = [item(cursor)];
  while (cursor.accept(',', 'punct')) items.push(item(cursor));
  return items;
}
