import { describe, expect, it } from 'vitest';
import { DEFAULT_PART_BYTES, isMultipart, MAX_PARTS, partSizeFor } from '../../../../electron/core/areas/data/transfers/part-size';
import { Slots } from '../../../../electron/core/areas/data/transfers/slots';
import { progressFigures, SpeedMeter } from '../../../../electron/core/areas/data/transfers/speed-meter';

const MiB = 1024 * 1024;

describe('transfer engine parts', () => {
  it('uses 8 MiB parts, and bigger ones so a file never needs more than 10,000', () => {
    expect(partSizeFor(50 * MiB)).toBe(DEFAULT_PART_BYTES);
    expect(partSizeFor(80_000 * MiB)).toBe(DEFAULT_PART_BYTES);
    const huge = 5 * 1024 ** 4;
    expect(partSizeFor(huge)).toBe(525 * MiB);
    expect(Math.ceil(huge / partSizeFor(huge))).toBeLessThanOrEqual(MAX_PARTS);
    expect(isMultipart(8 * MiB, 8 * MiB)).toBe(false);
    expect(isMultipart(8 * MiB + 1, 8 * MiB)).toBe(true);
  });

  it('grants slots up to the limit, in order, and drops a waiter whose signal aborts', async () => {
    const slots = new Slots(2);
    const first = await slots.acquire();
    await slots.acquire();
    const order: string[] = [];
    const aborted = new AbortController();
    const gone = slots.acquire(aborted.signal).catch(() => order.push('aborted'));
    const third = slots.acquire().then((release) => {
      order.push('third');
      return release;
    });
    aborted.abort(new Error('cancelled'));
    await gone;
    first();
    (await third)();
    expect(order).toEqual(['aborted', 'third']);
    expect(slots.inUse).toBe(1);
  });

  it('measures speed between steps of progress and falls once progress stalls', () => {
    let now = 0;
    const meter = new SpeedMeter(() => now);
    meter.record(0);
    now = 2_000;
    meter.record(8 * MiB);
    now = 3_000;
    expect(meter.bytesPerSecond()).toBe(4 * MiB);
    expect(progressFigures(meter, { bytesTotal: 40 * MiB, bytesDone: 8 * MiB, startedAt: 0, endedAt: undefined })).toEqual({
      bytesPerSecond: 4 * MiB,
      secondsLeft: 8,
    });
    now = 12_000;
    expect(meter.bytesPerSecond()).toBeCloseTo((8 * MiB) / 12, 0);
    expect(progressFigures(meter, { bytesTotal: 8 * MiB, bytesDone: 8 * MiB, startedAt: 0, endedAt: 4_000 })).toEqual({ bytesPerSecond: 2 * MiB });
  });
});
