import { compileDelimitedPattern } from './delimited-pattern';
import { FilterPatternError } from './errors';
import { compileJsonPattern } from './json-pattern';
import { compileRegex } from './regex';
import { compileTermsPattern } from './terms-pattern';

export { FilterPatternError } from './errors';
export { splitFields } from './delimited-pattern';

export type MessageMatcher = (message: string) => boolean;

const MAX_PATTERN_LENGTH = 1024;

/**
 * Compiles a CloudWatch Logs filter pattern once so every event is matched cheaply.
 * The shape is chosen by the first character, as AWS does: `{` JSON, `[` space-delimited,
 * `%` a regular expression, anything else unstructured terms. An empty pattern matches everything.
 */
export function compileFilterPattern(pattern: string | undefined): MessageMatcher {
  const text = (pattern ?? '').trim();
  if (text.length > MAX_PATTERN_LENGTH) throw new FilterPatternError('pattern longer than 1024 characters');
  if (text === '') return () => true;
  if (text.startsWith('{')) {
    if (!text.endsWith('}')) throw new FilterPatternError("a pattern that starts with '{' must end with '}'");
    return compileJsonPattern(text.slice(1, -1));
  }
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) throw new FilterPatternError("a pattern that starts with '[' must end with ']'");
    return compileDelimitedPattern(text.slice(1, -1));
  }
  if (text.length >= 2 && text.startsWith('%') && text.endsWith('%')) {
    const regex = compileRegex(text.slice(1, -1));
    return (message) => regex.test(message);
  }
  return compileTermsPattern(text);
}
