import { describe, expect, it } from 'vitest';
import { nextRunTime, type ScheduleTiming } from '../../../shared/schedule/next-run';

const ms = (iso: string) => Date.parse(iso);
const CREATED = ms('2030-03-29T09:00:00Z'); // a Friday

/** The next `n` runs after `from`, as ISO strings (undefined once the schedule is done). */
function runs(timing: Partial<ScheduleTiming> & { expression: string }, from: string, n = 3): (string | undefined)[] {
  const full: ScheduleTiming = { enabled: true, createdMs: CREATED, ...timing };
  const out: (string | undefined)[] = [];
  let cursor = ms(from);
  for (let i = 0; i < n; i += 1) {
    const next = nextRunTime(full, cursor);
    out.push(next === undefined ? undefined : new Date(next).toISOString());
    if (next === undefined) break;
    cursor = next;
  }
  return out;
}

describe('next run of a schedule', () => {
  it('rate counts from creation, or from StartDate inclusive, and stops at EndDate', () => {
    expect(runs({ expression: 'rate(1 day)' }, '2030-03-29T09:00:00Z')).toEqual([
      '2030-03-30T09:00:00.000Z',
      '2030-03-31T09:00:00.000Z',
      '2030-04-01T09:00:00.000Z',
    ]);
    // Seen later, the run is still on the creation's grid, not `now + 1 day`.
    expect(runs({ expression: 'rate(6 hours)' }, '2030-04-02T10:00:00Z', 1)).toEqual(['2030-04-02T15:00:00.000Z']);
    expect(
      runs({ expression: 'rate(30 minutes)', startMs: ms('2030-04-01T00:00:00Z'), endMs: ms('2030-04-01T00:45:00Z') }, '2030-03-29T09:00:00Z'),
    ).toEqual(['2030-04-01T00:00:00.000Z', '2030-04-01T00:30:00.000Z', undefined]);
  });

  it('cron with day-of-week names and ? in day-of-month skips the weekend', () => {
    expect(runs({ expression: 'cron(15 18 ? * MON-FRI *)' }, '2030-03-29T19:00:00Z')).toEqual([
      '2030-04-01T18:15:00.000Z',
      '2030-04-02T18:15:00.000Z',
      '2030-04-03T18:15:00.000Z',
    ]);
    // 1 = SUN in EventBridge cron, and 2#1 is the first Monday of the month.
    expect(runs({ expression: 'cron(0 6 ? * 1 *)' }, '2030-03-29T09:00:00Z', 2)).toEqual([
      '2030-03-31T06:00:00.000Z',
      '2030-04-07T06:00:00.000Z',
    ]);
    expect(runs({ expression: 'cron(0 6 ? * 2#1 *)' }, '2030-03-29T09:00:00Z', 2)).toEqual([
      '2030-04-01T06:00:00.000Z',
      '2030-05-06T06:00:00.000Z',
    ]);
  });

  it('cron with ? in day-of-week, day lists and L', () => {
    expect(runs({ expression: 'cron(0 0 1,15 * ? *)' }, '2030-03-29T09:00:00Z', 2)).toEqual([
      '2030-04-01T00:00:00.000Z',
      '2030-04-15T00:00:00.000Z',
    ]);
    expect(runs({ expression: 'cron(0 23 L * ? *)' }, '2030-03-29T09:00:00Z', 2)).toEqual([
      '2030-03-31T23:00:00.000Z',
      '2030-04-30T23:00:00.000Z',
    ]);
  });

  it('reads wall-clock times in the schedule time zone, across a DST change', () => {
    // 08:00 in Paris is 07:00 UTC in winter and 06:00 UTC from Sunday 2030-03-31 (summer time).
    expect(runs({ expression: 'cron(0 8 * * ? *)', timeZone: 'Europe/Paris' }, '2030-03-29T12:00:00Z')).toEqual([
      '2030-03-30T07:00:00.000Z',
      '2030-03-31T06:00:00.000Z',
      '2030-04-01T06:00:00.000Z',
    ]);
    // 02:30 does not exist in Paris on 2030-03-31 (clocks jump from 02:00 to 03:00): that run is skipped.
    expect(runs({ expression: 'cron(30 2 * * ? *)', timeZone: 'Europe/Paris' }, '2030-03-30T12:00:00Z', 2)).toEqual([
      '2030-04-01T00:30:00.000Z',
      '2030-04-02T00:30:00.000Z',
    ]);
    expect(runs({ expression: 'cron(0 9 ? * MON *)', timeZone: 'America/New_York' }, '2030-03-01T00:00:00Z', 3)).toEqual([
      '2030-03-04T14:00:00.000Z',
      '2030-03-11T13:00:00.000Z', // US summer time began on Sunday 2030-03-10
      '2030-03-18T13:00:00.000Z',
    ]);
  });

  it('runs once on the repeated hour when clocks go back', () => {
    // 02:30 happens twice in Paris on 2030-10-27 (00:30 and 01:30 UTC); Scheduler runs it once.
    const [first, second] = runs({ expression: 'cron(30 2 * * ? *)', timeZone: 'Europe/Paris' }, '2030-10-26T12:00:00Z', 2);
    expect(['2030-10-27T00:30:00.000Z', '2030-10-27T01:30:00.000Z']).toContain(first);
    expect(second).toBe('2030-10-28T01:30:00.000Z');
  });

  it('at() runs once, at its wall-clock time in the zone, and not when past', () => {
    expect(runs({ expression: 'at(2030-04-01T10:00:00)', timeZone: 'Asia/Tokyo' }, '2030-03-29T09:00:00Z')).toEqual([
      '2030-04-01T01:00:00.000Z',
      undefined,
    ]);
    expect(runs({ expression: 'at(2030-03-01T10:00:00)' }, '2030-03-29T09:00:00Z')).toEqual([undefined]);
  });

  it('has no next run when paused, after EndDate or for an expression Scheduler would refuse', () => {
    expect(runs({ expression: 'rate(1 hour)', enabled: false }, '2030-03-29T09:00:00Z')).toEqual([undefined]);
    expect(runs({ expression: 'cron(0 8 * * ? *)', endMs: ms('2030-03-29T10:00:00Z') }, '2030-03-29T09:00:00Z')).toEqual([undefined]);
    expect(runs({ expression: 'rate(1 hours)' }, '2030-03-29T09:00:00Z')).toEqual([undefined]);
    expect(runs({ expression: 'cron(0 8 * * * *)' }, '2030-03-29T09:00:00Z')).toEqual([undefined]);
  });
});
