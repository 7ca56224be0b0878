import { FilterPatternError } from './errors';

interface Term {
  text: string;
  /** Quoted phrases match anywhere; bare terms match whole words. */
  phrase: boolean;
  mode: 'required' | 'excluded' | 'optional';
}

const WORD_CHAR = /[A-Za-z0-9_]/;

function isBoundary(message: string, index: number): boolean {
  const ch = message[index];
  return ch === undefined || !WORD_CHAR.test(ch);
}

function containsTerm(message: string, term: Term): boolean {
  if (term.phrase) return message.includes(term.text);
  const startsWithWord = WORD_CHAR.test(term.text[0] as string);
  const endsWithWord = WORD_CHAR.test(term.text[term.text.length - 1] as string);
  for (let at = message.indexOf(term.text); at >= 0; at = message.indexOf(term.text, at + 1)) {
    const before = !startsWithWord || isBoundary(message, at - 1);
    const after = !endsWithWord || isBoundary(message, at + term.text.length);
    if (before && after) return true;
  }
  return false;
}

function readTerms(pattern: string): Term[] {
  const terms: Term[] = [];
  let i = 0;
  while (i < pattern.length) {
    if (/\s/.test(pattern[i] as string)) {
      i++;
      continue;
    }
    let mode: Term['mode'] = 'required';
    if (pattern[i] === '-' || pattern[i] === '?') {
      mode = pattern[i] === '-' ? 'excluded' : 'optional';
      i++;
    }
    if (pattern[i] === '"') {
      const end = pattern.indexOf('"', i + 1);
      if (end < 0) throw new FilterPatternError('unbalanced double quote');
      const text = pattern.slice(i + 1, end);
      if (text.length === 0) throw new FilterPatternError('empty quoted term');
      terms.push({ text, phrase: true, mode });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < pattern.length && !/\s/.test(pattern[end] as string)) end++;
    const text = pattern.slice(i, end);
    if (text.length === 0) throw new FilterPatternError('operator without a term');
    if (text.includes('"')) throw new FilterPatternError(`stray double quote in ${text}`);
    terms.push({ text, phrase: false, mode });
    i = end;
  }
  return terms;
}

/**
 * Unstructured text: every plain term must appear, no `-term` may appear, and when `?terms` are
 * present at least one of them must. Matching is case-sensitive, as in CloudWatch Logs.
 */
export function compileTermsPattern(pattern: string): (message: string) => boolean {
  const terms = readTerms(pattern);
  const required = terms.filter((term) => term.mode === 'required');
  const excluded = terms.filter((term) => term.mode === 'excluded');
  const optional = terms.filter((term) => term.mode === 'optional');
  return (message) =>
    required.every((term) => containsTerm(message, term)) &&
    !excluded.some((term) => containsTerm(message, term)) &&
    (optional.length === 0 || optional.some((term) => containsTerm(message, term)));
}
