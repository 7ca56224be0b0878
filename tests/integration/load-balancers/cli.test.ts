import { describe, expect, it } from 'vitest';
import type { LoadBalancerPage } from '../../../shared/domain/load-balancers';
import { useCliEmulatorHome } from '../../support/cli-emulator-home';

const cli = useCliEmulatorHome('sagedeck-lb-cli-');

const DEMO_ALB = {
  name: 'churn-internal-alb',
  type: 'application',
  scheme: 'internal',
  state: 'active',
  dnsName: expect.stringMatching(/^internal-churn-internal-alb-/),
  servesEndpoint: 'churn-prod',
  health: { healthy: 2, unhealthy: 1, other: 0 },
};

describe('sagedeck call loadBalancers.list', () => {
  it("prints the built-in sandbox's load balancers with their health", async () => {
    const page = await cli.json<LoadBalancerPage>('call', 'loadBalancers.list', '{}', '--profile', 'sandbox');
    expect(page.items).toEqual([expect.objectContaining(DEMO_ALB)]);
    expect(page.notice).toBeUndefined();
  });

  it("works through a profile whose endpoint_url is another emulator, with only ELBv2's own operations", async () => {
    cli.emulator.control.resetCounters();
    const page = await cli.json<LoadBalancerPage>('call', 'loadBalancers.list', '{}', '--profile', 'emulator');
    expect(page.items).toEqual([expect.objectContaining(DEMO_ALB)]);
    expect(cli.emulator.control.counters()).toEqual({
      'elasticloadbalancing:DescribeLoadBalancers': 1,
      'elasticloadbalancing:DescribeTags': 1,
      'elasticloadbalancing:DescribeTargetGroups': 1,
      'elasticloadbalancing:DescribeTargetHealth': 1,
    });
  });
});
