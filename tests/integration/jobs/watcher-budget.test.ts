import { afterEach, describe, expect, it } from 'vitest';
import type { JobSummary } from '../../../shared/domain/jobs';
import type { WatchEvent } from '../../../shared/domain/watch';
import { createTraining, sagemakerCalls, startJobsWorld, trainingRequest, until, type JobsWorld, type WatchRecorder } from './jobs-harness';

/*
 * The budget. A watcher polls one Search page every 5 s while anything transitions and
 * every 30 s when steady, so ten minutes of one list cost at most 1 + 600 / 5 = 121 calls whatever
 * happens, and 1 + 600 / 30 = 21 when nothing moves. Two windows on the same list share one
 * watcher; a different query is a second watcher. Not one Describe call.
 */
const TEN_MINUTES = 600_000;
const FAST_BUDGET = 1 + TEN_MINUTES / 5_000;

let world: JobsWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

type Event = WatchEvent<JobSummary>;

/** What a view shows after applying the stream: the snapshot patched by every batch of changes. */
function applied(events: unknown[]): Map<string, JobSummary> {
  const rows = new Map<string, JobSummary>();
  for (const event of events as Event[]) {
    if (event.type === 'snapshot') {
      rows.clear();
      for (const item of event.items) rows.set(item.name, item);
    } else if (event.type === 'changes') {
      for (const item of [...event.added, ...event.updated]) rows.set(item.name, item);
      for (const name of event.removed) rows.delete(name);
    }
  }
  return rows;
}

const hasSnapshot = (recorder: WatchRecorder) => (recorder.events as Event[]).some((event) => event.type === 'snapshot');

