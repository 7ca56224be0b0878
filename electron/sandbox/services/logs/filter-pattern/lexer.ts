import { FilterPatternError } from './errors';
import type { ComparisonOperator } from './values';

/** Tokens of the expression language shared by JSON (`{ ... }`) and space-delimited (`[ ... ]`) patterns. */
export type Token =
  | { type: 'op'; op: ComparisonOperator }
  | { type: 'and' | 'or' | 'lparen' | 'rparen' | 'comma' | 'ellipsis' }
  | { type: 'quoted'; text: string }
  | { type: 'regex'; body: string }
  | { type: 'word'; text: string };

const WORD_STOP = new Set([' ', '\t', '\n', '\r', ',', '(', ')', '=', '!', '<', '>', '&', '|', '"']);

function readQuoted(source: string, start: number): { text: string; end: number } {
  let text = '';
  for (let i = start + 1; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\' && i + 1 < source.length) {
      text += source[i + 1];
      i++;
    } else if (ch === '"') {
      return { text, end: i + 1 };
    } else {
      text += ch;
    }
  }
  throw new FilterPatternError('unbalanced double quote');
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    const two = source.slice(i, i + 2);
    if (/\s/.test(ch)) {
      i++;
    } else if (source.startsWith('...', i)) {
      tokens.push({ type: 'ellipsis' });
      i += 3;
    } else if (two === '&&' || two === '||') {
      tokens.push({ type: two === '&&' ? 'and' : 'or' });
      i += 2;
    } else if (two === '!=' || two === '<=' || two === '>=') {
      tokens.push({ type: 'op', op: two });
      i += 2;
    } else if (ch === '=' || ch === '<' || ch === '>') {
      tokens.push({ type: 'op', op: ch });
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ type: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'comma' });
      i++;
    } else if (ch === '"') {
      const quoted = readQuoted(source, i);
      tokens.push({ type: 'quoted', text: quoted.text });
      i = quoted.end;
    } else if (ch === '%') {
      const end = source.indexOf('%', i + 1);
      if (end < 0) throw new FilterPatternError('unterminated regular expression');
      tokens.push({ type: 'regex', body: source.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '!' || ch === '&' || ch === '|') {
      throw new FilterPatternError(`unexpected '${ch}'`);
    } else {
      let end = i;
      while (end < source.length && !WORD_STOP.has(source[end] as string)) end++;
      tokens.push({ type: 'word', text: source.slice(i, end) });
      i = end;
    }
  }
  return tokens;
}

/** A cursor over tokens with the few look-ahead helpers both parsers need. */
export class TokenCursor {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  /** The token `ahead` places after the current one, without consuming anything. */
  peek(ahead = 0): Token | undefined {
    return this.tokens[this.index + ahead];
  }

  next(): Token {
    const token = this.tokens[this.index++];
    if (!token) throw new FilterPatternError('pattern ends too early');
    return token;
  }

  atEnd(): boolean {
    return this.index >= this.tokens.length;
  }

  accept(type: Token['type']): boolean {
    if (this.peek()?.type !== type) return false;
    this.index++;
    return true;
  }

  expect(type: Token['type']): Token {
    const token = this.next();
    if (token.type !== type) throw new FilterPatternError(`expected ${type}, found ${token.type}`);
    return token;
  }
}
