import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogSearchPage, OlderEvents } from '../../../shared/domain/logs';
import { startTailWorld, type TailWorld } from './tail-harness';

const GROUP = '/sagedeck/tail-past';
let world: TailWorld;
let start: number;

beforeEach(async () => {
  world = await startTailWorld();
  start = world.clock.now() - 3_600_000;
  // One line a minute for an hour.
  await world.put(GROUP, 'app', Array.from({ length: 60 }, (_, i) => ({ timestamp: start + i * 60_000, message: `minute ${i}${i % 10 === 0 ? ' ERROR' : ''}` })));
});
afterEach(async () => {
  await world.close();
});

describe('logs.search and logs.older', () => {
  it('searches a past range one page at a time, passing nextToken through, with a filter pattern', async () => {
    const target = { kind: 'group', group: GROUP };
    const first = await world.ok<LogSearchPage>('logs.search', { target, startTime: start, endTime: start + 3_600_000, limit: 25 });
    expect(first.events.map((event) => event.message).slice(0, 2)).toEqual(['minute 0 ERROR', 'minute 1']);
    expect(first.nextToken).toBeDefined();
    const second = await world.ok<LogSearchPage>('logs.search', { target, startTime: start, endTime: start + 3_600_000, limit: 25, nextToken: first.nextToken });
    expect(second.events[0]?.message).toBe('minute 25');
    const errors = await world.ok<LogSearchPage>('logs.search', { target, startTime: start, endTime: start + 3_600_000, filterPattern: 'ERROR' });
    expect(errors.events).toHaveLength(6);
  });

  it('loads the newest events before a time, oldest first, widening the search, and says when nothing older exists', async () => {
    const target = { kind: 'group', group: GROUP };
    const older = await world.ok<OlderEvents>('logs.older', { target, before: start + 30 * 60_000, limit: 5 });
    expect(older.events.map((event) => event.message)).toEqual(['minute 25', 'minute 26', 'minute 27', 'minute 28', 'minute 29']);
    expect(older.exhausted).toBe(false);
    const rest = await world.ok<OlderEvents>('logs.older', { target, before: start + 3 * 60_000, limit: 10 });
    expect(rest).toMatchObject({ exhausted: true });
    expect(rest.events.map((event) => event.message)).toEqual(['minute 0 ERROR', 'minute 1', 'minute 2']);
  });
});
