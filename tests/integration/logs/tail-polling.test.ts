import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { burst, expectedOrder, putBurst, seen, startTailWorld, until, type TailWorld } from './tail-harness';

const GROUP = '/sagedeck/tail-polling';
const STREAMS = ['web-1', 'web-2', 'worker'];
let world: TailWorld;

beforeEach(async () => {
  world = await startTailWorld();
});
afterEach(async () => {
  await world.close();
});

describe('logs.tail by polling (FilterLogEvents)', () => {
  it('delivers every event of a multi-stream burst exactly once, in order, paging without waiting', async () => {
    await world.prepare(GROUP, STREAMS);
    const tail = world.tail({ target: { kind: 'group', group: GROUP }, source: 'polling' }, { autoAck: true });
    await until(() => tail.ofType('started').length === 1, 'the tail to start');
    expect(tail.messages[0]).toMatchObject({ type: 'started', source: 'polling', target: { groups: [GROUP], slug: 'sagedeck-tail-polling' } });
    await until(() => world.timers.dueIn().length > 0, 'the first poll');

    // 3 × 4,002 lines: two FilterLogEvents pages (10,000 + 2,006), batches of at most 1,000.
    const lines = burst(world.clock.now(), STREAMS, 4_000, 'b1');
    await putBurst(world, GROUP, lines);
    const calls = world.counter('logs:FilterLogEvents');
    await world.timers.next();
    await until(() => tail.events().length >= 12_006, 'the burst');
    expect(world.counter('logs:FilterLogEvents') - calls).toBe(2);
    expect(seen(tail.events())).toEqual(expectedOrder(lines));
    expect(new Set(tail.events().map((event) => event.id)).size).toBe(12_006);
    expect(Math.max(...tail.batches().map((batch) => batch.events.length))).toBe(1_000);
    expect(tail.events()[0]).toMatchObject({ group: GROUP, ingestionTime: expect.any(Number) });

    // Quiet polls re-read the newest millisecond and deliver nothing again; after three the interval grows.
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      await world.timers.next();
      waits.push(...world.timers.dueIn());
    }
    expect(tail.events()).toHaveLength(12_006);
    expect(waits).toEqual([750, 750, 750, 1_125, 1_688, 2_532, 3_000, 3_000]);

    // A line written later in that same newest millisecond is new, not a duplicate.
    const last = lines.get('worker')!.at(-1)!.timestamp;
    await world.put(GROUP, 'worker', [{ timestamp: last, message: 'b1 worker twin' }]);
    await world.timers.next();
    await until(() => tail.events().length === 12_007, 'the late line');
    expect(tail.events().at(-1)).toMatchObject({ stream: 'worker', message: 'b1 worker twin', timestamp: last });
    expect(world.timers.dueIn()[0]).toBe(750);
    tail.cancel();
  });
});
