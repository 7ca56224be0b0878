import { describe, expect, it } from 'vitest';
import { AdaptiveInterval, POLL_INTERVALS } from '../../../../electron/core/areas/logs/tail/intervals';

describe('AdaptiveInterval', () => {
  it('polls every 750 ms while lines flow, through three quiet passes, then grows to 3 s when idle', () => {
    const interval = new AdaptiveInterval();
    expect(interval.afterPass(true)).toBe(750);
    expect(Array.from({ length: 8 }, () => interval.afterPass(false))).toEqual([750, 750, 750, 1_125, 1_688, 2_532, 3_000, 3_000]);
    expect(interval.afterPass(true)).toBe(POLL_INTERVALS.flowingMs);
  });

  it('backs off harder when throttled, up to its cap, and polls briskly once it works again', () => {
    const interval = new AdaptiveInterval();
    const throttled = Array.from({ length: 8 }, () => interval.afterFailure(true));
    expect(throttled).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
    expect(interval.failing).toBe(true);
    expect(interval.afterPass(false)).toBe(750);
    expect(interval.failing).toBe(false);
    expect([1, 2, 3, 4, 5, 6].map(() => interval.afterFailure(false))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000]);
  });
});
