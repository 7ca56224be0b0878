import { describe, expect, it } from 'vitest';
import { nextRun, parseCron, runsBetween } from '../../../electron/sandbox/services/backup/cron';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('AWS Backup cron expressions', () => {
  it('runs a daily rule at its UTC time, after (not at) the given instant', () => {
    const daily = parseCron('cron(0 5 * * ? *)');
    expect(iso(nextRun(daily, at('2026-01-05T05:00:00Z')))).toBe('2026-01-06T05:00:00.000Z');
    expect(runsBetween(daily, at('2026-01-01T00:00:00Z'), at('2026-01-03T05:00:00Z')).map(iso)).toEqual(['2026-01-01T05:00:00.000Z', '2026-01-02T05:00:00.000Z', '2026-01-03T05:00:00.000Z']);
  });

  it('reads weekday names, ranges, lists and steps as AWS numbers them (1 = Sunday)', () => {
    // 2026-01-05 is a Monday.
    const weekdays = parseCron('cron(30 2 ? * MON-FRI *)');
    expect(iso(nextRun(weekdays, at('2026-01-09T03:00:00Z')))).toBe('2026-01-12T02:30:00.000Z');
    const sundays = parseCron('cron(0 0 ? * 1 *)');
    expect(iso(nextRun(sundays, at('2026-01-05T00:00:00Z')))).toBe('2026-01-11T00:00:00.000Z');
    const everySixHours = parseCron('cron(0 0/6 * * ? *)');
    expect(runsBetween(everySixHours, at('2026-01-05T00:00:00Z'), at('2026-01-06T00:00:00Z')).map(iso)).toEqual([
      '2026-01-05T06:00:00.000Z',
      '2026-01-05T12:00:00.000Z',
      '2026-01-05T18:00:00.000Z',
      '2026-01-06T00:00:00.000Z',
    ]);
    const monthly = parseCron('cron(15 1 1,15 JAN,MAR ? 2026)');
    expect(iso(nextRun(monthly, at('2026-01-15T02:00:00Z')))).toBe('2026-03-01T01:15:00.000Z');
    expect(nextRun(monthly, at('2026-03-15T02:00:00Z'))).toBeUndefined();
  });

  it('refuses what AWS refuses: both or neither day field given, wrong field counts, out-of-range values', () => {
    for (const bad of ['cron(0 5 * * * *)', 'cron(0 5 ? * ? *)', 'cron(0 5 * *)', 'cron(61 5 * * ? *)', 'rate(1 day)', 'cron(0 5 L * ? *)']) {
      expect(() => parseCron(bad)).toThrow(/Invalid schedule expression/);
    }
  });
});
