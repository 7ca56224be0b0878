/**
 * Tokens of a mapping template or a JSON document, for highlighting only: Velocity references
 * (`$input.json('$.x')`, `$!{ctx}`), directives (`#set`, `#foreach`, `#end`), comments, strings
 * (with the references inside double-quoted ones), numbers, JSON keywords and punctuation. It
 * never fails: whatever it does not recognise is plain text, so any template shows as typed.
 */

export type TokenKind = 'ref' | 'directive' | 'comment' | 'string' | 'number' | 'keyword' | 'punct' | 'text';

export interface Token {
  kind: TokenKind;
  text: string;
}

const RULES: [TokenKind, RegExp][] = [
  ['comment', /##[^\n]*|#\*[\s\S]*?(\*#|$)/y],
  ['directive', /#\{?(set|if|elseif|else|end|foreach|break|stop|macro|define|parse|include|evaluate)\}?\b/y],
  ['ref', /\$!?\{?[A-Za-z_][\w-]*(\.[A-Za-z_]\w*)*\}?/y],
  ['string', /"(\\[\s\S]|[^"\\])*("|$)|'(\\[\s\S]|[^'\\])*('|$)/y],
  ['number', /-?\b\d+(\.\d+)?([eE][+-]?\d+)?\b/y],
  ['keyword', /\b(true|false|null)\b/y],
  ['punct', /[{}[\](),:;=]/y],
];

/** References inside a double-quoted string: `"$context.error.validationErrorString"`. */
const STRING_REF = /\$!?\{?[A-Za-z_][\w-]*(\.[A-Za-z_]\w*)*\}?/g;

function splitString(text: string): Token[] {
  if (!text.startsWith('"')) return [{ kind: 'string', text }];
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(STRING_REF)) {
    if (match.index > last) tokens.push({ kind: 'string', text: text.slice(last, match.index) });
    tokens.push({ kind: 'ref', text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) tokens.push({ kind: 'string', text: text.slice(last) });
  return tokens;
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, text: string) => {
    const previous = tokens.at(-1);
    // Runs of plain text join, so the output has one span per token, not per character.
    if (kind === 'text' && previous?.kind === 'text') previous.text += text;
    else tokens.push({ kind, text });
  };
  let at = 0;
  while (at < source.length) {
    let matched = false;
    for (const [kind, rule] of RULES) {
      rule.lastIndex = at;
      const match = rule.exec(source);
      if (match && match[0].length > 0) {
        if (kind === 'string') tokens.push(...splitString(match[0]));
        else push(kind, match[0]);
        at += match[0].length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      push('text', source[at] ?? '');
      at += 1;
    }
  }
  return tokens;
}
