import { SageMakerClient, SageMakerServiceException, SearchCommand, type TrainingJob } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listJobs } from '../../../electron/core/areas/jobs/job-listing';
import { jobWatchSource } from '../../../electron/core/areas/jobs/job-watch';
import { ResourceWatcher, type WatchIntervals } from '../../../electron/core/watch/resource-watcher';
import type { WatchTimers } from '../../../electron/core/watch/timers';
import { WatcherRegistry, watchKey } from '../../../electron/core/watch/watcher-registry';
import type { JobSummary } from '../../../shared/domain/jobs';
import type { WatchEvent } from '../../../shared/domain/watch';

const INTERVALS: WatchIntervals = { fastMs: 5_000, slowMs: 30_000, maxBackoffMs: 120_000 };

/** Timers the test fires by hand: what is armed, for how long, and nothing runs by itself. */
class HandTimers implements WatchTimers {
  armed: { ms: number; run: () => void }[] = [];
  after(ms: number, run: () => void): () => void {
    const timer = { ms, run };
    this.armed.push(timer);
    return () => {
      this.armed = this.armed.filter((t) => t !== timer);
    };
  }
  /** Fires every armed timer and lets the polls they start finish. */
  async fire(): Promise<void> {
    const due = this.armed;
    this.armed = [];
    for (const timer of due) timer.run();
    await settle();
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

const sagemaker = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' } });

function job(name: string, status: TrainingJob['TrainingJobStatus'], secondary?: TrainingJob['SecondaryStatus']): TrainingJob {
  return {
    TrainingJobName: name,
    TrainingJobArn: `arn:aws:sagemaker:us-east-1:111122223333:training-job/${name}`,
    TrainingJobStatus: status,
    ...(secondary ? { SecondaryStatus: secondary } : {}),
    CreationTime: new Date('2026-01-05T09:00:00Z'),
    ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 },
  };
}

function answer(...jobs: TrainingJob[]): void {
  sagemaker.on(SearchCommand).resolves({ Results: jobs.map((TrainingJob) => ({ TrainingJob })) });
}

/** A real SDK error as the client deserialises AWS's `ThrottlingException` (SageMaker does not model it). */
function throttling(): SageMakerServiceException {
  return new SageMakerServiceException({ name: 'ThrottlingException', $fault: 'client', $metadata: { httpStatusCode: 400, requestId: 'r-1' }, message: 'Rate exceeded' });
}

const source = () => jobWatchSource((signal) => listJobs(client, { kind: 'training', maxResults: 100 }, signal));
const searches = () => sagemaker.commandCalls(SearchCommand).length;

let timers: HandTimers;
beforeEach(() => {
  sagemaker.reset();
  timers = new HandTimers();
});
afterEach(() => sagemaker.reset());

function record(watcher: ResourceWatcher<JobSummary>) {
  const events: WatchEvent<JobSummary>[] = [];
  const stop = watcher.subscribe((event) => events.push(event));
  return { events, stop };
}

describe('ResourceWatcher', () => {
  it('asks again at once when a write settles, so a deleted item leaves before the slow interval (and the next subscriber\'s snapshot is fresh)', async () => {
    answer(job('a', 'Completed'), job('b', 'Completed'));
    const watcher = new ResourceWatcher(source(), INTERVALS, timers);
    const { events } = record(watcher);
    await settle();
    expect(searches()).toBe(1);

    answer(job('a', 'Completed'));
    watcher.refresh();
    await settle();
    expect(searches()).toBe(2);
    expect(events.at(-1)).toEqual({ type: 'changes', added: [], updated: [], removed: ['b'] });
    const later: WatchEvent<JobSummary>[] = [];
    watcher.subscribe((event) => later.push(event));
    expect(later[0]).toMatchObject({ type: 'snapshot', items: [expect.objectContaining({ name: 'a' })] });
    expect(later[0]?.type === 'snapshot' && later[0].items).toHaveLength(1);
    watcher.dispose();
  });

  it('sends a snapshot first, then one batch per poll with what was added, updated and removed', async () => {
    answer(job('a', 'InProgress', 'Training'), job('b', 'InProgress', 'Starting'));
    const watcher = new ResourceWatcher(source(), INTERVALS, timers);
    const { events } = record(watcher);
    await settle();
    expect(events).toMatchObject([{ type: 'snapshot', items: [{ name: 'a', status: 'InProgress' }, { name: 'b' }] }]);

    // Nothing changed: nothing is sent.
    await timers.fire();
    expect(events).toHaveLength(1);

    answer(job('a', 'Completed', 'Completed'), job('c', 'InProgress', 'Starting'));
    await timers.fire();
    expect(events).toHaveLength(2);
    expect(events[1]).toEqual({
      type: 'changes',
      added: [expect.objectContaining({ name: 'c' })],
      updated: [expect.objectContaining({ name: 'a', status: 'Completed' })],
      removed: ['b'],
    });
    expect(searches()).toBe(3);
    watcher.dispose();
  });

  it('polls fast while anything transitions and slowly once everything is steady', async () => {
    answer(job('a', 'InProgress', 'Training'));
    const watcher = new ResourceWatcher(source(), INTERVALS, timers);
    record(watcher);
    await settle();
    expect(timers.armed.map((t) => t.ms)).toEqual([5_000]);
    answer(job('a', 'Stopping', 'Stopping'));
    await timers.fire();
    expect(timers.armed.map((t) => t.ms)).toEqual([5_000]);
    answer(job('a', 'Stopped', 'Stopped'));
    await timers.fire();
    expect(timers.armed.map((t) => t.ms)).toEqual([30_000]);
    expect(watcher.intervalMs).toBe(30_000);
    answer(job('a', 'Stopped', 'Stopped'), job('b', 'InProgress', 'Starting'));
    await timers.fire();
    expect(timers.armed.map((t) => t.ms)).toEqual([5_000]);
    watcher.dispose();
  });

  it('pauses when nobody watches and answers a returning viewer from what it has, then polls', async () => {
    answer(job('a', 'InProgress'));
    const watcher = new ResourceWatcher(source(), INTERVALS, timers);
    const first = record(watcher);
    await settle();
    first.stop();
    expect(timers.armed).toEqual([]);
    expect(searches()).toBe(1);

    const again = record(watcher);
    // The last list at once, before the poll that resumes.
    expect(again.events).toMatchObject([{ type: 'snapshot', items: [{ name: 'a' }] }]);
    await settle();
    expect(searches()).toBe(2);
    expect(timers.armed).toHaveLength(1);
    watcher.dispose();
    expect(timers.armed).toEqual([]);
  });

  it('backs off on AWS throttling, doubling up to the cap, and recovers at the fast pace', async () => {
    answer(job('a', 'InProgress'));
    const watcher = new ResourceWatcher(source(), INTERVALS, timers);
    const { events } = record(watcher);
    await settle();
    sagemaker.on(SearchCommand).rejects(throttling());
    for (let i = 0; i < 4; i += 1) await timers.fire();
    const errors = events.filter((event) => event.type === 'error');
    expect(errors).toEqual([30_000, 60_000, 120_000, 120_000].map((retryInMs) => ({ type: 'error', code: 'ThrottlingException', message: 'Rate exceeded', retryInMs })));
    expect(timers.armed.map((t) => t.ms)).toEqual([120_000]);

    answer(job('a', 'Completed'));
    await timers.fire();
    expect(events.at(-1)).toMatchObject({ type: 'changes', updated: [{ name: 'a', status: 'Completed' }] });
    expect(timers.armed.map((t) => t.ms)).toEqual([30_000]);
    watcher.dispose();
  });

  it('retries a passing fault sooner than throttling', async () => {
    answer(job('a', 'InProgress'));
    const watcher = new ResourceWatcher(source(), INTERVALS, timers);
    const { events } = record(watcher);
    await settle();
    sagemaker.on(SearchCommand).rejects(new SageMakerServiceException({ name: 'InternalFailure', $fault: 'server', $metadata: { httpStatusCode: 500 }, message: 'boom' }));
    await timers.fire();
    await timers.fire();
    expect(events.filter((event) => event.type === 'error').map((event) => event.type === 'error' && event.retryInMs)).toEqual([5_000, 10_000]);
    watcher.dispose();
  });
});

describe('WatcherRegistry', () => {
  it('gives every view of one key the same poller, a different query its own, and disposes with the last view', async () => {
    answer(job('a', 'InProgress'));
    const registry = new WatcherRegistry({ intervals: INTERVALS, timers });
    const key = watchKey(1, 'jobs:training', { kind: 'training', status: undefined });
    // Same filters in another order, an absent filter left out: the same key.
    expect(watchKey(1, 'jobs:training', { status: undefined, kind: 'training' })).toBe(key);
    expect(watchKey(2, 'jobs:training', { kind: 'training' })).not.toBe(key);

    const a: unknown[] = [];
    const b: unknown[] = [];
    const stopA = registry.watch(key, source, (event) => a.push(event));
    const stopB = registry.watch(key, source, (event) => b.push(event));
    await settle();
    expect(searches()).toBe(1);
    expect(b).toEqual(a);
    await timers.fire();
    expect(searches()).toBe(2);

    const otherKey = watchKey(1, 'jobs:training', { kind: 'training', status: 'Failed' });
    const stopOther = registry.watch(otherKey, source, () => undefined);
    await settle();
    expect(registry.describe().map((entry) => [entry.key, entry.subscribers])).toEqual([
      [key, 2],
      [otherKey, 1],
    ]);
    await timers.fire();
    expect(searches()).toBe(5);

    stopA();
    stopA();
    expect(registry.describe()[0]?.subscribers).toBe(1);
    stopB();
    stopOther();
    expect(registry.describe()).toEqual([]);
    expect(timers.armed).toEqual([]);
    await timers.fire();
    expect(searches()).toBe(5);
  });
});
