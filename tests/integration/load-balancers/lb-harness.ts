import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterEach, beforeEach } from 'vitest';
import type { LoadBalancerDetail, LoadBalancerPage, TargetGroupView, TargetHealthRow } from '../../../shared/domain/load-balancers';
import type { WatchEvent } from '../../../shared/domain/watch';
import { startEndpointsWorld, type EndpointsWorld } from '../endpoints/endpoints-harness';
import type { WatchRecorder } from '../jobs/jobs-harness';

/** The demo seed's names (see /tmp/p14/seed-facts.md and electron/sandbox/services/elbv2/seed.ts). */
export const DEMO = {
  loadBalancer: 'churn-internal-alb',
  targetGroup: 'churn-inference-proxy',
  targets: ['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002', 'i-0a1b2c3d4e5f60003'],
  /** Health check: every 30 s, healthy after 5 passes, unhealthy after 2 failures. */
  intervalMs: 30_000,
  healthyThreshold: 5,
  unhealthyThreshold: 2,
} as const;

export type FaultKind = 'timeout' | 'responseCode' | 'connection' | 'none';

export interface LbWorld extends EndpointsWorld {
  /** An SDK client of the sandbox's own keys, to check what SageDeck did as an operator would. */
  elb: ElasticLoadBalancingV2Client;
  list(): Promise<LoadBalancerPage>;
  describe(name?: string): Promise<LoadBalancerDetail>;
  /** The demo's target group as `loadBalancers.describe` shows it. */
  group(): Promise<TargetGroupView>;
  /** `POST /_sandbox/elb/target-fault` over HTTP, as the e2e and a person at a terminal do. */
  fault(targetId: string, kind: FaultKind): Promise<void>;
  /** ELBv2 operations the sandbox served, by name. */
  elbCalls(): Record<string, number>;
}

/** The board's rows after every event `live` received: the snapshot with each batch of changes applied. */
export function boardOf(live: WatchRecorder): Map<string, TargetHealthRow> {
  const rows = new Map<string, TargetHealthRow>();
  for (const event of live.events as WatchEvent<TargetHealthRow>[]) {
    if (event.type === 'snapshot') {
      rows.clear();
      for (const row of event.items) rows.set(row.key, row);
    } else if (event.type === 'changes') {
      for (const row of [...event.added, ...event.updated]) rows.set(row.key, row);
      for (const key of event.removed) rows.delete(key);
    }
  }
  return rows;
}

/** `changes` events `live` received, oldest first. */
export function changesOf(live: WatchRecorder) {
  return (live.events as WatchEvent<TargetHealthRow>[]).filter((e) => e.type === 'changes');
}

/** A core on the demo seed (churn-internal-alb in front of three targets, the third failing) on the sandbox's manual clock. */
export async function startLbWorld(): Promise<LbWorld> {
  const world = await startEndpointsWorld();
  const elb = new ElasticLoadBalancingV2Client({ endpoint: world.sandbox.endpoint, region: 'us-east-1', credentials: world.keys, maxAttempts: 1 });
  const describe = (name: string = DEMO.loadBalancer) => world.ok<LoadBalancerDetail>('loadBalancers.describe', { name });
  return {
    ...world,
    elb,
    list: () => world.ok<LoadBalancerPage>('loadBalancers.list', {}),
    describe,
    async group() {
      const group = (await describe()).targetGroups.find((g) => g.name === DEMO.targetGroup);
      if (!group) throw new Error(`${DEMO.targetGroup} is not among the load balancer's target groups`);
      return group;
    },
    async fault(targetId, kind) {
      const response = await fetch(`${world.sandbox.endpoint}/_sandbox/elb/target-fault`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ targetGroup: DEMO.targetGroup, targetId, kind }),
      });
      if (!response.ok) throw new Error(`target-fault answered ${response.status}: ${await response.text()}`);
    },
    elbCalls: () =>
      Object.fromEntries(
        Object.entries(world.sandboxCounters())
          .filter(([key]) => key.startsWith('elasticloadbalancing:'))
          .map(([key, count]) => [key.slice('elasticloadbalancing:'.length), count]),
      ),
    async close() {
      elb.destroy();
      await world.close();
    },
  };
}

export interface LbSuite {
  readonly world: LbWorld;
  /** The demo target group's ARN. */
  readonly groupArn: string;
}

/** A fresh demo world for each test of the calling file, its counters reset once the target group is known. */
export function useLbWorld(): LbSuite {
  let world: LbWorld | undefined;
  let groupArn = '';
  beforeEach(async () => {
    world = await startLbWorld();
    groupArn = (await world.group()).arn;
    world.sandbox.control.resetCounters();
  });
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });
  return {
    get world() {
      if (!world) throw new Error('The load balancer world starts before each test.');
      return world;
    },
    get groupArn() {
      return groupArn;
    },
  };
}
