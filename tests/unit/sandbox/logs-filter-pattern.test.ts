import { describe, expect, it } from 'vitest';
import { compileFilterPattern, FilterPatternError, splitFields } from '../../../electron/sandbox/services/logs/filter-pattern';

const matches = (pattern: string, message: string) => compileFilterPattern(pattern)(message);

describe('unstructured term patterns', () => {
  it('matches everything when the pattern is empty or blank', () => {
    expect(matches('', 'anything')).toBe(true);
    expect(matches('   ', 'anything')).toBe(true);
  });

  it('requires every plain term (AND) and is case-sensitive', () => {
    expect(matches('ERROR 404', '[ERROR 404] not found')).toBe(true);
    expect(matches('ERROR 404', '[ERROR 500] boom')).toBe(false);
    expect(matches('ERROR', 'error: lower case')).toBe(false);
  });

  it('matches bare terms as whole words', () => {
    expect(matches('timeout', 'request timeout: 30s')).toBe(true);
    expect(matches('timeout', 'timeouts exceeded')).toBe(false);
    expect(matches('Exception', 'java.lang.NullPointerException')).toBe(false);
  });

  it('matches quoted phrases exactly, spaces included', () => {
    expect(matches('"INTERNAL SERVER ERROR"', '[ERROR 500] INTERNAL SERVER ERROR')).toBe(true);
    expect(matches('"INTERNAL SERVER ERROR"', 'INTERNAL ERROR SERVER')).toBe(false);
  });

  it('drops events containing an excluded term', () => {
    expect(matches('ERROR -Exiting', 'ERROR retrying')).toBe(true);
    expect(matches('ERROR -Exiting', 'ERROR Exiting now')).toBe(false);
    expect(matches('-"health check"', 'GET /health check')).toBe(false);
  });

  it('treats ?terms as OR', () => {
    expect(matches('?ERROR ?WARN', 'WARN disk 91%')).toBe(true);
    expect(matches('?ERROR ?WARN', 'ERROR disk full')).toBe(true);
    expect(matches('?ERROR ?WARN', 'INFO all good')).toBe(false);
  });

  it('supports %regex% patterns and refuses groups', () => {
    expect(matches('%[Ee]rror|[Ff]ail%', 'job Failed')).toBe(true);
    expect(matches('%^epoch=\\d+%', 'epoch=3 loss=0.4')).toBe(true);
    expect(matches('%^epoch=\\d+%', 'train epoch=3')).toBe(false);
    expect(() => compileFilterPattern('%(a|b)%')).toThrow("Invalid character(s) in term '%(a|b)%'");
  });

  it('rejects an unbalanced quote with AWS message', () => {
    expect(() => compileFilterPattern('"unterminated')).toThrow('Invalid filter pattern');
  });
});

describe('JSON patterns', () => {
  const line = JSON.stringify({ level: 'ERROR', latency: 250, user: { id: 'u-1', admin: false }, tags: ['a', 'b'], gone: null });

  it('compares strings and numbers', () => {
    expect(matches('{ $.level = "ERROR" }', line)).toBe(true);
    expect(matches('{ $.level = "INFO" }', line)).toBe(false);
    expect(matches('{ $.latency > 100 }', line)).toBe(true);
    expect(matches('{ $.latency <= 100 }', line)).toBe(false);
    expect(matches('{ $.latency = 250 }', line)).toBe(true);
    expect(matches('{ $.level != "INFO" }', line)).toBe(true);
  });

  it('walks nested fields and array indexes', () => {
    expect(matches('{ $.user.id = "u-1" }', line)).toBe(true);
    expect(matches('{ $.tags[1] = "b" }', line)).toBe(true);
    expect(matches('{ $.tags[5] = "b" }', line)).toBe(false);
  });

  it('supports wildcards, && / || and parentheses', () => {
    expect(matches('{ $.level = "ERR*" }', line)).toBe(true);
    expect(matches('{ $.level = "ERROR" && $.latency > 500 }', line)).toBe(false);
    expect(matches('{ $.level = "ERROR" && ($.latency > 500 || $.user.id = "u-1") }', line)).toBe(true);
    expect(matches('{ $.level = "WARN" || $.latency > 200 }', line)).toBe(true);
  });

  it('supports IS TRUE / IS FALSE / IS NULL / NOT EXISTS', () => {
    expect(matches('{ $.user.admin IS FALSE }', line)).toBe(true);
    expect(matches('{ $.user.admin IS TRUE }', line)).toBe(false);
    expect(matches('{ $.gone IS NULL }', line)).toBe(true);
    expect(matches('{ $.nothing NOT EXISTS }', line)).toBe(true);
    expect(matches('{ $.level NOT EXISTS }', line)).toBe(false);
  });

  it('never matches a message that is not JSON, nor a missing field', () => {
    expect(matches('{ $.level = "ERROR" }', 'ERROR plain text')).toBe(false);
    expect(matches('{ $.missing != "x" }', line)).toBe(false);
  });

  it('rejects malformed JSON patterns', () => {
    for (const bad of ['{ $.level = "ERROR"', '{ level = "ERROR" }', '{ $.latency > abc }', '{ $.a = }', '{ }', '{ $.a = 1 && }']) {
      expect(() => compileFilterPattern(bad), bad).toThrow(FilterPatternError);
    }
  });
});

describe('space-delimited patterns', () => {
  const access = '127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /apache_pb.gif HTTP/1.0" 404 1534';

  it('splits on spaces, keeping quoted and bracketed text as one field', () => {
    expect(splitFields(access)).toEqual(['127.0.0.1', '-', 'frank', '10/Oct/2000:13:25:15 -0700', 'GET /apache_pb.gif HTTP/1.0', '404', '1534']);
  });

  it('binds fields by position and applies conditions', () => {
    expect(matches('[ip, user, username, timestamp, request, status_code = 4*, bytes]', access)).toBe(true);
    expect(matches('[ip, user, username, timestamp, request, status_code = 5*, bytes]', access)).toBe(false);
    expect(matches('[ip, user, username, timestamp, request, status_code, bytes > 1000]', access)).toBe(true);
    expect(matches('[ip, user, username, timestamp, request = "GET *", status_code, bytes]', access)).toBe(true);
  });

  it('needs the exact field count unless an ellipsis absorbs the rest', () => {
    expect(matches('[ip, user, status]', access)).toBe(false);
    expect(matches('[ip, ..., status_code = 404, bytes]', access)).toBe(true);
    expect(matches('[..., status_code != 404, bytes]', access)).toBe(false);
  });

  it('combines conditions within a field with || and &&', () => {
    expect(matches('[ip, user, username, timestamp, request, status_code = 500 || status_code = 404, bytes]', access)).toBe(true);
    expect(matches('[ip, user, username, timestamp, request, status_code = 404 && bytes < 1000, bytes]', access)).toBe(false);
  });

  it('rejects malformed delimited patterns', () => {
    for (const bad of ['[ip, user', '[]', '[ip,, user]', '[ip, bytes > x]']) {
      expect(() => compileFilterPattern(bad), bad).toThrow(FilterPatternError);
    }
  });
});
