import {
  CreateLoadBalancerCommand,
  DeleteLoadBalancerCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  ModifyLoadBalancerAttributesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MINUTE, SUBNETS, createAlb, elbError, startElbSandbox, type ElbSandbox } from './elb-harness';

describe('ELBv2 load balancers', () => {
  let s: ElbSandbox;
  beforeEach(async () => {
    s = await startElbSandbox();
  });
  afterEach(async () => {
    await s.stop();
  });

  it('creates an internal ALB across two zones, provisioning until it is active', async () => {
    const created = await s.elb.send(new CreateLoadBalancerCommand({ Name: 'scoring', Scheme: 'internal', Subnets: SUBNETS, Tags: [{ Key: 'team', Value: 'mlops' }] }));
    const lb = created.LoadBalancers?.[0];
    expect(lb).toMatchObject({ LoadBalancerName: 'scoring', Scheme: 'internal', Type: 'application', IpAddressType: 'ipv4', State: { Code: 'provisioning' }, CanonicalHostedZoneId: 'Z35SXDOTRQ7X7K' });
    expect(lb?.LoadBalancerArn).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer\/app\/scoring\/[0-9a-f]{16}$/);
    expect(lb?.DNSName).toMatch(/^internal-scoring-\d{10}\.us-east-1\.elb\.amazonaws\.com$/);
    expect(lb?.AvailabilityZones?.map((z) => [z.ZoneName, z.SubnetId])).toEqual([
      ['us-east-1a', SUBNETS[0]],
      ['us-east-1b', SUBNETS[1]],
    ]);
    expect(lb?.SecurityGroups?.[0]).toMatch(/^sg-[0-9a-f]{17}$/);
    s.clock.advance(2 * MINUTE);
    const described = await s.elb.send(new DescribeLoadBalancersCommand({ Names: ['scoring'] }));
    expect(described.LoadBalancers?.[0]?.State?.Code).toBe('active');
  });

  it('creates an NLB in one subnet with an NLB-shaped DNS name and no security groups', async () => {
    const created = await s.elb.send(new CreateLoadBalancerCommand({ Name: 'flows', Type: 'network', Subnets: [SUBNETS[0] ?? ''] }));
    const lb = created.LoadBalancers?.[0];
    expect(lb?.LoadBalancerArn).toContain(':loadbalancer/net/flows/');
    expect(lb?.DNSName).toMatch(/^flows-[0-9a-f]{16}\.elb\.us-east-1\.amazonaws\.com$/);
    expect(lb?.SecurityGroups).toBeUndefined();
    expect(lb?.CanonicalHostedZoneId).toBe('Z26RNL4JYFTOTI');
  });

  it("is idempotent for the same settings and refuses the name with other settings", async () => {
    const first = await createAlb(s.elb, 'twice');
    expect(await createAlb(s.elb, 'twice')).toBe(first);
    const error = await elbError(createAlb(s.elb, 'twice', { Scheme: 'internal' }));
    expect(error.name).toBe('DuplicateLoadBalancerNameException');
    expect(error.message).toBe("A load balancer with the same name 'twice' exists, but with different settings");
  });

  it('validates names and subnets as AWS does', async () => {
    const long = await elbError(s.elb.send(new CreateLoadBalancerCommand({ Name: 'x'.repeat(33), Subnets: SUBNETS })));
    expect(long.name).toBe('ValidationError');
    expect(long.message).toBe(`Load balancer name '${'x'.repeat(33)}' cannot be longer than '32' characters`);
    expect((await elbError(s.elb.send(new CreateLoadBalancerCommand({ Name: 'internal-x', Subnets: SUBNETS })))).message).toBe("Load balancer name 'internal-x' cannot begin with 'internal-'");
    const oneZone = await elbError(s.elb.send(new CreateLoadBalancerCommand({ Name: 'lonely', Subnets: [SUBNETS[0] ?? ''] })));
    expect(oneZone.message).toBe('At least two subnets in two different Availability Zones must be specified');
    const badSubnet = await elbError(s.elb.send(new CreateLoadBalancerCommand({ Name: 'bad', Subnets: ['sn-1', 'sn-2'] })));
    expect([badSubnet.name, badSubnet.message]).toEqual(['SubnetNotFoundException', "The subnet ID 'sn-1' is not valid"]);
  });

  it('describes by names or ARNs, pages with Marker/PageSize, and reports missing ones', async () => {
    for (const name of ['lb-c', 'lb-a', 'lb-b']) await createAlb(s.elb, name);
    const first = await s.elb.send(new DescribeLoadBalancersCommand({ PageSize: 2 }));
    expect(first.LoadBalancers?.map((lb) => lb.LoadBalancerName)).toEqual(['lb-a', 'lb-b']);
    const second = await s.elb.send(new DescribeLoadBalancersCommand({ PageSize: 2, Marker: first.NextMarker }));
    expect(second.LoadBalancers?.map((lb) => lb.LoadBalancerName)).toEqual(['lb-c']);
    expect(second.NextMarker).toBeUndefined();
    const arn = first.LoadBalancers?.[0]?.LoadBalancerArn ?? '';
    expect((await s.elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [arn] }))).LoadBalancers?.map((lb) => lb.LoadBalancerName)).toEqual(['lb-a']);
    const missing = await elbError(s.elb.send(new DescribeLoadBalancersCommand({ Names: ['lb-a', 'nope'] })));
    expect([missing.name, missing.message]).toEqual(['LoadBalancerNotFoundException', 'One or more load balancers not found']);
    const pageSize = await elbError(s.elb.send(new DescribeLoadBalancersCommand({ PageSize: 401 })));
    expect(pageSize.message).toBe("1 validation error detected: Value '401' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 400");
  });

  it('keeps attributes with AWS defaults, refuses unknown keys, and honours deletion protection', async () => {
    const arn = await createAlb(s.elb, 'guarded');
    const attributes = await s.elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn }));
    expect(attributes.Attributes).toEqual(expect.arrayContaining([
      { Key: 'deletion_protection.enabled', Value: 'false' },
      { Key: 'idle_timeout.timeout_seconds', Value: '60' },
      { Key: 'routing.http2.enabled', Value: 'true' },
    ]));
    await s.elb.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: [{ Key: 'deletion_protection.enabled', Value: 'true' }] }));
    const refused = await elbError(s.elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: arn })));
    expect([refused.name, refused.message]).toEqual(['OperationNotPermittedException', `Load balancer '${arn}' cannot be deleted because deletion protection is enabled`]);
    const unknown = await elbError(s.elb.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: [{ Key: 'made.up', Value: '1' }] })));
    expect(unknown.message).toBe("Load balancer attribute key 'made.up' is not recognized");
    const badValue = await elbError(s.elb.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: [{ Key: 'idle_timeout.timeout_seconds', Value: '5000' }] })));
    expect(badValue.message).toBe("Load balancer attribute value '5000' is not valid for key 'idle_timeout.timeout_seconds'");

    await s.elb.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: [{ Key: 'deletion_protection.enabled', Value: 'false' }] }));
    await s.elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: arn }));
    expect((await elbError(s.elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [arn] })))).name).toBe('LoadBalancerNotFoundException');
    // Deleting what is already gone succeeds, as AWS documents.
    await s.elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: arn }));
    expect((await elbError(s.elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn })))).name).toBe('LoadBalancerNotFoundException');
  });
});
