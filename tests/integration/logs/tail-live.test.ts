import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { burst, expectedOrder, liveSessions as liveSessionsOf, openTail, putBurst, seen, startTailWorld, until, type TailWorld } from './tail-harness';

const GROUP = '/sagedeck/tail-live';
const STREAMS = ['web-1', 'web-2', 'worker'];
let world: TailWorld;

beforeEach(async () => {
  world = await startTailWorld();
  await world.prepare(GROUP, STREAMS);
});
afterEach(async () => {
  await world.close();
});

const liveSessions = () => liveSessionsOf(world);
const openLive = (input: Record<string, unknown> = {}) => openTail(world, GROUP, input);

describe('logs.tail over Live Tail', () => {
  it('delivers every event of a multi-stream burst exactly once, in order, with ids derived for Live Tail', async () => {
    const tail = await openLive();
    expect(tail.messages[0]).toMatchObject({ type: 'started', source: 'live' });
    // 3 × 152 lines in one second: under Live Tail's 500 per update, so nothing is sampled.
    const lines = burst(world.clock.now(), STREAMS, 150, 'b1');
    await putBurst(world, GROUP, lines);
    await world.timers.advance(1_000);
    await until(() => tail.fresh().length >= 456, 'the burst');
    expect(seen(tail.fresh())).toEqual(expectedOrder(lines));
    const ids = tail.fresh().map((event) => event.id);
    expect(new Set(ids).size).toBe(456);
    expect(tail.batches().every((batch) => !batch.sampled && batch.droppedByHost === 0)).toBe(true);
    expect(tail.events()[0]).toMatchObject({ group: GROUP, ingestionTime: expect.any(Number) });
    expect(world.counter('logs:StartLiveTail')).toBe(1);
    // Live Tail needs no FilterLogEvents polling: only the viewer's backfill read.
    expect(world.counter('logs:FilterLogEvents')).toBe(1);
  });

  it('reports a sampled second (above 500 events) as sampled', async () => {
    const tail = await openLive();
    await putBurst(world, GROUP, burst(world.clock.now(), STREAMS, 300, 'big'));
    await world.timers.advance(1_000);
    await until(() => tail.batches().length > 1, 'the sampled update');
    expect(tail.batches()[1]).toMatchObject({ sampled: true });
    expect(tail.fresh()).toHaveLength(500);
  });

  it.each([
    ['accessDenied', /not allowed/],
    ['unknownOperation', /does not offer Live Tail/],
  ])('falls back to polling when StartLiveTail is refused (%s) and says why', async (kind, why) => {
    world.sandbox.control.addFault({ operation: 'logs:StartLiveTail', kind: kind as 'accessDenied' });
    const tail = world.tail({ target: { kind: 'group', group: GROUP } }, { autoAck: true });
    await until(() => tail.ofType('source').length === 1 && world.timers.dueIn().length > 0, 'the fallback');
    expect(tail.ofType('source')[0]).toMatchObject({ source: 'polling', reason: expect.stringMatching(why) });
    const lines = burst(world.clock.now(), STREAMS, 40, 'fb');
    await putBurst(world, GROUP, lines);
    await world.timers.next();
    await until(() => tail.events().length >= 126, 'the burst by polling');
    expect(seen(tail.events())).toEqual(expectedOrder(lines));
    // A viewer joining later hears the reason too, and shares the poller.
    const second = world.tail({ target: { kind: 'group', group: GROUP } }, { autoAck: true });
    await until(() => second.ofType('source').length === 1, 'the second viewer');
    expect(second.messages[0]).toMatchObject({ type: 'started', source: 'polling' });
    expect(world.counter('logs:StartLiveTail')).toBe(1);
  });

  it('viewers of the same target share one Live Tail session; each backfills from its own start', async () => {
    const early = burst(world.clock.now() - 30_000, ['worker'], 10, 'early');
    await putBurst(world, GROUP, early);
    const first = await openLive();
    const second = world.tail({ target: { kind: 'group', group: GROUP }, since: world.clock.now() - 20_000 }, { autoAck: true });
    await until(() => second.ofType('started').length === 1, 'the second viewer');
    expect(first.events()).toHaveLength(12 + 1);
    await until(() => second.events().length === 1, 'the second backfill (the marker only: the early lines are before its start)');
    const lines = burst(world.clock.now(), STREAMS, 20, 'shared');
    await putBurst(world, GROUP, lines);
    await world.timers.advance(1_000);
    await until(() => first.events().length === 13 + 66 && second.events().length === 1 + 66, 'both viewers');
    expect(seen(second.events().slice(1))).toEqual(expectedOrder(lines));
    expect(seen(first.fresh())).toEqual(expectedOrder(lines));
    expect(world.counter('logs:StartLiveTail')).toBe(1);
    const diagnostics = await world.diagnostics();
    expect(JSON.stringify(diagnostics)).toMatch(/StartLiveTail/);

    // Another filter pattern is another upstream; the last viewer leaving ends the session.
    const filtered = await openLive({ filterPattern: 'marker' });
    expect(world.counter('logs:StartLiveTail')).toBe(2);
    first.cancel();
    second.cancel();
    filtered.cancel();
    await until(() => liveSessions() === 0, 'the sessions to end');
    await openLive();
    expect(world.counter('logs:StartLiveTail')).toBe(3);
  });
});
