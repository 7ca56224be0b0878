import { FilterPatternError } from './errors';

/**
 * AWS accepts only a small regex dialect between percent signs: letters, digits, a handful of
 * symbols and operators, and no groups. Anything else is refused rather than silently widened.
 */
const ALLOWED = /^[A-Za-z0-9:_#=@/;,\- ^$?[\]{}|\\*+.]*$/;

export function compileRegex(body: string): RegExp {
  if (body.length === 0) throw new FilterPatternError('empty regular expression');
  if (!ALLOWED.test(body)) throw new FilterPatternError(`unsupported character in regular expression %${body}%`, `Invalid character(s) in term '%${body}%'`);
  try {
    return new RegExp(body);
  } catch {
    throw new FilterPatternError(`malformed regular expression %${body}%`);
  }
}
