import { describe, expect, it } from 'vitest';
import { QuerySyntaxError } from '../../../../electron/sandbox/services/logs/insights/errors';
import { parseQuery } from '../../../../electron/sandbox/services/logs/insights/parser';

function syntaxError(query: string): QuerySyntaxError {
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${query} to be refused`);
}

describe('Logs Insights parser', () => {
  it('reads a pipeline of the common commands, comments included', () => {
    const query = parseQuery(`# errors per 5 minutes
      fields @timestamp, @message
      | filter level = "ERROR" and latency >= 100  # slow ones
      | parse @message "user=* " as user
      | stats count(*) as errors, pct(latency, 95) by bin(5m), user
      | sort errors desc
      | limit 20`);
    expect(query.commands.map((command) => command.kind)).toEqual([
      'fields',
      'filter',
      'parse',
      'stats',
      'sort',
      'limit',
    ]);
    const stats = query.commands[3];
    expect(stats).toMatchObject({
      kind: 'stats',
      aggregates: [
        { fn: 'count', name: 'errors' },
        { fn: 'pct', percentile: 95, name: 'pct(latency, 95)' },
      ],
    });
    expect(stats?.kind === 'stats' && stats.groups.map((group) => group.name)).toEqual(['bin(5m)', 'user']);
  });

  it('names unaliased expressions after their own text and aliased ones after the alias', () => {
    const query = parseQuery('stats avg( latency ) , max(latency) as worst');
    expect(query.commands[0]).toMatchObject({ aggregates: [{ name: 'avg( latency )' }, { name: 'worst' }] });
  });

  it("reports a stray token in AWS's words with its line and position", () => {
    const error = syntaxError('fields @message\n| sort bin(5m) desc |');
    expect(error.message).toBe('unexpected symbol found <EOF> at line 2 and position 21');
    const misplaced = syntaxError('fields @message | limit ten');
    expect(misplaced.message).toBe('unexpected symbol found ten at line 1 and position 24');
    expect([misplaced.start, misplaced.end]).toEqual([24, 27]);
  });

  it('refuses unknown commands and functions, and aggregates outside stats', () => {
    expect(syntaxError('fieldz @message').message).toBe('unexpected symbol found fieldz at line 1 and position 0');
    expect(syntaxError('filter nosuch(@message)').message).toMatch(/unknown function nosuch/);
    expect(syntaxError('filter count(*) > 1').message).toMatch(/only allowed in stats/);
    expect(syntaxError('stats latency by level').message).toMatch(/aggregate function/);
    expect(syntaxError('stats median(latency)').message).toBe('unknown function median at position 6');
  });

  it('refuses a parse glob whose wildcards and names do not pair up, and a regex without named groups', () => {
    expect(syntaxError('parse @message "a=* b=*" as a').message).toMatch(/2 wildcards but 1 field names/);
    expect(syntaxError('parse @message /a=(\\d+)/').message).toMatch(/no named capturing group/);
  });

  it('says plainly which commands the sandbox does not emulate instead of ignoring them', () => {
    expect(syntaxError('pattern @message').message).toBe('the sandbox does not emulate the pattern command');
  });

  it('refuses unterminated strings and regular expressions', () => {
    expect(syntaxError('filter @message like "oops').message).toMatch(/unterminated string/);
    expect(syntaxError('filter @message like /oops').message).toMatch(/unterminated regular expression/);
  });
});
