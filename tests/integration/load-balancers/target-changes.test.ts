import { beforeEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { TargetHealthPage } from '../../../shared/domain/load-balancers';
import { until } from '../jobs/jobs-harness';
import { boardOf, DEMO, useLbWorld, type LbWorld } from './lb-harness';

const suite = useLbWorld();
let world: LbWorld;
let groupArn: string;
beforeEach(() => ({ world, groupArn } = suite));

const NEW_TARGET = 'i-0a1b2c3d4e5f60004';
const NEW_KEY = `${NEW_TARGET}:8080`;
const HEALTH_CHECK = { protocol: 'HTTP', port: 'traffic-port', path: '/ping', intervalSeconds: 10, timeoutSeconds: 5, healthyThreshold: 5, unhealthyThreshold: 2, matcher: '200' } as const;

const journal = (channel: string) => world.ok<JournalEntry[]>('journal.list', { channel });

async function watchBoard() {
  const live = world.subscribe('loadBalancers.watchTargets', { targetGroupArn: groupArn });
  await until(() => live.events.length > 0, 'the board snapshot');
  return live;
}

describe('loadBalancers.registerTargets and deregisterTargets', () => {
  it('asks for confirmation before registering, deregistering or changing the health check, and calls nothing until then', async () => {
    const targets = [{ id: NEW_TARGET, port: 8080 }];
    expect(await world.request('loadBalancers.registerTargets', { targetGroupArn: groupArn, targets })).toMatchObject({
      ok: false,
      error: { code: 'ConfirmationRequired', confirmation: { action: 'Register targets', target: `${NEW_TARGET} in ${DEMO.targetGroup}` } },
    });
    expect(await world.request('loadBalancers.deregisterTargets', { targetGroupArn: groupArn, targets: [{ id: DEMO.targets[0], port: 8080 }, { id: DEMO.targets[1], port: 8080 }] })).toMatchObject({
      ok: false,
      error: { code: 'ConfirmationRequired', confirmation: { action: 'Deregister targets', target: `2 targets in ${DEMO.targetGroup}` } },
    });
    expect(await world.request('loadBalancers.updateHealthCheck', { targetGroupArn: groupArn, healthCheck: HEALTH_CHECK })).toMatchObject({
      ok: false,
      error: { code: 'ConfirmationRequired', confirmation: { action: 'Change health check', target: DEMO.targetGroup } },
    });
    expect(world.elbCalls()).toEqual({});
    expect((await world.group()).healthCheck.intervalSeconds).toBe(30);
  });

  it('registers a target: initial on the board (polled fast), healthy after its first passing check, journalled', async () => {
    const live = await watchBoard();
    // Registered halfway between two polls of the steady board (every 30 s).
    await world.timers.advance(15_000);
    expect(await world.ok('loadBalancers.registerTargets', { targetGroupArn: groupArn, targets: [{ id: NEW_TARGET, port: 8080 }] })).toEqual({ registered: 1 });
    // The next poll shows it registering; from then on the board polls every 5 s.
    await world.timers.advance(15_000);
    expect(boardOf(live).get(NEW_KEY)).toMatchObject({ state: 'initial', reason: 'Elb.RegistrationInProgress' });
    const watcher = () => world.diagnostics().then((d) => d.watchers.find((w) => w.key.includes('lb-targets')));
    expect((await watcher())?.intervalMs).toBe(5_000);
    // An ALB target is healthy after one passing check, one interval (30 s) after registering.
    await world.timers.advance(10_000);
    expect(boardOf(live).get(NEW_KEY)?.state).toBe('initial');
    await world.timers.advance(5_000);
    expect(boardOf(live).get(NEW_KEY)).toEqual({ key: NEW_KEY, id: NEW_TARGET, port: 8080, availabilityZone: expect.stringMatching(/^us-east-1[abc]$/), state: 'healthy' });
    await world.timers.advance(5_000);
    expect((await watcher())?.intervalMs).toBe(30_000);
    expect((await journal('loadBalancers.registerTargets'))[0]).toMatchObject({ target: `${NEW_TARGET} in ${DEMO.targetGroup}`, outcome: 'success' });
    live.cancel();
  });

  it('deregisters a target: draining for the deregistration delay, then gone from the board', async () => {
    const live = await watchBoard();
    expect(await world.ok('loadBalancers.deregisterTargets', { targetGroupArn: groupArn, targets: [{ id: DEMO.targets[1], port: 8080 }] })).toEqual({ deregistered: 1 });
    const key = `${DEMO.targets[1]}:8080`;
    await world.timers.advance(30_000);
    expect(boardOf(live).get(key)).toMatchObject({ state: 'draining', reason: 'Target.DeregistrationInProgress' });
    // 300 s of deregistration delay.
    await world.timers.advance(300_000);
    expect(boardOf(live).has(key)).toBe(false);
    expect([...boardOf(live).keys()]).toEqual([`${DEMO.targets[0]}:8080`, `${DEMO.targets[2]}:8080`]);
    live.cancel();
  });

  it('puts AWS\'s refusal of a target on the targets field', async () => {
    // An IP address passes SageDeck's check of target ids, but this group holds instances.
    const error = await world.fail('loadBalancers.registerTargets', { targetGroupArn: groupArn, targets: [{ id: '10.0.1.15', port: 8080 }] });
    expect(error.code).toBe('InvalidTarget');
    expect(error.fields?.targets).toMatch(/not valid instances: '10\.0\.1\.15'/);
    expect(world.elbCalls()).toEqual({ RegisterTargets: 1 });
    expect((await journal('loadBalancers.registerTargets'))[0]).toMatchObject({ outcome: 'failure', error: { code: 'InvalidTarget' } });
  });
});

describe('loadBalancers.updateHealthCheck', () => {
  it('changes the interval: the detail shows it and targets now fail within interval × unhealthy threshold', async () => {
    expect(await world.ok('loadBalancers.updateHealthCheck', { targetGroupArn: groupArn, healthCheck: HEALTH_CHECK })).toEqual({ updated: true });
    expect((await world.group()).healthCheck).toEqual({ enabled: true, ...HEALTH_CHECK });
    expect((await journal('loadBalancers.updateHealthCheck'))[0]).toMatchObject({ target: DEMO.targetGroup, outcome: 'success' });

    const live = await watchBoard();
    await world.fault(DEMO.targets[0], 'connection');
    // Two failed checks at 10 s take 20 s; the board's next poll (30 s) shows it. At the old 30 s
    // interval one check would have failed by then, and the target would still be healthy.
    await world.timers.advance(30_000);
    expect(boardOf(live).get(`${DEMO.targets[0]}:8080`)).toMatchObject({ state: 'unhealthy', reason: 'Target.FailedHealthChecks' });
    live.cancel();
  });

  it('refuses a timeout not shorter than the interval before any call', async () => {
    const refused = await world.request('loadBalancers.updateHealthCheck', { targetGroupArn: groupArn, healthCheck: { ...HEALTH_CHECK, timeoutSeconds: 10 } }, { confirmed: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'InvalidInput', fields: { 'healthCheck.timeoutSeconds': 'The timeout must be shorter than the interval.' } } });
    expect(world.elbCalls()).toEqual({});
  });

  it('puts AWS\'s refusal next to the field it names', async () => {
    // AWS does not check an HTTP target group over TCP.
    const error = await world.fail('loadBalancers.updateHealthCheck', { targetGroupArn: groupArn, healthCheck: { ...HEALTH_CHECK, protocol: 'TCP', path: undefined, matcher: undefined } });
    expect(error.code).toBe('ValidationError');
    expect(error.fields?.['healthCheck.protocol']).toMatch(/Health check protocol 'TCP' is not supported/);
    expect(world.elbCalls()).toEqual({ ModifyTargetGroup: 1 });
    expect((await world.group()).healthCheck.protocol).toBe('HTTP');
  });
});

describe('loadBalancers.targets after a write', () => {
  it('makes its own DescribeTargetHealth, never joining a read begun before the write', async () => {
    // The first read stays on the wire while the write lands.
    world.sandbox.control.addFault({ operation: 'elasticloadbalancing:DescribeTargetHealth', kind: 'latency', latencyMs: 300, count: 1 });
    const before = world.ok<TargetHealthPage>('loadBalancers.targets', { targetGroupArn: groupArn });
    await until(() => (world.elbCalls().DescribeTargetHealth ?? 0) === 1, 'the first read to reach the sandbox');
    await world.ok('loadBalancers.registerTargets', { targetGroupArn: groupArn, targets: [{ id: NEW_TARGET, port: 8080 }] });
    const after = await world.ok<TargetHealthPage>('loadBalancers.targets', { targetGroupArn: groupArn });
    await before;
    expect(world.elbCalls()).toEqual({ DescribeTargetHealth: 2, RegisterTargets: 1 });
    expect(after.items.map((r) => r.key)).toContain(NEW_KEY);
  });
});
