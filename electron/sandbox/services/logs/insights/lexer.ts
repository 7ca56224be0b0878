import { QuerySyntaxError, unexpectedSymbol } from './errors';

export type TokenType = 'ident' | 'string' | 'regex' | 'number' | 'duration' | 'op' | 'punct' | 'pipe' | 'eof';

export interface Token {
  type: TokenType;
  /** Identifiers without backticks, strings unquoted, regex bodies, operator and punctuation text. */
  text: string;
  start: number;
  end: number;
}

const OPERATORS = ['=~', '!=', '<=', '>=', '=', '<', '>', '+', '-', '*'];
const PUNCTUATION = new Set(['(', ')', '[', ']', ',']);
const IDENT_START = /[A-Za-z_@$]/;
const IDENT_PART = /[A-Za-z0-9_@$.-]/;

function readQuoted(source: string, start: number, quote: string): { text: string; end: number } {
  let text = '';
  for (let i = start + 1; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\' && i + 1 < source.length) {
      const next = source[i + 1] as string;
      // Keep backslashes a regex body needs; unescape only the delimiter and the backslash.
      text += next === quote || next === '\\' ? next : ch + next;
      i++;
    } else if (ch === quote) {
      return { text, end: i + 1 };
    } else {
      text += ch;
    }
  }
  throw new QuerySyntaxError(
    `unterminated ${quote === '/' ? 'regular expression' : 'string'} at position ${start}`,
    start,
    source.length,
  );
}

function readIdentifier(source: string, start: number): number {
  let end = start + 1;
  // A '-' joins words (`request-id`) only when a letter follows, so `a-1` stays readable.
  while (end < source.length && IDENT_PART.test(source[end] as string)) {
    if (source[end] === '-' && !/[A-Za-z_]/.test(source[end + 1] ?? '')) break;
    end++;
  }
  return end;
}

/** Splits a Logs Insights query into tokens; `#` starts a comment that runs to the end of the line. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    const start = i;
    if (ch === '|') {
      tokens.push({ type: 'pipe', text: '|', start, end: ++i });
    } else if (ch === '"' || ch === "'" || ch === '/') {
      const quoted = readQuoted(source, i, ch);
      tokens.push({ type: ch === '/' ? 'regex' : 'string', text: quoted.text, start, end: quoted.end });
      i = quoted.end;
    } else if (ch === '`') {
      const close = source.indexOf('`', i + 1);
      if (close < 0) throw new QuerySyntaxError(`unterminated field name at position ${start}`, start, source.length);
      tokens.push({ type: 'ident', text: source.slice(i + 1, close), start, end: close + 1 });
      i = close + 1;
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i))?.[0] as string;
      const unit = /^[A-Za-z]+/.exec(source.slice(i + number.length))?.[0];
      i += number.length + (unit?.length ?? 0);
      tokens.push({ type: unit ? 'duration' : 'number', text: source.slice(start, i), start, end: i });
    } else if (IDENT_START.test(ch)) {
      i = readIdentifier(source, i);
      tokens.push({ type: 'ident', text: source.slice(start, i), start, end: i });
    } else if (PUNCTUATION.has(ch)) {
      tokens.push({ type: 'punct', text: ch, start, end: ++i });
    } else {
      const op = OPERATORS.find((candidate) => source.startsWith(candidate, i));
      if (!op) throw unexpectedSymbol(source, ch, start);
      i += op.length;
      tokens.push({ type: 'op', text: op, start, end: i });
    }
  }
  tokens.push({ type: 'eof', text: '<EOF>', start: source.length, end: source.length });
  return tokens;
}
