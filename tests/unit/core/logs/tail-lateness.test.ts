import { describe, expect, it } from 'vitest';
import { LatenessTracker, LOOKBACK } from '../../../../electron/core/areas/logs/tail/lateness';
import type { LogEvent } from '../../../../shared/domain/logs';

const event = (timestamp: number, ingestionTime: number): LogEvent => ({ id: 'e', timestamp, ingestionTime, group: 'g', stream: 's', message: 'm' });

describe('LatenessTracker', () => {
  it('re-reads the widest window before anything was seen, 1 s for prompt producers', () => {
    const tracker = new LatenessTracker();
    expect(tracker.lookbackMs()).toBe(LOOKBACK.maxMs);
    for (let i = 0; i < 10_000; i++) tracker.observe(event(1_000_000 + i, 1_000_000 + i + (i % 20)));
    expect(tracker.lookbackMs()).toBe(1_019);
  });

  it('follows an agent that flushes 4 s late, and producers whose clocks run ahead, up to 15 s', () => {
    const tracker = new LatenessTracker();
    tracker.observe(event(1_000_000, 1_000_000));
    tracker.observe(event(996_000, 1_000_100));
    expect(tracker.lookbackMs()).toBe(4_100 + LOOKBACK.marginMs);
    tracker.observe(event(1_000_700, 1_000_200));
    expect(tracker.lookbackMs()).toBe(4_100 + 500 + LOOKBACK.marginMs);
    tracker.observe(event(900_000, 1_000_300));
    expect(tracker.lookbackMs()).toBe(LOOKBACK.maxMs);
  });

  it('forgets lateness older than a minute of ingestion time', () => {
    const tracker = new LatenessTracker();
    tracker.observe(event(990_000, 1_000_000));
    expect(tracker.lookbackMs()).toBe(11_000);
    tracker.observe(event(1_030_000, 1_030_000));
    expect(tracker.lookbackMs()).toBe(11_000);
    tracker.observe(event(1_061_000, 1_061_000));
    expect(tracker.lookbackMs()).toBe(LOOKBACK.minMs);
    // Out-of-order ingestion times older than the memory change nothing.
    tracker.observe(event(900_000, 1_000_000));
    expect(tracker.lookbackMs()).toBe(LOOKBACK.minMs);
  });
});
