import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../../electron/core/areas/data/storage/limited';

describe('mapLimited', () => {
  it("never runs more than the limit at once, and answers in the items' order", async () => {
    let running = 0;
    let most = 0;
    const answers = await mapLimited([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      for (let i = 0; i < n; i += 1) await Promise.resolve();
      running -= 1;
      return n * 10;
    });
    expect(answers).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(most).toBe(3);
  });

  it('a failing task frees its slot for the others', async () => {
    const done: number[] = [];
    const results = await Promise.allSettled([
      mapLimited([1, 2, 3], 1, async (n) => {
        if (n === 1) throw new Error('boom');
        done.push(n);
        return n;
      }),
    ]);
    expect(results[0]?.status).toBe('rejected');
    // Promise.all rejects at once; the queued tasks still run through the freed slot (all microtasks, done before setImmediate).
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toEqual([2, 3]);
  });
});
