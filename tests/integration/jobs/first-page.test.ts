import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobPage } from '../../../shared/domain/jobs';
import { createTraining, sagemakerCalls, startJobsWorld, trainingRequest, until, type JobsWorld } from './jobs-harness';

let world: JobsWorld;
beforeEach(async () => {
  world = await startJobsWorld();
  for (let i = 0; i < 3; i += 1) await createTraining(world, trainingRequest(`first-page-${i}`));
  world.sandbox.control.resetCounters();
});
afterEach(async () => world.close());

describe('a list opening', () => {
  it('asks AWS once for the first page its list request and its new watcher both need', async () => {
    // As the list view does: the watch opens and the first page is asked for at the same moment.
    const view = world.subscribe('jobs.watch', { kind: 'training' });
    const page = await world.ok<JobPage>('jobs.list', { kind: 'training' });
    await until(() => view.events.length > 0, 'the snapshot');
    expect(page.items).toHaveLength(3);
    expect(view.events[0]).toMatchObject({ type: 'snapshot', items: page.items });
    expect(sagemakerCalls(world.sandboxCounters())).toEqual({ Search: 1 });
    view.cancel();
  });

  it('asks again once the answer has arrived, and for another query or page size', async () => {
    await world.ok('jobs.list', { kind: 'training' });
    await world.ok('jobs.list', { kind: 'training' });
    await world.ok('jobs.list', { kind: 'training', status: 'InProgress' });
    await world.ok('jobs.list', { kind: 'training', maxResults: 2 });
    expect(sagemakerCalls(world.sandboxCounters())).toEqual({ Search: 4 });

    world.sandbox.control.addFault({ operation: 'sagemaker:Search', kind: 'unknownOperation', count: 1 });
    await world.ok('jobs.list', { kind: 'training', nameContains: 'first' });
    const after = await world.ok<JobPage>('jobs.list', { kind: 'training', nameContains: 'first' });
    expect(after.items).toHaveLength(3);
  });
});
