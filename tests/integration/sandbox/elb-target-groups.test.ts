import {
  AddTagsCommand,
  CreateTargetGroupCommand,
  DeleteTargetGroupCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  ModifyTargetGroupAttributesCommand,
  ModifyTargetGroupCommand,
  RegisterTargetsCommand,
  RemoveTagsCommand,
  DeregisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VPC, albForwardingTo, createGroup, elbError, startElbSandbox, type ElbSandbox } from './elb-harness';

describe('ELBv2 target groups, targets and tags', () => {
  let s: ElbSandbox;
  beforeEach(async () => {
    s = await startElbSandbox();
  });
  afterEach(async () => {
    await s.stop();
  });

  it("fills in AWS's health-check defaults per protocol and target type", async () => {
    const http = (await s.elb.send(new CreateTargetGroupCommand({ Name: 'web', Protocol: 'HTTP', Port: 80, VpcId: VPC }))).TargetGroups?.[0];
    expect(http).toMatchObject({
      TargetType: 'instance', HealthCheckProtocol: 'HTTP', HealthCheckPort: 'traffic-port', HealthCheckPath: '/', HealthCheckEnabled: true,
      HealthCheckIntervalSeconds: 30, HealthCheckTimeoutSeconds: 6, HealthyThresholdCount: 5, UnhealthyThresholdCount: 2, Matcher: { HttpCode: '200' }, ProtocolVersion: 'HTTP1', LoadBalancerArns: [],
    });
    expect(http?.TargetGroupArn).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup\/web\/[0-9a-f]{16}$/);
    const tcp = (await s.elb.send(new CreateTargetGroupCommand({ Name: 'flows', Protocol: 'TCP', Port: 9000, VpcId: VPC, TargetType: 'ip' }))).TargetGroups?.[0];
    expect(tcp).toMatchObject({ HealthCheckProtocol: 'TCP', HealthCheckTimeoutSeconds: 10, TargetType: 'ip' });
    expect(tcp?.HealthCheckPath).toBeUndefined();
    const lambda = (await s.elb.send(new CreateTargetGroupCommand({ Name: 'fn', TargetType: 'lambda' }))).TargetGroups?.[0];
    expect(lambda).toMatchObject({ TargetType: 'lambda', HealthCheckEnabled: false, HealthCheckIntervalSeconds: 35, HealthCheckTimeoutSeconds: 30 });
  });

  it('validates ranges and combinations, and names', async () => {
    const interval = await elbError(createGroup(s.elb, 'fast', { HealthCheckIntervalSeconds: 4 }));
    expect(interval.message).toBe("1 validation error detected: Value '4' at 'healthCheckIntervalSeconds' failed to satisfy constraint: Member must have value greater than or equal to 5");
    expect((await elbError(createGroup(s.elb, 'slow', { HealthCheckIntervalSeconds: 10, HealthCheckTimeoutSeconds: 10 }))).message).toBe('Health check interval must be greater than the timeout.');
    expect((await elbError(createGroup(s.elb, 'thresholds', { HealthyThresholdCount: 11 }))).name).toBe('ValidationError');
    expect((await elbError(createGroup(s.elb, '-dash'))).name).toBe('ValidationError');
    expect((await elbError(s.elb.send(new CreateTargetGroupCommand({ Name: 'noport', Protocol: 'HTTP', VpcId: VPC })))).message).toBe("A port must be specified for target groups with target type 'instance'");
    await createGroup(s.elb, 'same');
    const duplicate = await elbError(createGroup(s.elb, 'same', { Port: 9090 }));
    expect([duplicate.name, duplicate.message]).toEqual(['DuplicateTargetGroupNameException', "A target group with the same name 'same' exists, but with different settings"]);
  });

  it('modifies health checks, keeps attributes (deregistration delay 300 by default) and describes by load balancer', async () => {
    const { loadBalancerArn, targetGroupArn } = await albForwardingTo(s.elb, 'shop');
    await createGroup(s.elb, 'spare');
    const modified = await s.elb.send(new ModifyTargetGroupCommand({ TargetGroupArn: targetGroupArn, HealthCheckPath: '/ping', HealthCheckIntervalSeconds: 10, HealthCheckTimeoutSeconds: 5, Matcher: { HttpCode: '200-299' } }));
    expect(modified.TargetGroups?.[0]).toMatchObject({ HealthCheckPath: '/ping', HealthCheckIntervalSeconds: 10, Matcher: { HttpCode: '200-299' }, LoadBalancerArns: [loadBalancerArn] });
    const attributes = await s.elb.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: targetGroupArn }));
    expect(attributes.Attributes).toEqual(expect.arrayContaining([{ Key: 'deregistration_delay.timeout_seconds', Value: '300' }, { Key: 'stickiness.enabled', Value: 'false' }]));
    const bad = await elbError(s.elb.send(new ModifyTargetGroupAttributesCommand({ TargetGroupArn: targetGroupArn, Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '3601' }] })));
    expect(bad.message).toBe("Target group attribute value '3601' is not valid for key 'deregistration_delay.timeout_seconds'");
    const byLb = await s.elb.send(new DescribeTargetGroupsCommand({ LoadBalancerArn: loadBalancerArn }));
    expect(byLb.TargetGroups?.map((g) => g.TargetGroupName)).toEqual(['shop-tg']);
    const paged = await s.elb.send(new DescribeTargetGroupsCommand({ PageSize: 1 }));
    const rest = await s.elb.send(new DescribeTargetGroupsCommand({ PageSize: 1, Marker: paged.NextMarker }));
    expect([...(paged.TargetGroups ?? []), ...(rest.TargetGroups ?? [])].map((g) => g.TargetGroupName)).toEqual(['shop-tg', 'spare']);
    expect((await elbError(s.elb.send(new DescribeTargetGroupsCommand({ Names: ['nope'] })))).name).toBe('TargetGroupNotFoundException');
  });

  it('refuses to delete a group in use, deletes it once free', async () => {
    const { targetGroupArn } = await albForwardingTo(s.elb, 'busy');
    const inUse = await elbError(s.elb.send(new DeleteTargetGroupCommand({ TargetGroupArn: targetGroupArn })));
    expect([inUse.name, inUse.message]).toEqual(['ResourceInUseException', `Target group '${targetGroupArn}' is currently in use by a listener or a rule`]);
    const free = await createGroup(s.elb, 'free');
    await s.elb.send(new DeleteTargetGroupCommand({ TargetGroupArn: free }));
    expect((await elbError(s.elb.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [free] })))).message).toBe('One or more target groups not found');
  });

  it('refuses targets that do not fit the group', async () => {
    const group = await createGroup(s.elb, 'strict');
    const bad = await elbError(s.elb.send(new RegisterTargetsCommand({ TargetGroupArn: group, Targets: [{ Id: 'web-1' }] })));
    expect([bad.name, bad.message]).toEqual(['InvalidTargetException', "The following targets are not valid instances: 'web-1'"]);
    const notRegistered = await elbError(s.elb.send(new DeregisterTargetsCommand({ TargetGroupArn: group, Targets: [{ Id: 'i-0123456789abcdef0' }] })));
    expect(notRegistered.name).toBe('InvalidTargetException');
    const ip = await createGroup(s.elb, 'by-ip', { TargetType: 'ip' });
    expect((await elbError(s.elb.send(new RegisterTargetsCommand({ TargetGroupArn: ip, Targets: [{ Id: '10.0.0.300' }] })))).name).toBe('InvalidTargetException');
  });

  it('tags load balancers and groups, up to 20 resources a call', async () => {
    const { loadBalancerArn, targetGroupArn } = await albForwardingTo(s.elb, 'tagged');
    await s.elb.send(new AddTagsCommand({ ResourceArns: [loadBalancerArn, targetGroupArn], Tags: [{ Key: 'team', Value: 'mlops' }, { Key: 'sagedeck:endpoint', Value: 'churn-prod' }] }));
    await s.elb.send(new RemoveTagsCommand({ ResourceArns: [targetGroupArn], TagKeys: ['team'] }));
    const described = await s.elb.send(new DescribeTagsCommand({ ResourceArns: [loadBalancerArn, targetGroupArn] }));
    expect(described.TagDescriptions).toEqual([
      { ResourceArn: loadBalancerArn, Tags: [{ Key: 'team', Value: 'mlops' }, { Key: 'sagedeck:endpoint', Value: 'churn-prod' }] },
      { ResourceArn: targetGroupArn, Tags: [{ Key: 'sagedeck:endpoint', Value: 'churn-prod' }] },
    ]);
    const tooMany = await elbError(s.elb.send(new DescribeTagsCommand({ ResourceArns: Array.from({ length: 21 }, () => loadBalancerArn) })));
    expect(tooMany.message).toBe("1 validation error detected: Value '[21 items]' at 'resourceArns' failed to satisfy constraint: Member must have length less than or equal to 20");
    const duplicate = await elbError(s.elb.send(new AddTagsCommand({ ResourceArns: [loadBalancerArn], Tags: [{ Key: 'a', Value: '1' }, { Key: 'a', Value: '2' }] })));
    expect(duplicate.name).toBe('DuplicateTagKeysException');
    const missing = await elbError(s.elb.send(new DescribeTagsCommand({ ResourceArns: [targetGroupArn.replace(/[0-9a-f]{16}$/, 'ffffffffffffffff')] })));
    expect(missing.name).toBe('TargetGroupNotFoundException');
  });
});
