import { FilterPatternError } from './errors';
import { TokenCursor, tokenize, type Token } from './lexer';
import { valueFromToken } from './value-token';
import { checkOperatorFits, compare, type ComparisonOperator, type PatternValue } from './values';

/** A condition inside one slot; `field` names the slot it reads (usually its own). */
interface Condition {
  field: string;
  op: ComparisonOperator;
  value: PatternValue;
}

type ConditionExpr =
  | { kind: 'and' | 'or'; left: ConditionExpr; right: ConditionExpr }
  | { kind: 'condition'; condition: Condition };

/** One comma-separated entry of `[ ... ]`: `...`, a bare name, or a name with conditions. */
type Slot =
  | { kind: 'ellipsis' }
  | { kind: 'field'; name: string | null; expr: ConditionExpr | null };

function parseCondition(cursor: TokenCursor, slotName: { value: string | null }): ConditionExpr {
  const first = cursor.next();
  let field: string;
  let opToken: Token;
  if (first.type === 'op') {
    // `= 200` without a name applies to the slot itself.
    field = slotName.value ?? '';
    opToken = first;
  } else if (first.type === 'word') {
    field = first.text;
    slotName.value ??= field;
    opToken = cursor.next();
  } else {
    throw new FilterPatternError(`unexpected ${first.type} in a field`);
  }
  if (opToken.type !== 'op') throw new FilterPatternError('expected an operator');
  const value = valueFromToken(cursor.next());
  checkOperatorFits(opToken.op, value);
  return { kind: 'condition', condition: { field, op: opToken.op, value } };
}

function parseSlotExpr(cursor: TokenCursor, slotName: { value: string | null }): ConditionExpr {
  let left = parseCondition(cursor, slotName);
  for (;;) {
    if (cursor.accept('and')) left = { kind: 'and', left, right: parseCondition(cursor, slotName) };
    else if (cursor.accept('or')) left = { kind: 'or', left, right: parseCondition(cursor, slotName) };
    else return left;
  }
}

function parseSlot(cursor: TokenCursor): Slot {
  if (cursor.accept('ellipsis')) return { kind: 'ellipsis' };
  const first = cursor.peek();
  if (first?.type === 'word') {
    const second = cursor.peek(1);
    if (!second || second.type === 'comma') {
      cursor.next();
      return { kind: 'field', name: first.text, expr: null };
    }
  }
  if (first?.type === 'quoted' || first?.type === 'regex') {
    // A bare value in a slot means "this field equals the value".
    const value = valueFromToken(cursor.next());
    return { kind: 'field', name: null, expr: { kind: 'condition', condition: { field: '', op: '=', value } } };
  }
  const slotName = { value: null as string | null };
  const expr = parseSlotExpr(cursor, slotName);
  return { kind: 'field', name: slotName.value, expr };
}

/**
 * Splits a message the way AWS reads space-delimited logs: runs of spaces separate fields, and
 * text inside "double quotes" or [square brackets] is one field (without its enclosing marks).
 */
export function splitFields(message: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i < message.length) {
    const ch = message[i] as string;
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    const closer = ch === '"' ? '"' : ch === '[' ? ']' : null;
    if (closer) {
      const end = message.indexOf(closer, i + 1);
      if (end >= 0) {
        fields.push(message.slice(i + 1, end));
        i = end + 1;
        continue;
      }
    }
    let end = i;
    while (end < message.length && message[end] !== ' ' && message[end] !== '\t') end++;
    fields.push(message.slice(i, end));
    i = end;
  }
  return fields;
}

function evaluate(expr: ConditionExpr, fields: Map<string, string>, own: string): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluate(expr.left, fields, own) && evaluate(expr.right, fields, own);
    case 'or':
      return evaluate(expr.left, fields, own) || evaluate(expr.right, fields, own);
    case 'condition': {
      const { field, op, value } = expr.condition;
      const actual = field === '' ? own : fields.get(field);
      return actual !== undefined && compare(actual, op, value);
    }
  }
}

/** Compiles the inside of `[ ... ]`. The message must have exactly as many fields, unless `...` absorbs extras. */
export function compileDelimitedPattern(body: string): (message: string) => boolean {
  const cursor = new TokenCursor(tokenize(body));
  const slots: Slot[] = [];
  if (cursor.atEnd()) throw new FilterPatternError('empty space-delimited pattern');
  do {
    slots.push(parseSlot(cursor));
  } while (cursor.accept('comma'));
  if (!cursor.atEnd()) throw new FilterPatternError('unexpected text in a space-delimited pattern');

  const bind = (values: string[], slotIndex: number, valueIndex: number, bound: { slot: number; value: string }[]): { slot: number; value: string }[] | null => {
    if (slotIndex === slots.length) return valueIndex === values.length ? bound : null;
    const slot = slots[slotIndex] as Slot;
    if (slot.kind === 'ellipsis') {
      for (let skip = 0; valueIndex + skip <= values.length; skip++) {
        const result = bind(values, slotIndex + 1, valueIndex + skip, bound);
        if (result && check(result)) return result;
      }
      return null;
    }
    if (valueIndex >= values.length) return null;
    return bind(values, slotIndex + 1, valueIndex + 1, [...bound, { slot: slotIndex, value: values[valueIndex] as string }]);
  };

  const check = (bound: { slot: number; value: string }[]): boolean => {
    const named = new Map<string, string>();
    for (const { slot, value } of bound) {
      const definition = slots[slot];
      if (definition?.kind === 'field' && definition.name !== null && !named.has(definition.name)) named.set(definition.name, value);
    }
    return bound.every(({ slot, value }) => {
      const definition = slots[slot];
      return definition?.kind !== 'field' || definition.expr === null || evaluate(definition.expr, named, value);
    });
  };

  return (message) => {
    const result = bind(splitFields(message), 0, 0, []);
    return result !== null && check(result);
  };
}
