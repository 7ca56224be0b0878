import type { BinaryOp, Expression, Node, Reference, Segment } from './ast';
import { errorAt } from './errors';

const IDENTIFIER_START = /[A-Za-z_]/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Word forms Velocity accepts next to the symbols. */
const WORD_OPERATORS: Record<string, BinaryOp> = { or: '||', and: '&&', eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' };

/** Levels from the loosest binding to the tightest. */
const LEVELS: BinaryOp[][] = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>='], ['+', '-'], ['*', '/', '%']];

/**
 * Reads references and directive arguments out of the template source. Positions stay offsets
 * into the whole template so every error can name its line and column.
 */
export class ExpressionReader {
  pos: number;

  constructor(
    readonly source: string,
    start: number,
    /** Parses the inside of a double-quoted string as a template (interpolation). */
    private readonly parseInterpolated: (start: number, end: number) => Node[],
  ) {
    this.pos = start;
  }

  fail(reason: string, at = this.pos): never {
    throw errorAt(this.source, at, reason);
  }

  skipSpace(): void {
    while (this.pos < this.source.length && /\s/.test(this.source[this.pos] ?? '')) this.pos += 1;
  }

  expect(text: string): void {
    this.skipSpace();
    if (!this.source.startsWith(text, this.pos)) {
      const found = this.pos < this.source.length ? `'${this.source[this.pos]}'` : 'the end of the template';
      this.fail(`Expected '${text}' but found ${found}`);
    }
    this.pos += text.length;
  }

  /** `$name`, `$!name`, `${name}`, `$!{name.a(1)[0]}`; undefined when `$` starts no reference. */
  tryReference(): Reference | undefined {
    const start = this.pos;
    let cursor = start + 1;
    const quiet = this.source[cursor] === '!';
    if (quiet) cursor += 1;
    const braced = this.source[cursor] === '{';
    if (braced) cursor += 1;
    const name = IDENTIFIER.exec(this.source.slice(cursor, cursor + 256))?.[0];
    if (!name) return undefined;
    this.pos = cursor + name.length;
    const segments = this.readSegments();
    if (braced) {
      if (this.source[this.pos] !== '}') this.fail(`Expected '}' to close \${${name}`);
      this.pos += 1;
    }
    return { kind: 'reference', at: start, name, segments, quiet, source: this.source.slice(start, this.pos) };
  }

  private readSegments(): Segment[] {
    const segments: Segment[] = [];
    for (;;) {
      const char = this.source[this.pos];
      if (char === '.' && IDENTIFIER_START.test(this.source[this.pos + 1] ?? '')) {
        const name = IDENTIFIER.exec(this.source.slice(this.pos + 1, this.pos + 257))?.[0] ?? '';
        this.pos += 1 + name.length;
        if (this.source[this.pos] === '(') {
          this.pos += 1;
          segments.push({ kind: 'call', name, args: this.readArguments(')') });
        } else {
          segments.push({ kind: 'property', name });
        }
      } else if (char === '[') {
        this.pos += 1;
        const index = this.expression();
        this.expect(']');
        segments.push({ kind: 'index', index });
      } else {
        return segments;
      }
    }
  }

  private readArguments(close: string): Expression[] {
    const args: Expression[] = [];
    this.skipSpace();
    if (this.source[this.pos] === close) {
      this.pos += 1;
      return args;
    }
    for (;;) {
      args.push(this.expression());
      this.skipSpace();
      const char = this.source[this.pos];
      if (char === ',') {
        this.pos += 1;
        continue;
      }
      if (char === close) {
        this.pos += 1;
        return args;
      }
      this.fail(`Expected ',' or '${close}' in the argument list`);
    }
  }

  expression(level = 0): Expression {
    if (level === LEVELS.length) return this.unary();
    let left = this.expression(level + 1);
    for (;;) {
      this.skipSpace();
      const at = this.pos;
      const op = this.operatorAt(LEVELS[level] ?? []);
      if (!op) return left;
      const right = this.expression(level + 1);
      left = { kind: 'binary', at, op, left, right };
    }
  }

  /** Consumes one of `ops` (symbol or word form) when it comes next. */
  private operatorAt(ops: BinaryOp[]): BinaryOp | undefined {
    const rest = this.source.slice(this.pos, this.pos + 3);
    const word = /^[a-z]+/.exec(rest)?.[0];
    if (word && WORD_OPERATORS[word] && ops.includes(WORD_OPERATORS[word]) && !/[A-Za-z0-9_]/.test(this.source[this.pos + word.length] ?? '')) {
      this.pos += word.length;
      return WORD_OPERATORS[word];
    }
    // Longest symbols first so '<=' is not read as '<'.
    for (const op of [...ops].sort((a, b) => b.length - a.length)) {
      if (!rest.startsWith(op)) continue;
      // '!' alone is negation, '=' alone is assignment; neither is a comparison.
      if ((op === '<' || op === '>') && rest[1] === '=') continue;
      this.pos += op.length;
      return op;
    }
    return undefined;
  }

  private unary(): Expression {
    this.skipSpace();
    const at = this.pos;
    if (this.source[this.pos] === '!' && this.source[this.pos + 1] !== '=') {
      this.pos += 1;
      return { kind: 'unary', at, op: '!', operand: this.unary() };
    }
    if (this.source.startsWith('not', this.pos) && !/[A-Za-z0-9_]/.test(this.source[this.pos + 3] ?? '')) {
      this.pos += 3;
      return { kind: 'unary', at, op: '!', operand: this.unary() };
    }
    if (this.source[this.pos] === '-' && !/\d/.test(this.source[this.pos + 1] ?? '')) {
      this.pos += 1;
      return { kind: 'unary', at, op: '-', operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expression {
    this.skipSpace();
    const at = this.pos;
    const char = this.source[this.pos];
    if (char === undefined) this.fail('Expected a value but the template ended');
    if (char === '(') {
      this.pos += 1;
      const inner = this.expression();
      this.expect(')');
      return inner;
    }
    if (char === '$') {
      const reference = this.tryReference();
      if (!reference) this.fail("Expected a reference after '$'");
      return reference;
    }
    if (char === '"' || char === "'") return this.stringLiteral(char);
    // '1..3' stays a range: a decimal part needs a digit after its point.
    const number = /^-?\d+(\.\d+)?/.exec(this.source.slice(this.pos, this.pos + 64))?.[0];
    if (number) {
      this.pos += number.length;
      return { kind: 'literal', at, value: Number(number) };
    }
    if (char === '[') return this.listOrRange();
    if (char === '{') return this.mapLiteral();
    const word = IDENTIFIER.exec(this.source.slice(this.pos, this.pos + 64))?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.pos += word.length;
      return { kind: 'literal', at, value: word === 'null' ? null : word === 'true' };
    }
    return this.fail(`Unexpected '${word ?? char}' where a value was expected`);
  }

  private stringLiteral(quote: string): Expression {
    const at = this.pos;
    let cursor = this.pos + 1;
    while (cursor < this.source.length && this.source[cursor] !== quote) cursor += this.source[cursor] === '\\' ? 2 : 1;
    if (cursor >= this.source.length) this.fail('This string is not closed', at);
    this.pos = cursor + 1;
    if (quote === "'") return { kind: 'literal', at, value: unescapeQuotes(this.source.slice(at + 1, cursor)) };
    return { kind: 'interpolated', at, parts: this.parseInterpolated(at + 1, cursor) };
  }

  private listOrRange(): Expression {
    const at = this.pos;
    this.pos += 1;
    this.skipSpace();
    if (this.source[this.pos] === ']') {
      this.pos += 1;
      return { kind: 'list', at, items: [] };
    }
    const first = this.expression();
    this.skipSpace();
    if (this.source.startsWith('..', this.pos)) {
      this.pos += 2;
      const to = this.expression();
      this.expect(']');
      return { kind: 'range', at, from: first, to };
    }
    if (this.source[this.pos] === ',') this.pos += 1;
    else if (this.source[this.pos] === ']') {
      this.pos += 1;
      return { kind: 'list', at, items: [first] };
    }
    return { kind: 'list', at, items: [first, ...this.readArguments(']')] };
  }

  private mapLiteral(): Expression {
    const at = this.pos;
    this.pos += 1;
    const entries: { key: Expression; value: Expression }[] = [];
    this.skipSpace();
    if (this.source[this.pos] === '}') {
      this.pos += 1;
      return { kind: 'map', at, entries };
    }
    for (;;) {
      const key = this.expression();
      this.expect(':');
      entries.push({ key, value: this.expression() });
      this.skipSpace();
      if (this.source[this.pos] === ',') {
        this.pos += 1;
        continue;
      }
      this.expect('}');
      return { kind: 'map', at, entries };
    }
  }
}

/** `\"` and `\'` inside a string stand for the quote itself. */
export function unescapeQuotes(text: string): string {
  return text.replace(/\\(["'])/g, '$1');
}
