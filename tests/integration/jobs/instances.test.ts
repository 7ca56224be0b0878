import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProcessing, processingRequest, sagemakerCalls, seedBucket, startJobsWorld, type JobsWorld } from './jobs-harness';

let world: JobsWorld;
beforeEach(async () => {
  world = await startJobsWorld();
  await seedBucket(world);
});
afterEach(async () => world.close());

describe('jobs.instances: the processing list’s instance column', () => {
  it('describes only the rows asked for, once each, and leaves out a job that cannot be described', async () => {
    for (let i = 0; i < 6; i += 1) {
      const request = processingRequest(`prep-${i}`);
      request.ProcessingResources!.ClusterConfig!.InstanceCount = i + 1;
      await createProcessing(world, request);
    }
    world.sandbox.control.resetCounters();

    const first = await world.ok<Record<string, { instanceType: string; instanceCount: number }>>('jobs.instances', {
      kind: 'processing',
      names: ['prep-1', 'prep-4', 'no-such-job'],
    });
    expect(first).toEqual({
      'prep-1': { instanceType: 'ml.m5.large', instanceCount: 2 },
      'prep-4': { instanceType: 'ml.m5.large', instanceCount: 5 },
    });
    // One Describe per row on screen (the missing one included), none for the other four jobs.
    expect(sagemakerCalls(world.sandboxCounters())).toEqual({ DescribeProcessingJob: 3 });

    // The same rows again, plus one: only the new one is described.
    await world.ok('jobs.instances', { kind: 'processing', names: ['prep-1', 'prep-4', 'prep-5'] });
    expect(sagemakerCalls(world.sandboxCounters())).toEqual({ DescribeProcessingJob: 4 });
  });

  it('refuses more than a page of names before any call', async () => {
    world.sandbox.control.resetCounters();
    const names = Array.from({ length: 51 }, (_, i) => `prep-${i}`);
    const refused = await world.core.dispatcher.request('jobs.instances', { kind: 'processing', names });
    expect(refused).toMatchObject({ ok: false, error: { code: 'InvalidInput', fields: { names: expect.any(String) } } });
    expect(sagemakerCalls(world.sandboxCounters())).toEqual({});
  });
});
