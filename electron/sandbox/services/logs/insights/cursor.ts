import { unexpectedSymbol, type QuerySyntaxError } from './errors';
import type { Token, TokenType } from './lexer';

/** Walks the tokens of one query; every complaint names the token and its place as AWS does. */
export class Cursor {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    readonly source: string,
  ) {}

  peek(ahead = 0): Token {
    return (this.tokens[this.index + ahead] ?? this.tokens[this.tokens.length - 1]) as Token;
  }

  next(): Token {
    const token = this.peek();
    if (token.type !== 'eof') this.index++;
    return token;
  }

  /** True when the next token is `text` (a keyword compares case-insensitively). */
  is(text: string, type?: TokenType): boolean {
    const token = this.peek();
    if (type && token.type !== type) return false;
    if (token.type === 'string' || token.type === 'regex') return false;
    return token.text.toLowerCase() === text.toLowerCase();
  }

  accept(text: string, type?: TokenType): boolean {
    if (!this.is(text, type)) return false;
    this.index++;
    return true;
  }

  expect(text: string, type?: TokenType): Token {
    if (!this.is(text, type)) throw this.unexpected();
    return this.next();
  }

  expectType(type: TokenType): Token {
    if (this.peek().type !== type) throw this.unexpected();
    return this.next();
  }

  unexpected(token = this.peek()): QuerySyntaxError {
    return unexpectedSymbol(this.source, token.text, token.start, token.end);
  }

  /** The query text from `start` up to the end of the last consumed token, whitespace squeezed. */
  textFrom(start: number): string {
    const last = this.tokens[this.index - 1];
    return this.source.slice(start, last ? last.end : start).replace(/\s+/g, ' ');
  }
}
