import { describe, expect, it } from 'vitest';
import { nextFireTime, parseExpression, type ScheduleExpression } from '../../../shared/schedule/expression';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const at = (text: string) => Date.parse(text);

function parsed(text: string): ScheduleExpression {
  const expression = parseExpression(text);
  if (!expression) throw new Error(`did not parse: ${text}`);
  return expression;
}

/** The next n fire times after `from`. */
function fires(text: string, from: string, n: number, timeZone = 'UTC', extra: { startMs?: number; endMs?: number; anchorMs?: number } = {}): (string | undefined)[] {
  const expression = parsed(text);
  const out: (string | undefined)[] = [];
  let cursor = at(from);
  for (let i = 0; i < n; i += 1) {
    const next = nextFireTime(expression, cursor, { timeZone, anchorMs: extra.anchorMs ?? at(from), ...extra });
    out.push(iso(next));
    if (next === undefined) break;
    cursor = next;
  }
  return out;
}

describe('EventBridge Scheduler expressions', () => {
  it('rejects what AWS rejects', () => {
    for (const bad of [
      'rate(1 minutes)',
      'rate(5 minute)',
      'rate(0 hours)',
      'rate(5 weeks)',
      'cron(0 12 * * * *)', // both day fields given
      'cron(0 12 ? * ? *)', // neither
      'cron(0 12 * *)',
      'cron(60 12 * * ? *)',
      'cron(0 12 32 * ? *)',
      'at(2026-02-30T10:00:00)',
      'at(2026-01-05 10:00)',
      'every day',
    ]) {
      expect(parseExpression(bad), bad).toBeUndefined();
    }
  });

  it('counts rate schedules from creation, or from StartDate inclusive', () => {
    expect(fires('rate(5 minutes)', '2026-01-05T09:00:00Z', 3)).toEqual(['2026-01-05T09:05:00.000Z', '2026-01-05T09:10:00.000Z', '2026-01-05T09:15:00.000Z']);
    expect(fires('rate(1 day)', '2026-01-05T09:00:00Z', 2, 'UTC', { startMs: at('2026-01-06T00:00:00Z'), anchorMs: at('2026-01-06T00:00:00Z') })).toEqual([
      '2026-01-06T00:00:00.000Z',
      '2026-01-07T00:00:00.000Z',
    ]);
  });

  it('walks cron with steps, ranges, names and the year field', () => {
    expect(fires('cron(0/15 9-10 ? * MON-FRI *)', '2026-01-09T10:40:00Z', 3)).toEqual([
      '2026-01-09T10:45:00.000Z',
      '2026-01-12T09:00:00.000Z', // Friday -> Monday
      '2026-01-12T09:15:00.000Z',
    ]);
    expect(fires('cron(30 2 1 JAN,JUL ? 2027)', '2026-01-05T00:00:00Z', 3)).toEqual(['2027-01-01T02:30:00.000Z', '2027-07-01T02:30:00.000Z', undefined]);
  });

  it('supports L, W, L-n, nL and # in the day fields', () => {
    expect(fires('cron(0 0 L * ? *)', '2026-02-01T00:00:00Z', 2)).toEqual(['2026-02-28T00:00:00.000Z', '2026-03-31T00:00:00.000Z']);
    expect(fires('cron(0 0 L-2 * ? *)', '2026-02-01T00:00:00Z', 1)).toEqual(['2026-02-26T00:00:00.000Z']);
    // 2026-02-15 is a Sunday: the nearest weekday is Monday the 16th; 2026-03-01 (Sunday) stays in March: Monday the 2nd.
    expect(fires('cron(0 0 15W * ? *)', '2026-02-01T00:00:00Z', 1)).toEqual(['2026-02-16T00:00:00.000Z']);
    expect(fires('cron(0 0 1W * ? *)', '2026-02-20T00:00:00Z', 1)).toEqual(['2026-03-02T00:00:00.000Z']);
    expect(fires('cron(0 0 LW * ? *)', '2026-05-01T00:00:00Z', 1)).toEqual(['2026-05-29T00:00:00.000Z']); // May 31 is a Sunday
    expect(fires('cron(0 18 ? * 6L *)', '2026-01-01T00:00:00Z', 2)).toEqual(['2026-01-30T18:00:00.000Z', '2026-02-27T18:00:00.000Z']); // last Friday
    expect(fires('cron(0 9 ? * MON#2 *)', '2026-01-01T00:00:00Z', 2)).toEqual(['2026-01-12T09:00:00.000Z', '2026-02-09T09:00:00.000Z']);
  });

  it('reads cron and at() in the schedule time zone, across daylight saving changes', () => {
    // 02:00 in Berlin: UTC+1 in winter, UTC+2 from 2026-03-29.
    expect(fires('cron(0 2 * * ? *)', '2026-03-27T12:00:00Z', 3, 'Europe/Berlin')).toEqual([
      '2026-03-28T01:00:00.000Z',
      // 2026-03-29 02:00 does not exist in Berlin (clocks jump 02:00 -> 03:00): no run that day.
      '2026-03-30T00:00:00.000Z',
      '2026-03-31T00:00:00.000Z',
    ]);
    expect(fires('cron(30 8 ? * MON *)', '2026-01-05T00:00:00Z', 1, 'America/New_York')).toEqual(['2026-01-05T13:30:00.000Z']);
    expect(fires('at(2026-07-01T09:00:00)', '2026-01-05T00:00:00Z', 2, 'Asia/Tokyo')).toEqual(['2026-07-01T00:00:00.000Z', undefined]);
  });

  it('stops at EndDate', () => {
    expect(fires('rate(1 hour)', '2026-01-05T09:00:00Z', 3, 'UTC', { endMs: at('2026-01-05T11:00:00Z') })).toEqual([
      '2026-01-05T10:00:00.000Z',
      '2026-01-05T11:00:00.000Z',
      undefined,
    ]);
  });
});
