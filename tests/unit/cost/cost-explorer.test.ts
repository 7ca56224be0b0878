import { describe, expect, it } from 'vitest';
import { tagValueLabel, tagValueOf } from '../../../electron/core/areas/cost/by-tag';
import { costExplorerMissing, groupDays } from '../../../electron/core/areas/cost/cost-explorer';
import { dayIndex, monthPeriod } from '../../../electron/core/areas/cost/month';

const DEC_5_NOON = Date.UTC(2026, 11, 5, 12, 30);

describe('the month Cost Explorer is asked about', () => {
  it('runs from the 1st to tomorrow (exclusive), the forecast to the 1st of next month, one chart point a day', () => {
    const period = monthPeriod(DEC_5_NOON);
    expect(period).toMatchObject({ month: '2026-12', start: '2026-12-01', today: '2026-12-05', tomorrow: '2026-12-06', nextMonth: '2027-01-01' });
    expect(period.days).toHaveLength(5);
    expect(dayIndex(period, '2026-12-05')).toBe(4);
    expect(dayIndex(period, '2026-11-30')).toBe(-1);
  });

  it('on the last day of a month ends month to date on the 1st of the next, leaving nothing to forecast', () => {
    const period = monthPeriod(Date.UTC(2027, 1, 28, 23, 59));
    expect(period).toMatchObject({ month: '2027-02', tomorrow: '2027-03-01', nextMonth: '2027-03-01' });
    expect(period.days).toHaveLength(28);
  });
});

describe("Cost Explorer's days as totals and series", () => {
  const period = monthPeriod(Date.UTC(2026, 11, 3));
  const day = (date: string, groups: [string, string][], estimated = false) => ({
    TimePeriod: { Start: date, End: date },
    Estimated: estimated,
    Groups: groups.map(([key, amount]) => ({ Keys: [key], Metrics: { UnblendedCost: { Amount: amount, Unit: 'USD' } } })),
  });

  it('sums each group over the days, largest first, zero on days without it, and says when a day is estimated', () => {
    const grouped = groupDays(period, [
      day('2026-12-01', [['Amazon Simple Storage Service', '0.01']]),
      day('2026-12-02', [['Amazon SageMaker', '5.52'], ['Amazon Simple Storage Service', '0.01']]),
      day('2026-12-03', [['Amazon SageMaker', '2.3049']], true),
    ]);
    expect([...grouped.totals]).toEqual([
      ['Amazon SageMaker', 7.82],
      ['Amazon Simple Storage Service', 0.02],
    ]);
    expect(grouped.series).toEqual([
      { label: 'Amazon SageMaker', values: [0, 5.52, 2.3] },
      { label: 'Amazon Simple Storage Service', values: [0.01, 0.01, 0] },
    ]);
    expect(grouped.estimated).toBe(true);
  });

  it('names tag groups as people read them: project$churn is churn, project$ is (untagged)', () => {
    expect(tagValueOf('project', 'project$churn')).toBe('churn');
    expect(tagValueOf('project', 'project$')).toBe('');
    expect(tagValueLabel('')).toBe('(untagged)');
    const grouped = groupDays(period, [day('2026-12-02', [['project$', '1'], ['project$churn', '3']])], (key) => tagValueLabel(tagValueOf('project', key)));
    expect(grouped.series.map((s) => s.label)).toEqual(['churn', '(untagged)']);
  });
});

describe('an endpoint without Cost Explorer', () => {
  const refusal = (name: string, status: number) => Object.assign(new Error('no'), { name, $metadata: { httpStatusCode: status } });

  it('is told apart from a failed call: unknown operation, 501, a 404 route, or a permission it lacks', () => {
    expect(costExplorerMissing(refusal('UnknownOperationException', 400))?.reason).toMatch(/not available on this endpoint/);
    expect(costExplorerMissing(refusal('InternalFailure', 501))?.available).toBe(false);
    expect(costExplorerMissing(refusal('NotFound', 404))).toBeUndefined();
    expect(costExplorerMissing(refusal('UnknownError', 404))?.available).toBe(false);
    expect(costExplorerMissing(refusal('AccessDeniedException', 400))?.reason).toMatch(/ce:GetCostAndUsage/);
    expect(costExplorerMissing(refusal('LimitExceededException', 400))).toBeUndefined();
    expect(costExplorerMissing(refusal('ThrottlingException', 400))).toBeUndefined();
  });
});