describe('jobs.watch budget: 50 training jobs in progress, the list open in two windows, 10 sandbox minutes', () => {
  it('costs one Search per poll per query, no Describe, slows down when steady, stops on a profile switch', async () => {
    const w = (world = await startJobsWorld());
    // 50 jobs finishing between ~2.5 and ~6 minutes from now (20..216 s of training rounds).
    for (let i = 0; i < 50; i += 1) await createTraining(w, trainingRequest(`budget-${String(i).padStart(2, '0')}`, 10 + 2 * i));
    w.sandbox.control.resetCounters();

    const windowA = w.subscribe('jobs.watch', { kind: 'training' });
    const windowB = w.subscribe('jobs.watch', { kind: 'training' });
    const running = w.subscribe('jobs.watch', { kind: 'training', status: 'InProgress' });
    await until(() => [windowA, windowB, running].every(hasSnapshot), 'three snapshots');

    const first = windowA.events[0] as Event;
    expect(first.type).toBe('snapshot');
    if (first.type !== 'snapshot') return;
    expect(first.items).toHaveLength(50);
    expect(first.items.every((job) => job.status === 'InProgress' && job.secondaryStatus === 'Starting')).toBe(true);
    // The list row carries what the table shows, from the one Search call.
    expect(first.items[0]).toMatchObject({ instanceType: 'ml.m5.xlarge', instanceCount: 1 });

    // Two windows on one query are one watcher; another query is a second.
    const watchers = (await w.diagnostics()).watchers;
    expect(watchers).toHaveLength(2);
    expect(watchers.map((entry) => entry.subscribers).sort()).toEqual([1, 2]);

    // Ten minutes, one at a time, remembering the calls made by the end of each.
    const searchesAt: number[] = [];
    for (let minute = 1; minute <= 10; minute += 1) {
      await w.timers.advance(60_000);
      searchesAt.push(w.sandboxCounters()['sagemaker:Search'] ?? 0);
    }

    const calls = sagemakerCalls(w.sandboxCounters());
    const diagnostics = await w.diagnostics();
    // Only Search, never a Describe or a List: everything a row shows comes from the page.
    expect(Object.keys(calls)).toEqual(['Search']);
    expect(Object.keys(diagnostics.requests).filter((key) => key.startsWith('sagemaker:'))).toEqual(['sagemaker:Search']);
    expect(diagnostics.requests['sagemaker:Search']).toBe(calls.Search);
    const shared = diagnostics.watchers.find((entry) => entry.subscribers === 2)!;
    const other = diagnostics.watchers.find((entry) => entry.subscribers === 1)!;
    expect(shared.polls + other.polls).toBe(calls.Search);
    expect(shared.polls).toBeLessThanOrEqual(FAST_BUDGET);
    expect(other.polls).toBeLessThanOrEqual(FAST_BUDGET);
    console.info(
      `[budget] Search calls per watcher in 10 sandbox minutes: shared list ${shared.polls}, InProgress list ${other.polls} ` +
        `(ceiling ${FAST_BUDGET} at 5 s); per minute: ${searchesAt.map((n, i) => n - (searchesAt[i - 1] ?? 0)).join(', ')}`,
    );

    // Everything completed and the windows saw it through the stream alone: the same events, applied.
    expect(windowB.events).toEqual(windowA.events);
    const rows = applied(windowA.events);
    expect(rows.size).toBe(50);
    expect([...rows.values()].every((job) => job.status === 'Completed' && job.objectiveMetric !== undefined)).toBe(true);
    const changes = (windowA.events as Event[]).filter((event) => event.type === 'changes');
    expect(changes.length).toBeGreaterThan(5);
    // Batched: never more than one message per poll.
    expect(changes.length).toBeLessThan(shared.polls);
    expect(applied(running.events).size).toBe(0);
    expect((running.events as Event[]).some((event) => event.type === 'changes' && event.removed.length > 0)).toBe(true);

    // Steady now: both poll at the slow interval, at most 21 calls in ten minutes at that pace.
    expect(diagnostics.watchers.map((entry) => entry.intervalMs)).toEqual([30_000, 30_000]);
    const lastThreeMinutes = searchesAt[9]! - searchesAt[6]!;
    expect(lastThreeMinutes).toBeLessThanOrEqual(2 * (180_000 / 30_000));
    const firstThreeMinutes = searchesAt[2]!;
    expect(firstThreeMinutes).toBeGreaterThanOrEqual(2 * (180_000 / 5_000));

    // Closing one window keeps the shared watcher; closing the second disposes it.
    windowA.cancel();
    expect((await w.diagnostics()).watchers.map((entry) => entry.subscribers).sort()).toEqual([1, 1]);
    windowB.cancel();
    expect((await w.diagnostics()).watchers).toHaveLength(1);
    expect(windowA.ended).toBeUndefined();

    // Switching profile ends the session's streams with the switch as the reason, and polling stops.
    await w.ok('session.select', { profile: 'other' });
    expect(running.ended?.error).toMatchObject({ code: 'Cancelled', message: 'The session was switched.' });
    expect((await w.diagnostics()).watchers).toEqual([]);
    const frozen = w.sandboxCounters();
    await w.timers.advance(TEN_MINUTES);
    expect(w.timers.armed).toBe(0);
    expect(w.sandboxCounters()).toEqual(frozen);
  });

  it('backs off on throttling with a growing retry delay, then recovers', async () => {
    const w = (world = await startJobsWorld());
    for (let i = 0; i < 3; i += 1) await createTraining(w, trainingRequest(`throttled-${i}`, 50));
    const view = w.subscribe('jobs.watch', { kind: 'training' });
    await until(() => hasSnapshot(view), 'the snapshot');
    w.sandbox.control.resetCounters();
    // Polls try once (the watcher backs off by itself): each throttle refuses one whole poll and
    // costs the account one call, not four.
    w.sandbox.control.addFault({ operation: 'sagemaker:Search', kind: 'throttle', count: 2 });

    const errors = () => (view.events as Event[]).filter((event) => event.type === 'error');
    await w.timers.advance(5_000);
    expect(errors()).toMatchObject([{ type: 'error', code: 'ThrottlingException', retryInMs: 30_000 }]);
    expect(w.sandboxCounters()['sagemaker:Search']).toBe(1);
    expect((await w.diagnostics()).watchers[0]?.intervalMs).toBe(30_000);
    await w.timers.advance(30_000);
    expect(errors().map((event) => event.type === 'error' && event.retryInMs)).toEqual([30_000, 60_000]);
    // Nothing polls before the retry is due.
    const held = w.sandboxCounters()['sagemaker:Search'];
    await w.timers.advance(59_000);
    expect(w.sandboxCounters()['sagemaker:Search']).toBe(held);
    await w.timers.advance(1_000);
    expect(w.sandboxCounters()['sagemaker:Search']).toBe(3);
    // Recovered: the list moved on (Starting -> Downloading at 95 s), and the fast pace is back.
    const last = view.events.at(-1) as Event;
    expect(last.type).toBe('changes');
    expect((await w.diagnostics()).watchers[0]?.intervalMs).toBe(5_000);
    expect([...applied(view.events).values()].every((job) => job.secondaryStatus === 'Downloading')).toBe(true);
    view.cancel();
  });
});
