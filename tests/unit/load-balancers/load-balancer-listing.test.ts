import type { ElasticLoadBalancingV2Client, LoadBalancer, TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { listLoadBalancers } from '../../../electron/core/areas/load-balancers/load-balancer-listing';

const ACCOUNT = 'arn:aws:elasticloadbalancing:us-east-1:111122223333';
const lbArn = (n: number) => `${ACCOUNT}:loadbalancer/app/alb-${String(n).padStart(3, '0')}/${n.toString(16).padStart(16, '0')}`;
const tgArn = (n: number) => `${ACCOUNT}:targetgroup/tg-${n}/${n.toString(16).padStart(16, '0')}`;

interface Account {
  loadBalancers: LoadBalancer[];
  /** More than one page of load balancers. */
  more?: boolean;
  groups: TargetGroup[];
  /** Target group ARN → states of its targets. */
  health: Record<string, string[]>;
}

/**
 * An ELBv2 client answering from `account` by command, counting calls and the most
 * DescribeTargetHealth calls in flight at once.
 */
function fakeElb(account: Account) {
  const calls: Record<string, unknown[]> = {};
  let inFlight = 0;
  const stats = { calls, maxHealthInFlight: 0 };
  const client = {
    async send(command: { constructor: { name: string }; input: Record<string, unknown> }) {
      const name = command.constructor.name.replace(/Command$/, '');
      (calls[name] ??= []).push(command.input);
      switch (name) {
        case 'DescribeLoadBalancers':
          return { LoadBalancers: account.loadBalancers, ...(account.more ? { NextMarker: 'page-2' } : {}) };
        case 'DescribeTags':
          return { TagDescriptions: (command.input.ResourceArns as string[]).map((arn) => ({ ResourceArn: arn, Tags: [{ Key: 'sagedeck:endpoint', Value: `ep-of-${arn.split('/')[2]}` }] })) };
        case 'DescribeTargetGroups':
          return { TargetGroups: account.groups };
        case 'DescribeTargetHealth': {
          inFlight += 1;
          stats.maxHealthInFlight = Math.max(stats.maxHealthInFlight, inFlight);
          await new Promise((resolve) => setImmediate(resolve));
          inFlight -= 1;
          const states = account.health[command.input.TargetGroupArn as string] ?? [];
          return { TargetHealthDescriptions: states.map((State, i) => ({ Target: { Id: `i-${i}`, Port: 80 }, TargetHealth: { State } })) };
        }
        default:
          throw new Error(`unexpected ${name}`);
      }
    },
  };
  return { client: client as unknown as ElasticLoadBalancingV2Client, stats };
}

const lb = (n: number): LoadBalancer => ({ LoadBalancerArn: lbArn(n), LoadBalancerName: `alb-${String(n).padStart(3, '0')}`, Type: 'application', Scheme: 'internal', State: { Code: 'active' } });

describe('listLoadBalancers', () => {
  it('counts a target group two load balancers share for both, and reads its health once', async () => {
    const { client, stats } = fakeElb({
      loadBalancers: [lb(1), lb(2)],
      groups: [
        { TargetGroupArn: tgArn(1), LoadBalancerArns: [lbArn(1), lbArn(2)] },
        { TargetGroupArn: tgArn(2), LoadBalancerArns: [lbArn(2)] },
        { TargetGroupArn: tgArn(3), LoadBalancerArns: [] },
      ],
      health: { [tgArn(1)]: ['healthy', 'unhealthy'], [tgArn(2)]: ['healthy', 'initial'], [tgArn(3)]: ['unused'] },
    });
    const page = await listLoadBalancers(client, new AbortController().signal);
    expect(page.items.map((item) => [item.name, item.health, item.servesEndpoint])).toEqual([
      ['alb-001', { healthy: 1, unhealthy: 1, other: 0 }, 'ep-of-alb-001'],
      ['alb-002', { healthy: 2, unhealthy: 1, other: 1 }, 'ep-of-alb-002'],
    ]);
    // No read for the group no load balancer uses.
    expect(stats.calls.DescribeTargetHealth?.map((input) => (input as { TargetGroupArn: string }).TargetGroupArn).sort()).toEqual([tgArn(1), tgArn(2)]);
  });

  it('asks for 400 a page, says when there are more, reads tags 20 ARNs a call and health 4 groups at a time', async () => {
    const many = Array.from({ length: 45 }, (_, i) => i + 1);
    const { client, stats } = fakeElb({
      loadBalancers: many.map(lb),
      more: true,
      groups: many.map((n) => ({ TargetGroupArn: tgArn(n), LoadBalancerArns: [lbArn(n)] })),
      health: Object.fromEntries(many.map((n) => [tgArn(n), ['healthy']])),
    });
    const page = await listLoadBalancers(client, new AbortController().signal);
    expect(stats.calls.DescribeLoadBalancers).toEqual([{ PageSize: 400 }]);
    expect(page.items).toHaveLength(45);
    expect(page.notice).toMatch(/^Showing the first 45 load balancers: this account and region has more than 400\./);
    expect(stats.calls.DescribeTags?.map((input) => (input as { ResourceArns: string[] }).ResourceArns.length)).toEqual([20, 20, 5]);
    expect(stats.calls.DescribeTargetHealth).toHaveLength(45);
    expect(stats.maxHealthInFlight).toBe(4);
    expect(page.items.every((item) => item.health?.healthy === 1)).toBe(true);
  });
});
