import { DescribeLoadBalancersCommand, DescribeTargetGroupsCommand, DescribeTargetHealthCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './support';
import { SECOND, startElbSandbox, type ElbSandbox } from './elb-harness';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(options: Parameters<typeof startElbSandbox>[0]): Promise<ElbSandbox> {
  const s = await startElbSandbox(options);
  cleanups.push(() => s.stop());
  return s;
}

const states = async (s: ElbSandbox) => {
  const described = await s.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: await groupArn(s) }));
  return (described.TargetHealthDescriptions ?? []).map((d) => [d.Target?.Id, d.TargetHealth?.State, d.TargetHealth?.Reason]);
};
async function groupArn(s: ElbSandbox): Promise<string> {
  const lb = (await s.elb.send(new DescribeLoadBalancersCommand({ Names: ['churn-internal-alb'] }))).LoadBalancers?.[0];
  expect(lb?.State?.Code).toBe('active');
  const group = (await s.elb.send(new DescribeTargetGroupsCommand({ Names: ['churn-inference-proxy'] }))).TargetGroups?.[0];
  return group?.TargetGroupArn ?? '';
}

describe('ELBv2 persistence', () => {
  it('keeps load balancers, target health and faults across a restart, and keeps checking', async () => {
    const dataDir = tempDir('sagedeck-elb-data-');
    cleanups.push(() => dataDir.remove());
    const first = await start({ seed: 'demo', dataDir: dataDir.path });
    first.sandbox.control.elb.targetFault({ targetGroup: 'churn-inference-proxy', targetId: 'i-0a1b2c3d4e5f60001', kind: 'timeout' });
    first.clock.advance(60 * SECOND);
    const before = await states(first);
    expect(before).toEqual([
      ['i-0a1b2c3d4e5f60001', 'unhealthy', 'Target.Timeout'],
      ['i-0a1b2c3d4e5f60002', 'healthy', undefined],
      ['i-0a1b2c3d4e5f60003', 'unhealthy', 'Target.ResponseCodeMismatch'],
    ]);
    await first.stop();

    const second = await start({ dataDir: dataDir.path });
    expect(await states(second)).toEqual(before);
    // The timeout fault was saved too: more checks keep the target unhealthy ...
    second.clock.advance(120 * SECOND);
    expect((await states(second))[0]).toEqual(['i-0a1b2c3d4e5f60001', 'unhealthy', 'Target.Timeout']);
    // ... until it answers again and passes the healthy threshold (5 × 30 s).
    second.sandbox.control.elb.targetFault({ targetGroup: 'churn-inference-proxy', targetId: 'i-0a1b2c3d4e5f60001', kind: 'none' });
    second.clock.advance(150 * SECOND);
    expect((await states(second))[0]).toEqual(['i-0a1b2c3d4e5f60001', 'healthy', undefined]);
  });
});
