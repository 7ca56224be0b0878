import type { Aggregate, AggregateName, Command, Expr, Named, Query, SortKey } from './ast';
import { Cursor } from './cursor';
import { QuerySyntaxError } from './errors';
import { AGGREGATE_FUNCTIONS, isKnownFunction } from './functions';
import { tokenize } from './lexer';
import { parseExpression, parseList, parseNamed } from './parse-expression';
import { parseGlob, regexFields } from './parse-pattern';

/** Commands of the language the sandbox does not evaluate: refused by name rather than ignored. */
const NOT_EMULATED = new Set([
  'unmask',
  'pattern',
  'diff',
  'anomaly',
  'unnest',
  'lookup',
  'filterindex',
  'source',
  'stats_by',
]);

function checkCalls(expr: Expr, cursor: Cursor, start: number, aggregatesAllowed: boolean): void {
  if (expr.kind === 'call') {
    if (!isKnownFunction(expr.name))
      throw new QuerySyntaxError(`unknown function ${expr.name} at position ${start}`, start, start + expr.name.length);
    if (AGGREGATE_FUNCTIONS.has(expr.name) && !aggregatesAllowed) {
      throw new QuerySyntaxError(
        `aggregate function ${expr.name} is only allowed in stats`,
        start,
        start + expr.name.length,
      );
    }
    expr.args.forEach((arg) => checkCalls(arg, cursor, start, false));
    return;
  }
  for (const child of Object.values(expr)) {
    if (child && typeof child === 'object' && 'kind' in child) checkCalls(child as Expr, cursor, start, false);
    if (Array.isArray(child)) child.forEach((item: Expr) => checkCalls(item, cursor, start, false));
  }
}

function scalarNamed(cursor: Cursor): Named {
  const start = cursor.peek().start;
  const named = parseNamed(cursor);
  checkCalls(named.expr, cursor, start, false);
  return named;
}

function aggregateOf(named: Named, start: number, end: number): Aggregate {
  const expr = named.expr;
  if (expr.kind === 'call' && !isKnownFunction(expr.name))
    throw new QuerySyntaxError(`unknown function ${expr.name} at position ${start}`, start, end);
  if (expr.kind !== 'call' || !AGGREGATE_FUNCTIONS.has(expr.name)) {
    throw new QuerySyntaxError(`stats needs an aggregate function such as count(*) at position ${start}`, start, end);
  }
  const fn = expr.name as AggregateName;
  const [arg, second] = expr.args;
  const star = !arg || (arg.kind === 'literal' && arg.value === '*');
  if (fn === 'count') return star ? { fn, name: named.name } : { fn, arg, name: named.name };
  if (star || !arg) throw new QuerySyntaxError(`${fn} needs a field at position ${start}`, start, end);
  if (fn !== 'pct') return { fn, arg, name: named.name };
  const percentile = second?.kind === 'literal' && typeof second.value === 'number' ? second.value : undefined;
  if (percentile === undefined || percentile < 0 || percentile > 100) {
    throw new QuerySyntaxError(`pct needs a percentile between 0 and 100 at position ${start}`, start, end);
  }
  return { fn, arg, percentile, name: named.name };
}

function parseStats(cursor: Cursor): Command {
  const aggregates = parseList(cursor, (c) => {
    const start = c.peek().start;
    const named = parseNamed(c);
    return aggregateOf(named, start, c.peek().start);
  });
  const groups = cursor.accept('by', 'ident') ? parseList(cursor, scalarNamed) : [];
  return { kind: 'stats', aggregates, groups };
}

function parseSort(cursor: Cursor): Command {
  const keys = parseList(cursor, (c): SortKey => {
    const named = scalarNamed(c);
    // The direction defaults to descending.
    const descending = c.accept('asc', 'ident') ? false : (c.accept('desc', 'ident'), true);
    return { ...named, descending };
  });
  return { kind: 'sort', keys };
}

function parseParse(cursor: Cursor): Command {
  const start = cursor.peek().start;
  const source =
    cursor.peek().type === 'ident' ? parseExpression(cursor) : { kind: 'field' as const, name: '@message' };
  const pattern = cursor.peek();
  if (pattern.type === 'regex') {
    cursor.next();
    return { kind: 'parse', source, ...regexFields(pattern, cursor.source) };
  }
  if (pattern.type !== 'string') throw cursor.unexpected();
  cursor.next();
  cursor.expect('as', 'ident');
  const names = parseList(cursor, (c) => c.expectType('ident').text);
  return { kind: 'parse', source, regex: parseGlob(pattern, names.length, start), names };
}

function parseCommand(cursor: Cursor): Command {
  const token = cursor.expectType('ident');
  const name = token.text.toLowerCase();
  switch (name) {
    case 'fields':
      return { kind: 'fields', items: parseList(cursor, scalarNamed) };
    case 'display':
      return { kind: 'display', items: parseList(cursor, scalarNamed) };
    case 'filter': {
      const start = cursor.peek().start;
      const expr = parseExpression(cursor);
      checkCalls(expr, cursor, start, false);
      return { kind: 'filter', expr };
    }
    case 'parse':
      return parseParse(cursor);
    case 'stats':
      return parseStats(cursor);
    case 'sort':
      return parseSort(cursor);
    case 'limit': {
      const count = cursor.expectType('number');
      const value = Number(count.text);
      if (!Number.isInteger(value) || value < 1) throw cursor.unexpected(count);
      return { kind: 'limit', count: value };
    }
    case 'dedup':
      return { kind: 'dedup', fields: parseList(cursor, (c) => c.expectType('ident').text) };
    default:
      if (NOT_EMULATED.has(name))
        throw new QuerySyntaxError(`the sandbox does not emulate the ${token.text} command`, token.start, token.end);
      throw cursor.unexpected(token);
  }
}

/** Parses a whole query: commands separated by `|`. Throws QuerySyntaxError. */
export function parseQuery(source: string): Query {
  const cursor = new Cursor(tokenize(source), source);
  const commands: Command[] = [];
  do {
    commands.push(parseCommand(cursor));
  } while (cursor.accept('|', 'pipe'));
  if (cursor.peek().type !== 'eof') throw cursor.unexpected();
  return { commands };
}
