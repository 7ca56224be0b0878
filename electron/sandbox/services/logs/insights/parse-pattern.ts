import { QuerySyntaxError } from './errors';
import type { Token } from './lexer';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `parse … "a * b *" as x, y`: each `*` captures lazily, except a trailing one, which takes the
 * rest of the value. The pattern may match anywhere in the value.
 */
export function parseGlob(pattern: Token, aliasCount: number, commandStart: number): RegExp {
  const parts = pattern.text.split('*');
  const wildcards = parts.length - 1;
  if (wildcards === 0 || wildcards !== aliasCount) {
    throw new QuerySyntaxError(
      `the parse pattern has ${wildcards} wildcards but ${aliasCount} field names`,
      commandStart,
      pattern.end,
    );
  }
  const body = parts
    .map(
      (part, index) =>
        escape(part) +
        (index < wildcards ? (index === wildcards - 1 && parts[wildcards] === '' ? '(.*)' : '(.*?)') : ''),
    )
    .join('');
  return new RegExp(body, 's');
}

/** `parse … /(?<name>…)/`: the named groups become fields, in the order they appear. */
export function regexFields(pattern: Token, source: string): { regex: RegExp; names: string[] } {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern.text);
  } catch {
    throw new QuerySyntaxError(
      `invalid regular expression /${pattern.text}/ at position ${pattern.start}`,
      pattern.start,
      pattern.end,
    );
  }
  const names = [...pattern.text.matchAll(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((match) => match[1] as string);
  if (names.length === 0) {
    throw new QuerySyntaxError(
      `the parse regular expression at position ${pattern.start} has no named capturing group in ${source.slice(pattern.start, pattern.end)}`,
      pattern.start,
      pattern.end,
    );
  }
  return { regex, names };
}
