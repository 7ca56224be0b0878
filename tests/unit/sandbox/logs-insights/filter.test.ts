import { describe, expect, it } from 'vitest';
import { event, rows } from './support';

const events = [
  event(0, '{"level":"INFO","latency":40,"path":"/ping","user":{"id":"u1"}}'),
  event(1000, '{"level":"ERROR","latency":250,"path":"/invocations","user":{"id":"u2"}}'),
  event(2000, '{"level":"WARN","latency":"120","path":"/invocations"}'),
  event(3000, 'plain text line: ERROR disk full'),
];

const messages = (query: string) => rows(`fields @message | ${query}`, events).map((row) => row['@message']);

describe('filter', () => {
  it('compares JSON fields as numbers when both sides are numbers, numeric strings included', () => {
    expect(rows('filter latency > 100 | fields path, latency', events)).toEqual([
      { path: '/invocations', latency: '120' },
      { path: '/invocations', latency: '250' },
    ]);
    expect(rows('filter latency <= 40 | fields latency', events)).toEqual([{ latency: '40' }]);
  });

  it('matches strings exactly with = and != and leaves events without the field out of both', () => {
    expect(rows('filter level = "ERROR" | fields level', events)).toEqual([{ level: 'ERROR' }]);
    expect(rows('filter level != "ERROR" | fields level', events)).toEqual([{ level: 'WARN' }, { level: 'INFO' }]);
  });

  it('finds substrings with like "…" and patterns with like /…/ and =~', () => {
    expect(messages('filter @message like "disk full"')).toEqual(['plain text line: ERROR disk full']);
    expect(messages('filter @message like /"level":"(WARN|ERROR)"/')).toHaveLength(2);
    expect(messages('filter @message =~ /^plain/')).toEqual(['plain text line: ERROR disk full']);
    expect(messages('filter @message not like /level/')).toEqual(['plain text line: ERROR disk full']);
  });

  it('combines conditions with and, or, not and parentheses', () => {
    expect(rows('filter (level = "ERROR" or level = "WARN") and not latency > 200 | fields level', events)).toEqual([
      { level: 'WARN' },
    ]);
  });

  it('tests membership with in [...] and not in [...]', () => {
    expect(rows('filter level in ["INFO", "WARN"] | fields level', events)).toEqual([
      { level: 'WARN' },
      { level: 'INFO' },
    ]);
    expect(rows('filter level not in ["INFO", "WARN"] | fields level', events)).toEqual([{ level: 'ERROR' }]);
  });

  it('reads nested JSON members by dot path', () => {
    expect(rows('filter user.id = "u2" | fields path', events)).toEqual([{ path: '/invocations' }]);
  });

  it('counts the events that passed every filter as matched, and every event in range as scanned', async () => {
    const { run } = await import('./support');
    const outcome = run('filter latency > 100 | limit 1', events);
    expect(outcome.results).toHaveLength(1);
    expect(outcome.statistics).toMatchObject({ recordsMatched: 2, recordsScanned: 4 });
    expect(outcome.statistics.bytesScanned).toBe(
      events.reduce((sum, source) => sum + Buffer.byteLength(source.event.message), 0),
    );
  });
});
