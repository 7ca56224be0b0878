import { describe, expect, it } from 'vitest';
import { event, rows } from './support';

const latencies = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
// One event a minute, newest last; odd minutes are ERROR.
const events = latencies.map((latency, minute) =>
  event(minute * 60_000, JSON.stringify({ level: minute % 2 ? 'ERROR' : 'INFO', latency })),
);

describe('stats', () => {
  it('counts, sums, averages and finds extremes over all events', () => {
    expect(rows('stats count(*) as n, sum(latency), avg(latency), min(latency), max(latency)', events)).toEqual([
      { n: '10', 'sum(latency)': '550', 'avg(latency)': '55', 'min(latency)': '10', 'max(latency)': '100' },
    ]);
  });

  it('answers nearest-rank percentiles', () => {
    expect(rows('stats pct(latency, 50) as p50, pct(latency, 90) as p90, pct(latency, 100) as p100', events)).toEqual([
      { p50: '50', p90: '90', p100: '100' },
    ]);
  });

  it('groups by fields, one row per value, with the group columns first', () => {
    const result = rows('stats count(*) as n, avg(latency) as mean by level | sort level asc', events);
    expect(result).toEqual([
      { level: 'ERROR', n: '5', mean: '60' },
      { level: 'INFO', n: '5', mean: '50' },
    ]);
    expect(Object.keys(result[0] ?? {})).toEqual(['level', 'n', 'mean']);
  });

  it('buckets by bin() in whole periods and prints bucket starts as AWS timestamps', () => {
    expect(rows('stats count(*) as n by bin(5m) as t | sort t asc', events)).toEqual([
      { t: '2024-05-01 12:00:00.000', n: '5' },
      { t: '2024-05-01 12:05:00.000', n: '5' },
    ]);
    expect(rows('stats count(*) by bin(1h)', events)).toEqual([
      { 'bin(1h)': '2024-05-01 12:00:00.000', 'count(*)': '10' },
    ]);
  });

  it('counts only events that have the field with count(field)', () => {
    const mixed = [...events, event(30_000, 'no json here')];
    expect(rows('stats count(*) as all, count(latency) as timed', mixed)).toEqual([{ all: '11', timed: '10' }]);
  });

  it('answers a zero count when nothing matched', () => {
    expect(rows('filter level = "FATAL" | stats count(*) as n', events)).toEqual([{ n: '0' }]);
  });

  it('aggregates fields made by parse', () => {
    const lines = [event(0, 'GET /a 200 12ms'), event(1, 'GET /b 500 40ms'), event(2, 'GET /a 200 20ms')];
    expect(
      rows('parse @message "GET * * *ms" as path, status, ms | stats avg(ms) as mean by path | sort path asc', lines),
    ).toEqual([
      { path: '/a', mean: '16' },
      { path: '/b', mean: '40' },
    ]);
  });
});
