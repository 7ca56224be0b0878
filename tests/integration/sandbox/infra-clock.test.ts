import { describe, expect, it, vi } from 'vitest';
import { createManualClock, createRealClock } from '../../../electron/sandbox/clock';

describe('sandbox clocks', () => {
  it('the real clock, advanced, shifts timestamps and fires what became due in order', () => {
    const clock = createRealClock(1);
    const fired: string[] = [];
    clock.after(60_000, () => fired.push('one minute'));
    clock.after(10_000, () => fired.push('ten seconds'));
    clock.after(3_600_000, () => fired.push('one hour'));
    const before = clock.now();
    clock.advance(120_000);
    expect(fired).toEqual(['ten seconds', 'one minute']);
    expect(clock.now() - before).toBeGreaterThanOrEqual(120_000);
  });

  it('the real clock runs intervals on advance and stops them when cancelled', () => {
    const clock = createRealClock(60);
    let ticks = 0;
    const cancel = clock.every(1_000, () => (ticks += 1));
    clock.advance(5_000);
    expect(ticks).toBe(5);
    cancel();
    clock.advance(5_000);
    expect(ticks).toBe(5);
  });

  it('a compressed real clock fires a simulated minute within real milliseconds', async () => {
    // The real delay the clock asks Node for is what decides speed; reading it (rather than
    // timing the wait) fails a clock that is 1000x too slow without a timed assertion.
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    try {
      const clock = createRealClock(60_000);
      await new Promise<void>((resolve) => clock.after(60_000, resolve));
      const delays = timeout.mock.calls.map((call) => Number(call[1] ?? 0));
      expect(delays.length).toBeGreaterThan(0);
      expect(Math.max(...delays)).toBeLessThanOrEqual(1); // 60,000 simulated ms / 60,000
    } finally {
      timeout.mockRestore();
    }
  });

  it('the manual clock reports pending timers', () => {
    const clock = createManualClock();
    const cancel = clock.every(1000, () => undefined);
    expect(clock.pending()).toBe(1);
    cancel();
    expect(clock.pending()).toBe(0);
  });
});
