import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTailWorld, until, type TailRecorder, type TailWorld } from './tail-harness';

const GROUP = '/sagedeck/tail-late-events';
/** Two instances of a job: algo-1 writes promptly, algo-2's agent flushes its last 5 s at once. */
const PROMPT = 'algo-1';
const AGENT = 'algo-2';
let world: TailWorld;

beforeEach(async () => {
  world = await startTailWorld();
});
afterEach(async () => {
  await world.close();
});

async function pollingTail(): Promise<TailRecorder> {
  await world.prepare(GROUP, [PROMPT, AGENT]);
  const tail = world.tail({ target: { kind: 'group', group: GROUP }, source: 'polling' }, { autoAck: true });
  await until(() => tail.ofType('started').length === 1, 'the tail to start');
  await until(() => world.timers.dueIn().length > 0, 'the first poll');
  return tail;
}

/** Waits for `count` lines, but not for ever: a lost line never comes, and the comparison after says which. */
async function settle(tail: TailRecorder, count: number): Promise<void> {
  await until(() => tail.events().length >= count, `${count} lines`, 5_000).catch(() => undefined);
}

const lines = (tail: TailRecorder) => tail.events().map((event) => `${event.timestamp} ${event.stream} ${event.message}`);

describe('logs.tail by polling: lines ingested late (agents flush every few seconds)', () => {
  it("delivers another stream's earlier lines ingested after a poll saw newer ones, each exactly once", async () => {
    const tail = await pollingTail();
    const written: string[] = [];
    const put = async (stream: string, batch: { timestamp: number; message: string }[]) => {
      await world.put(GROUP, stream, batch);
      written.push(...batch.map((line) => `${line.timestamp} ${stream} ${line.message}`));
    };

    // Three agent flush periods: algo-1's lines are read on every poll as they are written, and
    // algo-2's agent sends the same 5 s of lines once they are over, 0 to 5 s late. Its first flush
    // comes before any lateness was seen; later ones once the tail knows it.
    for (let round = 0; round < 3; round++) {
      const pending: { timestamp: number; message: string }[] = [];
      for (let step = 0; step < 7; step++) {
        const now = world.clock.now();
        await put(PROMPT, [2, 1, 0].map((n) => ({ timestamp: now - n, message: `r${round} s${step} prompt ${n}` })));
        pending.push(...[2, 1, 0].map((n) => ({ timestamp: now - n, message: `r${round} s${step} agent ${n}` })));
        await world.timers.next();
      }
      await put(AGENT, pending.sort((a, b) => a.timestamp - b.timestamp));
      await world.timers.next();
    }
    // The case `aws logs tail` loses: algo-1's newest lines are seen, then algo-2's from 4 s before.
    const now = world.clock.now();
    await put(PROMPT, [{ timestamp: now, message: 'prompt newest' }]);
    await world.timers.next();
    await put(AGENT, Array.from({ length: 20 }, (_, n) => ({ timestamp: now - 4_000 + n * 10, message: `agent 4 s late ${n}` })));
    await world.timers.next();
    await world.timers.next();

    await settle(tail, written.length);
    expect([...lines(tail)].sort()).toEqual([...written].sort());
    expect(new Set(tail.events().map((event) => event.id)).size).toBe(written.length);
    // Re-reads deliver nothing again, and polling goes on at its flowing interval meanwhile.
    await world.timers.next();
    await world.timers.next();
    expect(tail.events()).toHaveLength(written.length);
    expect(world.timers.dueIn()).toEqual([750]);
    tail.cancel();
  });

  it('keeps identical lines at one millisecond apart across re-reads: each delivered once, a later copy too', async () => {
    const tail = await pollingTail();
    const at = world.clock.now();
    await world.put(GROUP, PROMPT, [
      { timestamp: at, message: 'epoch 3 done' },
      { timestamp: at, message: 'epoch 3 done' },
    ]);
    await world.put(GROUP, AGENT, [{ timestamp: at, message: 'epoch 3 done' }]);
    await world.timers.next();
    await settle(tail, 3);
    expect(lines(tail)).toEqual([`${at} ${PROMPT} epoch 3 done`, `${at} ${PROMPT} epoch 3 done`, `${at} ${AGENT} epoch 3 done`]);

    // Newer lines move the newest timestamp on; the next passes re-read `at` in their lookback.
    for (let step = 1; step <= 3; step++) {
      await world.put(GROUP, PROMPT, [{ timestamp: at + step * 300, message: `step ${step}` }]);
      await world.timers.next();
    }
    await settle(tail, 6);
    expect(tail.events()).toHaveLength(6);

    // A third copy in algo-1 and a second in algo-2 at the same millisecond, ingested late: new lines.
    await world.put(GROUP, PROMPT, [{ timestamp: at, message: 'epoch 3 done' }]);
    await world.put(GROUP, AGENT, [{ timestamp: at, message: 'epoch 3 done' }]);
    await world.timers.next();
    await world.timers.next();
    await settle(tail, 8);
    const copies = lines(tail).filter((line) => line.endsWith('epoch 3 done'));
    expect(copies.filter((line) => line.includes(PROMPT))).toHaveLength(3);
    expect(copies.filter((line) => line.includes(AGENT))).toHaveLength(2);
    expect(tail.events()).toHaveLength(8);
    expect(new Set(tail.events().map((event) => event.id)).size).toBe(8);
    tail.cancel();
  });
});
