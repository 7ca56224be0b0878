import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTraining, seedBucket, trainingRequest } from '../jobs/jobs-harness';
import { burst, expectedOrder, openTail, putBurst, seen, startTailWorld, until, type TailWorld } from './tail-harness';

const GROUP = '/sagedeck/tail-resilience';
const STREAMS = ['web-1', 'web-2', 'worker'];
let world: TailWorld | undefined;
let dataDir: string | undefined;

afterEach(async () => {
  await world?.close();
  world = undefined;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

describe('logs.tail through trouble', () => {
  it('resumes after the backend restarts mid-tail: no duplicate, no gap (backfill, then Live Tail again)', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sagedeck-tail-sandbox-'));
    const w = (world = await startTailWorld({ sandboxDataDir: dataDir }));
    await w.prepare(GROUP, STREAMS);
    const tail = await openTail(w, GROUP);
    const before = burst(w.clock.now(), STREAMS, 30, 'before');
    await putBurst(w, GROUP, before);
    await w.timers.advance(1_000);
    await until(() => tail.fresh().length === 96, 'the first burst');

    await w.restartSandbox();
    await until(() => tail.ofType('paused').length === 1, 'the tail to notice');
    // Written while the tail is disconnected, one of them in the newest millisecond it had seen.
    const newest = tail.events().at(-1)!.timestamp;
    const during = burst(newest, STREAMS, 30, 'during');
    await putBurst(w, GROUP, during);
    await w.timers.next();
    await until(() => tail.ofType('resumed').length === 1, 'the resume');
    const after = burst(w.clock.now(), STREAMS, 30, 'after');
    await putBurst(w, GROUP, after);
    await w.timers.advance(1_000);
    await until(() => tail.fresh().length === 3 * 96, 'every burst');
    expect(seen(tail.fresh())).toEqual([...expectedOrder(before), ...expectedOrder(during), ...expectedOrder(after)]);
    expect(tail.ofType('paused')[0]).toMatchObject({ retryInSeconds: 1 });
    expect(w.counter('logs:StartLiveTail')).toBe(1);
    expect(tail.ended).toBeUndefined();
  });

  it('loses nothing under 30% throttling of FilterLogEvents, pausing and resuming', async () => {
    const w = (world = await startTailWorld());
    await w.prepare(GROUP, STREAMS);
    const tail = await openTail(w, GROUP, { source: 'polling' });
    w.sandbox.control.addFault({ operation: 'logs:FilterLogEvents', kind: 'throttle', rate: 0.3 });
    const written: string[] = [];
    // Ten rounds: after a throttled call the SDK's adaptive retry mode rate-limits the client in real time.
    for (let round = 0; round < 10; round++) {
      const lines = burst(w.clock.now(), STREAMS, 20, `r${round}`);
      await putBurst(w, GROUP, lines);
      written.push(...expectedOrder(lines));
      await w.timers.next();
      await w.timers.next();
    }
    w.sandbox.control.clearFaults();
    await until(() => w.timers.dueIn().length > 0, 'the poller to wait');
    for (let i = 0; i < 30 && tail.fresh().length < written.length; i++) await w.timers.next();
    expect(seen(tail.fresh())).toEqual(written);
    expect(tail.ofType('paused').length).toBeGreaterThan(0);
    expect(tail.ofType('paused')[0]).toMatchObject({ reason: expect.stringMatching(/^ThrottlingException/), retryInSeconds: 2 });
    expect(tail.ofType('resumed').length).toBeGreaterThan(0);
  });

  it("ends a training job's tail by itself when the job completes, after its last lines", async () => {
    const w = (world = await startTailWorld());
    await seedBucket(w as never);
    await createTraining(w as never, trainingRequest('tail-ends', 5));
    const tail = w.tail({ target: { kind: 'job', jobKind: 'training', name: 'tail-ends' } }, { autoAck: true });
    await until(() => tail.ofType('started').length === 1, 'the tail');
    expect(tail.messages[0]).toMatchObject({ target: { label: 'training job tail-ends', slug: 'training-tail-ends', groups: ['/aws/sagemaker/TrainingJobs'], streamPrefix: 'tail-ends/' } });
    // Paced by the status checks (every 5 s of sandbox time); the job runs about 135 s.
    await until(() => w.timers.dueIn().some((ms) => ms <= 5_000), 'the first status check');
    for (let i = 0; i < 100 && !tail.ended; i++) await w.timers.next(() => tail.ended !== undefined);
    await until(() => tail.ended !== undefined, 'the end');
    expect(tail.ended).toEqual({});
    const last = tail.messages.at(-1);
    expect(last).toMatchObject({ type: 'ended', reason: 'Training job tail-ends Completed', at: expect.any(Number) });
    const messages = tail.events().map((event) => event.message);
    expect(messages.length).toBeGreaterThan(5);
    expect(new Set(tail.events().map((event) => event.id)).size).toBe(messages.length);
    expect(tail.events().every((event) => event.stream.startsWith('tail-ends/'))).toBe(true);
    expect(w.counter('sagemaker:DescribeTrainingJob')).toBeGreaterThan(1);
  });
});

describe('flow control', () => {
  it('a viewer that does not acknowledge gets twenty batches of 1,000; the host keeps 50,000 events, drops the oldest and says how many', async () => {
    const w = (world = await startTailWorld());
    await w.prepare(GROUP, ['worker']);
    const tail = w.tail({ target: { kind: 'group', group: GROUP }, source: 'polling' });
    await until(() => tail.ofType('started').length === 1 && w.timers.dueIn().length > 0, 'the poller to wait');
    const start = w.clock.now();
    const lines = Array.from({ length: 90_000 }, (_, i) => ({ timestamp: start + Math.floor(i / 2), message: `l${i}` }));
    await w.put(GROUP, 'worker', lines);
    // One pass reads all nine pages, and arms the next pass only after handing them on.
    await w.timers.next();
    expect(tail.batches().map((batch) => batch.events.length)).toEqual(Array.from({ length: 20 }, () => 1_000));

    // 20,000 sent, 50,000 kept, so the 20,000 after the first sent ones were dropped.
    await tail.ackAll();
    await until(() => tail.batches().length === 40, 'twenty more');
    expect(tail.batches()[20]).toMatchObject({ droppedByHost: 20_000 });
    await tail.ackAll();
    await until(() => tail.batches().length === 60, 'the next twenty');
    await tail.ackAll();
    await until(() => tail.batches().length === 70, 'the rest');
    const received = tail.events().map((event) => event.message);
    expect(received).toHaveLength(70_000);
    expect(received).toEqual([...lines.slice(0, 20_000), ...lines.slice(40_000)].map((line) => line.message));
    expect(tail.batches().reduce((sum, batch) => sum + batch.droppedByHost, 0)).toBe(20_000);
  });
});
