import { FilterPatternError } from './errors';
import type { Token } from './lexer';
import { bareValue, regexValue, textValue, type PatternValue } from './values';

/** Turns the token after an operator into a comparison value (quoted, regex or bare). */
export function valueFromToken(token: Token): PatternValue {
  switch (token.type) {
    case 'quoted':
      return textValue(token.text);
    case 'regex':
      return regexValue(token.body);
    case 'word':
      return bareValue(token.text);
    default:
      throw new FilterPatternError(`expected a value, found ${token.type}`);
  }
}
