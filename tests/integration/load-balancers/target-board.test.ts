import { beforeEach, describe, expect, it } from 'vitest';
import type { TargetHealthPage } from '../../../shared/domain/load-balancers';
import { until } from '../jobs/jobs-harness';
import { boardOf, changesOf, DEMO, useLbWorld, type LbWorld } from './lb-harness';

const suite = useLbWorld();
let world: LbWorld;
let groupArn: string;
beforeEach(() => ({ world, groupArn } = suite));

const FIRST = `${DEMO.targets[0]}:8080`;

async function watchBoard() {
  const live = world.subscribe('loadBalancers.watchTargets', { targetGroupArn: groupArn });
  await until(() => live.events.some((e) => (e as { type: string }).type === 'snapshot'), 'the board snapshot');
  return live;
}

describe('loadBalancers.watchTargets', () => {
  it('shows a target turning unhealthy after the unhealthy threshold of failed checks, then healthy after the healthy threshold', async () => {
    const live = await watchBoard();
    expect([...boardOf(live).values()].map((r) => r.state)).toEqual(['healthy', 'healthy', 'unhealthy']);

    await world.fault(DEMO.targets[0], 'timeout');
    // One failed check is not yet the unhealthy threshold.
    await world.timers.advance(DEMO.intervalMs * (DEMO.unhealthyThreshold - 1));
    expect(boardOf(live).get(FIRST)?.state).toBe('healthy');
    await world.timers.advance(DEMO.intervalMs);
    const failed = changesOf(live).flatMap((c) => c.updated).find((row) => row.key === FIRST && row.state === 'unhealthy');
    expect(failed).toMatchObject({ id: DEMO.targets[0], availabilityZone: 'us-east-1a', reason: 'Target.Timeout', description: 'Request timed out' });
    expect(boardOf(live).get(FIRST)?.state).toBe('unhealthy');

    await world.fault(DEMO.targets[0], 'none');
    // One check short of the healthy threshold it is still unhealthy; the last check brings it back.
    await world.timers.advance(DEMO.intervalMs * (DEMO.healthyThreshold - 1));
    expect(boardOf(live).get(FIRST)?.state).toBe('unhealthy');
    await world.timers.advance(DEMO.intervalMs);
    expect(boardOf(live).get(FIRST)).toEqual({ key: FIRST, id: DEMO.targets[0], port: 8080, availabilityZone: 'us-east-1a', state: 'healthy' });
    expect(live.ended).toBeUndefined();
    live.cancel();
  });

  it('costs one DescribeTargetHealth a poll and nothing else; the board\'s read and the first poll share one call', async () => {
    const [page, live] = await Promise.all([
      world.ok<TargetHealthPage>('loadBalancers.targets', { targetGroupArn: groupArn }),
      Promise.resolve(world.subscribe('loadBalancers.watchTargets', { targetGroupArn: groupArn })),
    ]);
    await until(() => live.events.length > 0, 'the board snapshot');
    expect(page.items).toHaveLength(3);
    expect(world.elbCalls()).toEqual({ DescribeTargetHealth: 1 });

    // A second viewer joins the same poller: no call of its own.
    const second = world.subscribe('loadBalancers.watchTargets', { targetGroupArn: groupArn });
    await until(() => second.events.length > 0, "the second viewer's snapshot");
    expect(world.elbCalls()).toEqual({ DescribeTargetHealth: 1 });

    // Steady targets: one poll every 30 s, ten minutes → 20 more calls.
    await world.timers.advance(10 * 60_000);
    const watcher = (await world.diagnostics()).watchers.find((w) => w.key.includes('lb-targets'));
    expect(watcher).toMatchObject({ subscribers: 2, intervalMs: 30_000 });
    expect(world.elbCalls()).toEqual({ DescribeTargetHealth: watcher?.polls });
    expect(watcher?.polls).toBe(21);
    live.cancel();
    second.cancel();
    expect((await world.diagnostics()).watchers.some((w) => w.key.includes('lb-targets'))).toBe(false);
  });
});
