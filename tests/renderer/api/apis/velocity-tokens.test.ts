import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../renderer/src/features/api/apis/highlight/velocity-tokens';

const kinds = (source: string) => tokenize(source).filter((token) => token.kind !== 'text').map((token) => `${token.kind}:${token.text}`);

describe('mapping template tokens', () => {
  it('marks references, directives, strings, numbers, keywords and punctuation, and loses nothing', () => {
    const template = `#set($rows = $input.path('$.instances'))\n{"n": $rows.size(), "ok": true, "max": 1.5e3}`;
    expect(tokenize(template).map((token) => token.text).join('')).toBe(template);
    expect(kinds(template)).toEqual([
      'directive:#set', 'punct:(', 'ref:$rows', 'punct:=', 'ref:$input.path', 'punct:(', "string:'$.instances'", 'punct:)', 'punct:)',
      'punct:{', 'string:"n"', 'punct::', 'ref:$rows.size', 'punct:(', 'punct:)', 'punct:,', 'string:"ok"', 'punct::', 'keyword:true', 'punct:,', 'string:"max"', 'punct::', 'number:1.5e3', 'punct:}',
    ]);
  });

  it('finds references inside double-quoted strings, comments, and #foreach … #end', () => {
    expect(kinds('"$context.error.validationErrorString"')).toEqual(['string:"', 'ref:$context.error.validationErrorString', 'string:"']);
    expect(kinds('## a note\n#foreach($x in $list)$!{x}#end')).toEqual(['comment:## a note', 'directive:#foreach', 'punct:(', 'ref:$x', 'ref:$list', 'punct:)', 'ref:$!{x}', 'directive:#end']);
  });

  it('shows an unterminated string or comment as typed', () => {
    expect(tokenize('{"a": "open').map((token) => token.text).join('')).toBe('{"a": "open');
    expect(kinds('#* never closed')).toEqual(['comment:#* never closed']);
  });
});
