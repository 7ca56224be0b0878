import { describe, expect, it } from 'vitest';
import { chooseProducer } from '../../../electron/core/areas/lineage/producer-rule';

const HOUR = 3_600_000;
const nightly = (day: number, status = 'Completed') => ({ name: `churn-preprocess-${day}`, status, endMs: day * 24 * HOUR + 3 * HOUR });

describe('chooseProducer', () => {
  const nights = [nightly(1), nightly(2), nightly(3, 'Failed'), nightly(4)];

  it('picks the most recent completed run that ended before the consumer started', () => {
    expect(chooseProducer(nights, 3 * 24 * HOUR + 9 * HOUR)?.name).toBe('churn-preprocess-2');
    expect(chooseProducer(nights, 5 * 24 * HOUR)?.name).toBe('churn-preprocess-4');
  });

  it('skips a run still going or ended after the consumer started', () => {
    expect(chooseProducer([nightly(1), { name: 'running', status: 'InProgress' }], 9 * 24 * HOUR)?.name).toBe('churn-preprocess-1');
    expect(chooseProducer([nightly(2)], 2 * 24 * HOUR + HOUR)).toBeUndefined();
  });

  it('names no producer rather than a wrong one when none qualifies', () => {
    expect(chooseProducer([nightly(3, 'Failed')], 10 * 24 * HOUR)).toBeUndefined();
    expect(chooseProducer([], 10 * 24 * HOUR)).toBeUndefined();
  });
});
